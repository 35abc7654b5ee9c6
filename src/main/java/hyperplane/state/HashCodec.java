package hyperplane.state;

import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Regularization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The URL hash (DESIGN.md §5): {@code v=1&key=value&…} ⇄ {@link AppState}. Pure; table-driven: one
 * {@link Row} per key says how to read a value into a draft state and how to write it, and a key's
 * default is what its writer gives for {@link AppState#defaults()}.
 *
 * <p>{@link #encode} writes {@code v=1} and then only the keys whose value differs from the default, in
 * table order, then the extras sorted by key; values are percent-encoded (everything but A–Z a–z 0–9
 * {@code - . _ ~ ,}). Numbers are written with {@link Double#toString}, so they read back exactly; the
 * points are quantized (see {@link PointsCodec}), so {@code encode(decode(encode(s)).state()) ==
 * encode(s)}.
 *
 * <p>{@link #decode} never throws and always returns a valid state. It starts from the defaults and
 * applies the keys in table order (not link order). A value it cannot use is ignored with a notice
 * naming the key and the reason ({@code "ignored lr=abc: not a number"}). Keys of the other views (starting
 * with one of {@link #VIEW_PREFIXES}, 1..{@link #MAX_KEY} characters [A-Za-z0-9._-]) are kept without a notice
 * as extras, for those views to read; any other key is ignored with a notice, which suggests a key of the table
 * when one is close ({@code dataset} → {@code data}). A {@code v} other than 1 gives a notice and the
 * rest is read as version 1. If the values are each fine but together invalid (cross-entropy with a tanh
 * output, say), keys are dropped, latest in table order first, until the configuration is valid, each
 * with a notice. Text over {@link #MAX_CHARS} characters is ignored as a whole, with a notice.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>view</td><td>one of {@link AppState#VIEWS}</td><td>playground</td></tr>
 * <tr><td>embed, autoplay</td><td>0 or 1</td><td>0</td></tr>
 * <tr><td>hide, lock</td><td>comma list of {@link EmbedOptions#GROUPS}</td><td>""</td></tr>
 * <tr><td>lesson</td><td>id of a–z 0–9 -</td><td>""</td></tr>
 * <tr><td>problem</td><td>classification, regression</td><td>classification</td></tr>
 * <tr><td>data</td><td>dataset key (circle, xor, gaussians, spiral, plane, multi-gaussian, seven)</td>
 *     <td>circle</td></tr>
 * <tr><td>noise</td><td>0..0.5</td><td>0</td></tr>
 * <tr><td>ratio</td><td>training share 0.1..0.9</td><td>0.5</td></tr>
 * <tr><td>count</td><td>points generated, 10..10000</td><td>500</td></tr>
 * <tr><td>seed</td><td>any int</td><td>1</td></tr>
 * <tr><td>features</td><td>comma list of feature keys</td><td>x1,x2</td></tr>
 * <tr><td>hidden</td><td>comma list of layer sizes 1..16, "" for none</td><td>4,2</td></tr>
 * <tr><td>act, out</td><td>activation keys</td><td>tanh, sigmoid</td></tr>
 * <tr><td>loss</td><td>mse, cross-entropy</td><td>cross-entropy</td></tr>
 * <tr><td>lr</td><td>1e-6..100</td><td>0.03</td></tr>
 * <tr><td>batch</td><td>1..100</td><td>10</td></tr>
 * <tr><td>reg, regRate</td><td>none, l1, l2; 0..100</td><td>none, 0</td></tr>
 * <tr><td>init</td><td>random, zeros</td><td>random</td></tr>
 * <tr><td>test, discretize</td><td>0 or 1</td><td>0</td></tr>
 * <tr><td>pts</td><td>the user's points (see {@link PointsCodec}); absent for a generated set</td>
 *     <td>absent</td></tr>
 * </table>
 */
public final class HashCodec {
    /** The format version written as {@code v=1}. */
    public static final int VERSION = 1;
    /** Longer text is not read at all. */
    public static final int MAX_CHARS = 65536;
    /** The longest key name. */
    public static final int MAX_KEY = 32;
    /**
     * The settings of the views other than the playground travel under these prefixes (perceptron, activations,
     * gradient descent, backprop inspector); {@link #decode} keeps such keys as extras for the views to read.
     */
    public static final List<String> VIEW_PREFIXES = List.of("p.", "act.", "gd.", "bp.");
    /** At most this many extras are kept. */
    public static final int MAX_EXTRAS = 64;
    private static final int SHOWN_VALUE = 24;

    /** The result of {@link #decode}: a valid state and what was ignored on the way, in order. */
    public record Decoded(AppState state, List<String> notices) {
        /** Copies the notices. */
        public Decoded {
            notices = List.copyOf(notices);
        }
    }

    /** Reads a value into the draft; returns null when applied, else the reason it was ignored. */
    private interface Reader {
        String read(String value, Draft d);
    }

    /** Writes the state's value for a key, or null for "absent". */
    private interface Writer {
        String write(AppState s);
    }

    /** One key of the table. {@code config} rows change the configuration; only they are dropped on a clash. */
    private static final class Row {
        final String key;
        final boolean config;
        final Reader reader;
        final Writer writer;
        String defaultValue;

        Row(String key, boolean config, Reader reader, Writer writer) {
            this.key = key;
            this.config = config;
            this.reader = reader;
            this.writer = writer;
        }
    }

    /** A state being decoded: a builder for every part. */
    private static final class Draft {
        final PlaygroundConfig.Builder b = PlaygroundConfig.defaults().builder();
        final List<String> notices = new ArrayList<>();
        String view = "playground";
        boolean embed;
        Set<String> hide = Set.of();
        Set<String> lock = Set.of();
        String lesson = "";
        boolean autoplay;
        boolean problemGiven;
    }

    private static final List<Row> ROWS = List.of(
            new Row("view", false, (v, d) -> {
                if (!AppState.VIEWS.contains(v)) {
                    return "not one of " + String.join(", ", AppState.VIEWS);
                }
                d.view = v;
                return null;
            }, s -> s.view()),
            new Row("embed", false, (v, d) -> {
                d.embed = v.equals("1");
                return bool(v);
            }, s -> flag(s.embed().embed())),
            new Row("hide", false, (v, d) -> {
                d.hide = groups(v, "hide", d);
                return null;
            }, s -> String.join(",", s.embed().hidden())),
            new Row("lock", false, (v, d) -> {
                d.lock = groups(v, "lock", d);
                return null;
            }, s -> String.join(",", s.embed().locked())),
            new Row("lesson", false, (v, d) -> {
                if (!EmbedOptions.isLessonId(v)) {
                    return "a lesson id has only a-z, 0-9 and '-', at most " + EmbedOptions.MAX_LESSON + " characters";
                }
                d.lesson = v;
                return null;
            }, s -> s.embed().lesson()),
            new Row("autoplay", false, (v, d) -> {
                d.autoplay = v.equals("1");
                return bool(v);
            }, s -> flag(s.embed().autoplay())),
            new Row("problem", true, HashCodec::readProblem, s -> s.playground().problem().key()),
            new Row("data", true, HashCodec::readData, s -> s.playground().dataset().key()),
            new Row("noise", true, (v, d) -> {
                String why = range(v, 0, 0.5);
                d.b.noise = why == null ? Decimals.parse(v) : d.b.noise;
                return why;
            }, s -> Double.toString(s.playground().noise())),
            new Row("ratio", true, (v, d) -> {
                String why = range(v, 0.1, 0.9);
                d.b.trainRatio = why == null ? Decimals.parse(v) : d.b.trainRatio;
                return why;
            }, s -> Double.toString(s.playground().trainRatio())),
            new Row("count", true, (v, d) -> {
                String why = intRange(v, 10, DatasetKind.MAX_COUNT);
                d.b.pointCount = why == null ? Integer.parseInt(v) : d.b.pointCount;
                return why;
            }, s -> Integer.toString(s.playground().pointCount())),
            new Row("seed", true, (v, d) -> {
                String why = intRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
                d.b.seed = why == null ? Integer.parseInt(v) : d.b.seed;
                return why;
            }, s -> Integer.toString(s.playground().seed())),
            new Row("features", true, HashCodec::readFeatures, s -> {
                StringBuilder sb = new StringBuilder();
                for (Feature f : s.playground().features()) {
                    sb.append(sb.length() == 0 ? "" : ",").append(f.key());
                }
                return sb.toString();
            }),
            new Row("hidden", true, HashCodec::readHidden, s -> {
                StringBuilder sb = new StringBuilder();
                for (int size : s.playground().hidden()) {
                    sb.append(sb.length() == 0 ? "" : ",").append(size);
                }
                return sb.toString();
            }),
            new Row("act", true, (v, d) -> {
                Activation a = activation(v);
                if (a == null || !a.trainable()) {
                    return a == null ? "not one of " + activationKeys() : "step is for the perceptron only";
                }
                d.b.activation = a;
                return null;
            }, s -> s.playground().activation().key()),
            new Row("out", true, (v, d) -> {
                Activation a = activation(v);
                if (a == null) {
                    return "not one of " + activationKeys();
                }
                d.b.output = a;
                return null;
            }, s -> s.playground().output().key()),
            new Row("loss", true, (v, d) -> {
                for (Loss loss : Loss.values()) {
                    if (loss.key().equals(v)) {
                        d.b.loss = loss;
                        return null;
                    }
                }
                return "not mse or cross-entropy";
            }, s -> s.playground().loss().key()),
            new Row("lr", true, (v, d) -> {
                String why = range(v, 1e-6, 100);
                d.b.learningRate = why == null ? Decimals.parse(v) : d.b.learningRate;
                return why;
            }, s -> Double.toString(s.playground().learningRate())),
            new Row("batch", true, (v, d) -> {
                String why = intRange(v, 1, PlaygroundConfig.MAX_BATCH);
                d.b.batchSize = why == null ? Integer.parseInt(v) : d.b.batchSize;
                return why;
            }, s -> Integer.toString(s.playground().batchSize())),
            new Row("reg", true, (v, d) -> {
                for (Regularization r : Regularization.values()) {
                    if (r.key().equals(v)) {
                        d.b.regularization = r;
                        return null;
                    }
                }
                return "not none, l1 or l2";
            }, s -> s.playground().regularization().key()),
            new Row("regRate", true, (v, d) -> {
                String why = range(v, 0, 100);
                d.b.regularizationRate = why == null ? Decimals.parse(v) : d.b.regularizationRate;
                return why;
            }, s -> Double.toString(s.playground().regularizationRate())),
            new Row("init", true, (v, d) -> {
                for (Initialization i : Initialization.values()) {
                    if (i.key().equals(v)) {
                        d.b.initialization = i;
                        return null;
                    }
                }
                return "not random or zeros";
            }, s -> s.playground().initialization().key()),
            new Row("test", true, (v, d) -> {
                d.b.showTest = v.equals("1");
                return bool(v);
            }, s -> flag(s.playground().showTest())),
            new Row("discretize", true, (v, d) -> {
                d.b.discretize = v.equals("1");
                return bool(v);
            }, s -> flag(s.playground().discretize())),
            new Row("pts", true, (v, d) -> {
                try {
                    d.b.points = PointsCodec.decode(v, d.b.dataset, d.b.problem);
                    return null;
                } catch (FormatException e) {
                    return e.getMessage();
                }
            }, s -> s.playground().points() == null ? null
                    : PointsCodec.encode(s.playground().points(), s.playground().dataset())));

    static {
        AppState defaults = AppState.defaults();
        for (Row row : ROWS) {
            row.defaultValue = row.writer.write(defaults);
        }
    }

    private HashCodec() {
    }

    /**
     * The hash for {@code state}, without a leading '#': {@code v=1}, the keys that differ from the
     * defaults, then the extras.
     */
    public static String encode(AppState state) {
        if (state == null) {
            throw new IllegalArgumentException("state (null) must be given");
        }
        StringBuilder sb = new StringBuilder("v=").append(VERSION);
        for (Row row : ROWS) {
            String value = row.writer.write(state);
            if (value != null && !value.equals(row.defaultValue)) {
                sb.append('&').append(row.key).append('=').append(percentEncode(value));
            }
        }
        for (Map.Entry<String, String> e : state.extras().entrySet()) {
            sb.append('&').append(e.getKey()).append('=').append(percentEncode(e.getValue()));
        }
        return sb.toString();
    }

    /**
     * The state a hash describes (a leading '#' is skipped; null and "" give the defaults). Never throws;
     * see the class comment for what is ignored and how it is reported.
     */
    public static Decoded decode(String hash) {
        List<String> notices = new ArrayList<>();
        if (hash == null) {
            return new Decoded(AppState.defaults(), notices);
        }
        if (hash.length() > MAX_CHARS) {
            notices.add("ignored the whole link: " + hash.length() + " characters, more than " + MAX_CHARS);
            return new Decoded(AppState.defaults(), notices);
        }
        String text = hash.startsWith("#") ? hash.substring(1) : hash;
        Map<String, String> given = new LinkedHashMap<>();
        TreeMap<String, String> extras = new TreeMap<>();
        for (String part : text.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? null : percentDecode(part.substring(eq + 1));
            if (!isKeyName(key)) {
                notices.add("ignored \"" + shorten(part) + "\": not a key=value pair with a valid key");
            } else if (value == null) {
                notices.add(eq < 0 ? "ignored " + key + ": it has no value" : "ignored " + key + "="
                        + shorten(part.substring(eq + 1)) + ": bad percent-encoding");
            } else if (key.equals("v")) {
                if (!value.equals(Integer.toString(VERSION))) {
                    notices.add("this link is version " + shorten(value) + "; read as version " + VERSION);
                }
            } else if (rowOf(key) != null) {
                if (given.containsKey(key)) {
                    notices.add(key + " is given twice; used the last value");
                }
                given.put(key, value);
            } else if (!hasViewPrefix(key)) {
                notices.add("ignored " + key + "=" + shorten(value) + ": Hyperplane has no such key" + suggestion(key));
            } else if (extras.containsKey(key) || extras.size() < MAX_EXTRAS) {
                extras.put(key, value);
            } else {
                notices.add("ignored " + key + ": more than " + MAX_EXTRAS + " unknown keys");
            }
        }
        List<Row> accepted = new ArrayList<>();
        Draft draft = apply(ROWS, given, notices, accepted);
        PlaygroundConfig config = tryBuild(draft);
        if (config == null) {
            // Each value was fine alone; together they clash. Drop config keys, latest first, until it builds.
            List<Row> kept = new ArrayList<>(accepted);
            while (config == null) {
                String reason = buildError(apply(kept, given, null, null));
                Row dropped = null;
                for (int i = kept.size() - 1; i >= 0 && dropped == null; i--) {
                    if (!kept.get(i).config) {
                        continue;
                    }
                    List<Row> fewer = new ArrayList<>(kept);
                    fewer.remove(i);
                    if (tryBuild(apply(fewer, given, null, null)) != null) {
                        dropped = kept.get(i);
                    }
                }
                if (dropped == null) {
                    for (int i = kept.size() - 1; i >= 0 && dropped == null; i--) {
                        dropped = kept.get(i).config ? kept.get(i) : null;
                    }
                }
                kept.remove(dropped);
                notices.add("ignored " + dropped.key + "=" + shorten(given.get(dropped.key)) + ": " + reason);
                List<String> late = new ArrayList<>();
                draft = apply(kept, given, late, null);
                config = tryBuild(draft);
                if (config != null) {
                    notices.addAll(late);
                }
            }
        }
        EmbedOptions embed = new EmbedOptions(draft.embed, draft.hide, draft.lock, draft.lesson, draft.autoplay);
        notices.addAll(draft.notices);
        return new Decoded(new AppState(draft.view, config, embed, extras), notices);
    }

    /** A fresh draft with {@code rows} applied in table order; reasons go to {@code notices} if given. */
    private static Draft apply(List<Row> rows, Map<String, String> given, List<String> notices, List<Row> accepted) {
        Draft d = new Draft();
        for (Row row : ROWS) {
            String value = given.get(row.key);
            if (value == null || !rows.contains(row)) {
                continue;
            }
            String why = row.reader.read(value, d);
            if (why == null && accepted != null) {
                accepted.add(row);
            } else if (why != null && notices != null) {
                notices.add("ignored " + row.key + "=" + shorten(value) + ": " + why);
            }
        }
        return d;
    }

    private static PlaygroundConfig tryBuild(Draft d) {
        try {
            return d.b.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String buildError(Draft d) {
        try {
            d.b.build();
            return "it does not fit the other settings";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Row rowOf(String key) {
        for (Row row : ROWS) {
            if (row.key.equals(key)) {
                return row;
            }
        }
        return null;
    }

    /**
     * Whether {@code key} may be an extra: a valid key name that is not one of the table's keys nor "v", and
     * starts with one of the {@link #VIEW_PREFIXES}.
     */
    static boolean isExtraKey(String key) {
        return isKeyName(key) && !key.equals("v") && rowOf(key) == null && hasViewPrefix(key);
    }

    private static boolean hasViewPrefix(String key) {
        for (String prefix : VIEW_PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }

    /** " (did you mean data?)" for a key that begins with a key of the table or is the start of one, else "". */
    private static String suggestion(String key) {
        for (Row row : ROWS) {
            boolean close = key.length() >= 3 && (key.startsWith(row.key) || row.key.startsWith(key));
            if (close && row.key.length() >= 3) {
                return " (did you mean " + row.key + "?)";
            }
        }
        return "";
    }

    private static boolean isKeyName(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String readProblem(String v, Draft d) {
        ProblemType p = null;
        for (ProblemType t : ProblemType.values()) {
            if (t.key().equals(v)) {
                p = t;
            }
        }
        if (p == null) {
            return "not classification or regression";
        }
        d.problemGiven = true;
        if (p != d.b.problem) {
            d.b.switchDataset(p == ProblemType.REGRESSION ? DatasetKind.PLANE : DatasetKind.CIRCLE);
        }
        return null;
    }

    private static String readData(String v, Draft d) {
        DatasetKind kind = null;
        for (DatasetKind k : DatasetKind.values()) {
            if (k.key().equals(v)) {
                kind = k;
            }
        }
        if (kind == null) {
            StringBuilder known = new StringBuilder();
            for (DatasetKind k : DatasetKind.values()) {
                known.append(known.length() == 0 ? "" : ", ").append(k.key());
            }
            return "not one of " + known;
        }
        if (d.problemGiven && kind.problemType() != d.b.problem) {
            return "a " + kind.problemType().key() + " dataset, but problem=" + d.b.problem.key();
        }
        d.b.switchDataset(kind);
        return null;
    }

    private static String readFeatures(String v, Draft d) {
        if (v.isEmpty()) {
            return "the network needs at least one feature";
        }
        List<Feature> features = new ArrayList<>();
        for (String name : v.split(",", -1)) {
            Feature f = null;
            for (Feature candidate : Feature.values()) {
                if (candidate.key().equals(name)) {
                    f = candidate;
                }
            }
            if (f == null) {
                return "unknown feature \"" + shorten(name) + "\" (known: " + ModelJson.featureKeys() + ")";
            }
            if (features.contains(f)) {
                return "repeats " + name;
            }
            features.add(f);
        }
        d.b.features = features;
        return null;
    }

    private static String readHidden(String v, Draft d) {
        if (v.isEmpty()) {
            d.b.hidden = new int[0];
            return null;
        }
        String[] parts = v.split(",", -1);
        if (parts.length > PlaygroundConfig.MAX_HIDDEN_LAYERS) {
            return parts.length + " layers, more than " + PlaygroundConfig.MAX_HIDDEN_LAYERS;
        }
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String why = intRange(parts[i], 1, PlaygroundConfig.MAX_NEURONS);
            if (why != null) {
                return "layer " + (i + 1) + " is \"" + shorten(parts[i]) + "\": " + why;
            }
            sizes[i] = Integer.parseInt(parts[i]);
        }
        d.b.hidden = sizes;
        return null;
    }

    /** The known groups of a comma list; unknown names get a notice of their own, the rest is kept. */
    private static Set<String> groups(String v, String key, Draft d) {
        Set<String> out = new LinkedHashSet<>();
        if (v.isEmpty()) {
            return out;
        }
        for (String name : v.split(",", -1)) {
            if (EmbedOptions.GROUPS.contains(name)) {
                out.add(name);
            } else {
                d.notices.add("ignored " + key + " group \"" + shorten(name) + "\": not one of "
                        + String.join(", ", EmbedOptions.GROUPS));
            }
        }
        return out;
    }

    private static Activation activation(String key) {
        for (Activation a : Activation.values()) {
            if (a.key().equals(key)) {
                return a;
            }
        }
        return null;
    }

    private static String activationKeys() {
        StringBuilder sb = new StringBuilder();
        for (Activation a : Activation.values()) {
            if (a.trainable()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(a.key());
            }
        }
        return sb.toString();
    }

    private static String bool(String v) {
        return v.equals("0") || v.equals("1") ? null : "must be 0 or 1";
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    /** Null if {@code v} is a decimal number in [min, max], else the reason it is not. */
    private static String range(String v, double min, double max) {
        if (!Decimals.isDecimal(v)) {
            return "not a number";
        }
        double x = Decimals.parse(v);
        if (!(x >= min && x <= max)) {
            return "must be in " + plain(min) + ".." + plain(max);
        }
        return null;
    }

    /** Null if {@code v} is a whole number in [min, max], else the reason it is not. */
    private static String intRange(String v, int min, int max) {
        if (!Decimals.isInteger(v)) {
            return "not a whole number";
        }
        if (!Decimals.fitsInt(v)) {
            return "too large";
        }
        int x = Integer.parseInt(v);
        if (x < min || x > max) {
            return "must be in " + min + ".." + max;
        }
        return null;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Integer.toString((int) v) : Double.toString(v);
    }

    private static String shorten(String s) {
        return s.length() <= SHOWN_VALUE ? s : s.substring(0, SHOWN_VALUE) + "…";
    }

    /** UTF-8 percent-encoding of everything but A–Z a–z 0–9 and {@code - . _ ~ ,}. */
    static String percentEncode(String s) {
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
    static String percentDecode(String s) {
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
