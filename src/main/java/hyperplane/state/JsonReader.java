package hyperplane.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) that turns text into plain Java values: {@link Map} (a
 * {@link LinkedHashMap} in document order), {@link List}, {@link Double}, {@link String},
 * {@link Boolean} and null. Written by hand because the engine side of the page may not use reflection
 * or browser JSON.
 *
 * <p>Every error is a {@link FormatException} whose message gives the line and column (both 1-based)
 * where the text stops making sense. Refused as well: nesting deeper than {@link #MAX_DEPTH}, numbers
 * that overflow to ±∞, duplicate keys in one object, and raw control characters (binary data).
 */
final class JsonReader {
    /** The deepest nesting of arrays and objects accepted (a model needs 4). */
    static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * The value that {@code text} holds, which must be one JSON value with only whitespace around it.
     *
     * @throws FormatException if the text is null, empty or not JSON, naming the line and column
     */
    static Object parse(String text) throws FormatException {
        if (text == null) {
            throw new FormatException("no JSON text was given");
        }
        JsonReader r = new JsonReader(text);
        r.skipSpace();
        if (r.pos >= text.length()) {
            throw new FormatException("the JSON text is empty");
        }
        Object value = r.value();
        r.skipSpace();
        if (r.pos < text.length()) {
            throw r.error("unexpected " + r.describe(r.pos) + " after the end of the JSON value");
        }
        return value;
    }

    private Object value() throws FormatException {
        if (pos >= text.length()) {
            throw error("the JSON text ends where a value should start");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || Decimals.isDigit(c)) {
                    return number();
                }
                throw error("unexpected " + describe(pos) + " where a value should start");
        }
    }

    private Map<String, Object> object() throws FormatException {
        enter();
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a key in double quotes but found " + describe(pos));
            }
            int keyPos = pos;
            String key = string();
            if (map.containsKey(key)) {
                pos = keyPos;
                throw error("the key \"" + shorten(key) + "\" appears twice in one object");
            }
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return map;
            } else {
                throw error("expected ',' or '}' but found " + describe(pos));
            }
        }
    }

    private List<Object> array() throws FormatException {
        enter();
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return list;
            } else {
                throw error("expected ',' or ']' but found " + describe(pos));
            }
        }
    }

    private void enter() throws FormatException {
        depth++;
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String string() throws FormatException {
        int start = pos;
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                pos = start;
                throw error("a string starts here but never ends");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character " + describe(pos) + " inside a string");
            }
            if (c == '\\') {
                pos++;
                sb.append(escape());
            } else {
                sb.append(c);
                pos++;
            }
        }
    }

    private char escape() throws FormatException {
        if (pos >= text.length()) {
            throw error("the JSON text ends inside an escape");
        }
        char c = text.charAt(pos);
        pos++;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    int d = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
                    if (d < 0) {
                        throw error("\\u must be followed by four hex digits");
                    }
                    v = v * 16 + d;
                    pos++;
                }
                return (char) v;
            default:
                pos--;
                throw error("unknown escape \\" + describe(pos));
        }
    }

    private Double number() throws FormatException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (Decimals.isDigit(peek())) {
            while (Decimals.isDigit(peek())) {
                pos++;
            }
        } else {
            throw error("a number needs a digit after '-'");
        }
        if (peek() == '.') {
            pos++;
            if (!Decimals.isDigit(peek())) {
                throw error("a number needs a digit after '.'");
            }
            while (Decimals.isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!Decimals.isDigit(peek())) {
                throw error("a number needs a digit in its exponent");
            }
            while (Decimals.isDigit(peek())) {
                pos++;
            }
        }
        String s = text.substring(start, pos);
        double v = Decimals.parse(s);
        if (!Double.isFinite(v)) {
            pos = start;
            throw error("the number " + shorten(s) + " is too large");
        }
        return v;
    }

    private Object literal(String word, Object value) throws FormatException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe(pos) + " where a value should start");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws FormatException {
        if (peek() != c) {
            throw error("expected '" + c + "' but found " + describe(pos));
        }
        pos++;
    }

    /** The character at the cursor, or 0 at the end (0 never matches anything the parser wants). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private String describe(int at) {
        if (at >= text.length()) {
            return "the end of the text";
        }
        char c = text.charAt(at);
        if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFD) {
            return "character U+" + hex4(c);
        }
        return "'" + c + "'";
    }

    static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase();
        return "0000".substring(h.length()) + h;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private FormatException error(String what) {
        int line = 1;
        int column = 1;
        int end = Math.min(pos, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new FormatException("JSON error at line " + line + ", column " + column + ": " + what);
    }
}
