package hyperplane.state;

/**
 * Percent-encoding of link values (RFC 3986 §2.1) over UTF-8, both ways. {@link #encode} escapes everything but
 * A–Z a–z 0–9 and {@code - . _ ~ ,} (a lone surrogate becomes U+FFFD); {@link #decode} decodes each run of
 * {@code %XX} escapes as UTF-8 and leaves other characters as they are ('+' too), and refuses (null) a cut-off or
 * non-hex escape and bytes that are not well-formed UTF-8 (overlong forms and surrogates included).
 */
public final class PercentCodec {
    private PercentCodec() {
    }

    /** UTF-8 percent-encoding of everything but A–Z a–z 0–9 and {@code - . _ ~ ,}. */
    public static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == ',') {
                sb.append(c);
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD;
            }
            if (cp < 0x80) {
                hexByte(sb, cp);
            } else if (cp < 0x800) {
                hexByte(sb, 0xC0 | (cp >> 6));
                hexByte(sb, 0x80 | (cp & 63));
            } else if (cp < 0x10000) {
                hexByte(sb, 0xE0 | (cp >> 12));
                hexByte(sb, 0x80 | ((cp >> 6) & 63));
                hexByte(sb, 0x80 | (cp & 63));
            } else {
                hexByte(sb, 0xF0 | (cp >> 18));
                hexByte(sb, 0x80 | ((cp >> 12) & 63));
                hexByte(sb, 0x80 | ((cp >> 6) & 63));
                hexByte(sb, 0x80 | (cp & 63));
            }
        }
        return sb.toString();
    }

    private static void hexByte(StringBuilder sb, int b) {
        sb.append('%').append("0123456789ABCDEF".charAt((b >> 4) & 15)).append("0123456789ABCDEF".charAt(b & 15));
    }

    /**
     * The text with each run of %XX escapes decoded as UTF-8; other characters stay as they are ('+' too).
     * Null when an escape is cut off, not hex, or the bytes are not UTF-8.
     */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        byte[] run = new byte[s.length() / 3 + 1];
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '%') {
                sb.append(s.charAt(i));
                i++;
                continue;
            }
            int n = 0;
            while (i < s.length() && s.charAt(i) == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    return null;
                }
                run[n++] = (byte) (hi * 16 + lo);
                i += 3;
            }
            if (!utf8(run, n, sb)) {
                return null;
            }
        }
        return sb.toString();
    }

    /** Appends the UTF-8 bytes b[0..n) decoded; false if they are not well-formed UTF-8. */
    private static boolean utf8(byte[] b, int n, StringBuilder sb) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            int more;
            int cp;
            int min;
            if (c < 0x80) {
                more = 0;
                cp = c;
                min = 0;
            } else if (c >= 0xC2 && c < 0xE0) {
                more = 1;
                cp = c & 31;
                min = 0x80;
            } else if (c >= 0xE0 && c < 0xF0) {
                more = 2;
                cp = c & 15;
                min = 0x800;
            } else if (c >= 0xF0 && c < 0xF5) {
                more = 3;
                cp = c & 7;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + more >= n) {
                return false;
            }
            for (int k = 1; k <= more; k++) {
                int cont = b[i + k] & 0xFF;
                if ((cont & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cont & 63);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            sb.appendCodePoint(cp);
            i += more + 1;
        }
        return true;
    }
}
