package hyperplane.state;

import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.Regularization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The URL hash (DESIGN.md §5): {@code v=1&key=value&…} ⇄ {@link AppState}. Pure; table-driven: one
 * {@link Row} per key says how to read a value into a draft state and how to write it, and a key's
 * default is what its writer gives for {@link AppState#defaults()}.
 *
 * <p>{@link #encode} writes {@code v=1} and then only the keys whose value differs from the default, in
 * table order, then the other views' keys (each view's settings record writes its own, in the order of
 * {@link #VIEW_PREFIXES}); values are percent-encoded (everything but A–Z a–z 0–9
 * {@code - . _ ~ ,}). Numbers are written with {@link Double#toString}, so they read back exactly; the
 * points are quantized (see {@link PointsCodec}), so {@code encode(decode(encode(s)).state()) ==
 * encode(s)}.
 *
 * <p>{@link #decode} never throws and always returns a valid state. It starts from the defaults and
 * applies the keys in table order (not link order). A value it cannot use is ignored with a notice
 * naming the key and the reason ({@code "ignored lr=abc: not a number"}). Keys of the other views (starting
 * with one of {@link #VIEW_PREFIXES}) are read by that view's settings record ({@link PerceptronSettings},
 * {@link ActivationsSettings}, {@link DescentSettings}, {@link BackpropSettings}) with the same checks its view
 * applies, and the same kind of notice; any other key is ignored with a notice, which suggests a key when one is
 * close ({@code dataset} → {@code data}). A {@code v} other than 1 gives a notice and the
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
 * <tr><td>w</td><td>the starting weights (see {@link WeightsCodec}, in {@code Network#parametersTo} order);
 *     absent for the seeded ones</td><td>absent</td></tr>
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
     * gradient descent, backprop inspector), each read and written by that view's settings record.
     */
    public static final List<String> VIEW_PREFIXES = List.of("p.", "act.", "gd.", "bp.");

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
                    : PointsCodec.encode(s.playground().points(), s.playground().dataset())),
            new Row("w", true, (v, d) -> {
                int count = Network.parameterCount(PlaygroundConfig.layerSizes(d.b.features.size(), d.b.hidden));
                try {
                    d.b.weights = WeightsCodec.decode(v, count);
                    return null;
                } catch (FormatException e) {
                    return e.getMessage();
                }
            }, s -> s.playground().hasWeights() ? WeightsCodec.encode(s.playground().weights()) : null));

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
                sb.append('&').append(row.key).append('=').append(PercentCodec.encode(value));
            }
        }
        List<Map<String, String>> views = List.of(state.perceptron().encode(), state.activations().encode(),
                state.descent().encode(), state.backprop().encode());
        for (Map<String, String> keys : views) {
            for (Map.Entry<String, String> e : keys.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    sb.append('&').append(e.getKey()).append('=').append(PercentCodec.encode(e.getValue()));
                }
            }
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
        Map<String, String> viewKeys = new LinkedHashMap<>();
        for (String part : text.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? null : PercentCodec.decode(part.substring(eq + 1));
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
            } else if (isViewKey(key)) {
                if (viewKeys.containsKey(key)) {
                    notices.add(key + " is given more than once; used the last value");
                }
                viewKeys.put(key, value);
            } else {
                notices.add("ignored " + key + "=" + shorten(value) + ": Hyperplane has no such key" + suggestion(key));
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
        PerceptronSettings perceptron = PerceptronSettings.decode(viewKeys, notices);
        ActivationsSettings activations = ActivationsSettings.decode(viewKeys, notices);
        DescentSettings descent = DescentSettings.decode(viewKeys, notices);
        BackpropSettings backprop = BackpropSettings.decode(viewKeys, notices);
        return new Decoded(new AppState(draft.view, config, embed, perceptron, activations, descent, backprop),
                notices);
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

    /** The keys of the other views' settings records, in the order of {@link #VIEW_PREFIXES}. */
    private static final List<String> VIEW_KEYS = viewKeys();

    private static List<String> viewKeys() {
        List<String> keys = new ArrayList<>(PerceptronSettings.KEYS);
        keys.addAll(ActivationsSettings.KEYS);
        keys.addAll(DescentSettings.KEYS);
        keys.addAll(BackpropSettings.KEYS);
        return List.copyOf(keys);
    }

    /** Whether {@code key} is a key of one of the other views' settings. */
    static boolean isViewKey(String key) {
        return VIEW_KEYS.contains(key);
    }

    /**
     * " (did you mean data?)" for a key that begins with a key of the table or of a view, or is the start of one,
     * else "".
     */
    private static String suggestion(String key) {
        List<String> known = new ArrayList<>();
        for (Row row : ROWS) {
            known.add(row.key);
        }
        known.addAll(VIEW_KEYS);
        for (String candidate : known) {
            boolean close = key.length() >= 3 && (key.startsWith(candidate) || candidate.startsWith(key));
            if (close && candidate.length() >= 3) {
                return " (did you mean " + candidate + "?)";
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
        return Ignored.shorten(s);
    }
}
