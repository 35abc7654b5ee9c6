package hyperplane.state;

import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Keyed;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.Optimizer;
import hyperplane.engine.Regularization;
import hyperplane.engine.Schedule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The link's own keys, one {@link Row} each, in table order (see {@link HashCodec} for the format): how a value is
 * read into a {@link Draft} state (null when it was used, else the reason it was not) and how a state's value is
 * written (null for absent). A key's default is what its writer gives for {@link AppState#defaults()}. The
 * bounds are the records' own ({@link PlaygroundConfig}'s constants), so the link refuses what the page does. A
 * value the page ignores is written as the default, so it leaves the link: noise and the training share with
 * the user's own points (which carry their own split), the regularization rate without a regularizer.
 */
final class KeyTable {
    private KeyTable() {
    }

    /** Reads a value into the draft; returns null when applied, else the reason it was ignored. */
    interface Reader {
        String read(String value, Draft d);
    }

    /** Writes the state's value for a key, or null for "absent". */
    interface Writer {
        String write(AppState s);
    }

    /** One key of the table. {@code config} rows change the configuration; only they are dropped on a clash. */
    static final class Row {
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
    static final class Draft {
        final ConfigBuilder b;
        final List<String> notices = new ArrayList<>();
        String view = "playground";
        boolean embed;
        Set<String> hide = Set.of();
        Set<String> lock = Set.of();
        String lesson = "";
        boolean autoplay;
        boolean present;
        boolean problemGiven;

        /** A draft of the defaults, as a link is read. */
        Draft() {
            this(PlaygroundConfig.defaults());
        }

        /** A draft of {@code base}, which a comparison's run changes ({@link CompareSettings}). */
        Draft(PlaygroundConfig base) {
            b = base.builder();
        }
    }

    static final List<Row> ROWS = List.of(
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
            new Row("present", false, (v, d) -> {
                d.present = v.equals("1");
                return bool(v);
            }, s -> flag(s.embed().present())),
            new Row("problem", true, KeyTable::readProblem, s -> s.playground().problem().key()),
            new Row("data", true, KeyTable::readData, s -> s.playground().dataset().key()),
            new Row("classes", true, (v, d) -> {
                String why = intRange(v, PlaygroundConfig.MIN_CLASSES, PlaygroundConfig.MAX_CLASSES);
                if (why == null) {
                    d.b.setClasses(Integer.parseInt(v));
                }
                return why;
            }, s -> Integer.toString(s.playground().classes())),
            new Row("noise", true, (v, d) -> {
                String why = range(v, 0, PlaygroundConfig.MAX_NOISE);
                d.b.noise = why == null ? Decimals.parse(v) : d.b.noise;
                return why;
            }, s -> Decimals.text(s.playground().points() != null ? 0 : s.playground().noise())),
            new Row("ratio", true, (v, d) -> {
                String why = range(v, PlaygroundConfig.MIN_RATIO, PlaygroundConfig.MAX_RATIO);
                d.b.trainRatio = why == null ? Decimals.parse(v) : d.b.trainRatio;
                return why;
            }, s -> Decimals.text(s.playground().points() != null ? PlaygroundConfig.defaults().trainRatio()
                    : s.playground().trainRatio())),
            new Row("count", true, (v, d) -> {
                String why = intRange(v, PlaygroundConfig.MIN_COUNT, DatasetKind.MAX_COUNT);
                d.b.pointCount = why == null ? Integer.parseInt(v) : d.b.pointCount;
                return why;
            }, s -> Integer.toString(s.playground().pointCount())),
            new Row("seed", true, (v, d) -> {
                String why = intRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
                d.b.seed = why == null ? Integer.parseInt(v) : d.b.seed;
                return why;
            }, s -> Integer.toString(s.playground().seed())),
            new Row("features", true, KeyTable::readFeatures, s -> {
                StringBuilder sb = new StringBuilder();
                for (Feature f : s.playground().features()) {
                    sb.append(sb.length() == 0 ? "" : ",").append(f.key());
                }
                return sb.toString();
            }),
            new Row("hidden", true, KeyTable::readHidden, s -> {
                StringBuilder sb = new StringBuilder();
                for (int size : s.playground().hidden()) {
                    sb.append(sb.length() == 0 ? "" : ",").append(size);
                }
                return sb.toString();
            }),
            new Row("act", true, (v, d) -> {
                Activation a = activation(v);
                if (a == null || !a.trainable()) {
                    return a == null ? "not one of " + activationKeys() : a.outputOnly()
                            ? "softmax is for the output layer only" : "step is for the perceptron only";
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
                Loss found = Keyed.byKey(Loss.values(), v);
                d.b.loss = found == null ? d.b.loss : found;
                return found == null ? "not mse or cross-entropy" : null;
            }, s -> s.playground().loss().key()),
            new Row("lr", true, (v, d) -> {
                String why = range(v, PlaygroundConfig.MIN_RATE, PlaygroundConfig.MAX_RATE);
                d.b.learningRate = why == null ? Decimals.parse(v) : d.b.learningRate;
                return why;
            }, s -> Decimals.text(s.playground().learningRate())),
            new Row("batch", true, (v, d) -> {
                String why = intRange(v, 1, PlaygroundConfig.MAX_BATCH);
                d.b.batchSize = why == null ? Integer.parseInt(v) : d.b.batchSize;
                return why;
            }, s -> Integer.toString(s.playground().batchSize())),
            new Row("speed", true, (v, d) -> {
                TrainingSpeed found = Keyed.byKey(TrainingSpeed.values(), v);
                d.b.speed = found == null ? d.b.speed : found;
                return found == null ? "not one of " + Keyed.keys(TrainingSpeed.values()) + " (epochs a second)"
                        : null;
            }, s -> s.playground().speed().key()),
            new Row("reg", true, (v, d) -> {
                Regularization found = Keyed.byKey(Regularization.values(), v);
                d.b.regularization = found == null ? d.b.regularization : found;
                return found == null ? "not none, l1 or l2" : null;
            }, s -> s.playground().regularization().key()),
            new Row("regRate", true, (v, d) -> {
                String why = range(v, 0, PlaygroundConfig.MAX_REG_RATE);
                d.b.regularizationRate = why == null ? Decimals.parse(v) : d.b.regularizationRate;
                return why;
            }, s -> Decimals.text(s.playground().regularization() == Regularization.NONE ? 0
                    : s.playground().regularizationRate())),
            new Row("init", true, (v, d) -> {
                Initialization found = Keyed.byKey(Initialization.values(), v);
                d.b.initialization = found == null ? d.b.initialization : found;
                return found == null ? "not random or zeros" : null;
            }, s -> s.playground().initialization().key()),
            new Row("test", true, (v, d) -> {
                d.b.showTest = v.equals("1");
                return bool(v);
            }, s -> flag(s.playground().showTest())),
            new Row("discretize", true, (v, d) -> {
                d.b.discretize = v.equals("1");
                return bool(v);
            }, s -> flag(s.playground().discretize())),
            new Row("lines", true, (v, d) -> {
                d.b.showLines = v.equals("1");
                return bool(v);
            }, s -> flag(s.playground().showLines())),
            new Row("hist", true, (v, d) -> {
                d.b.histograms = v.equals("1");
                return bool(v);
            }, s -> flag(s.playground().histograms())),
            new Row("gradflow", true, (v, d) -> {
                d.b.gradientFlow = v.equals("1");
                return bool(v);
            }, s -> flag(s.playground().gradientFlow())),
            new Row("pts", true, (v, d) -> {
                try {
                    d.b.points = PointsCodec.decode(v, d.b.dataset, d.b.problem, d.b.classes);
                    return null;
                } catch (FormatException e) {
                    return e.getMessage();
                }
            }, s -> s.playground().points() == null ? null
                    : PointsCodec.encode(s.playground().points(), s.playground().dataset())),
            new Row("w", true, (v, d) -> {
                int count = Network.parameterCount(
                        PlaygroundConfig.layerSizes(d.b.features.size(), d.b.hidden, d.b.classes));
                try {
                    d.b.weights = WeightsCodec.decode(v, count);
                    return null;
                } catch (FormatException e) {
                    return e.getMessage();
                }
            }, s -> s.playground().hasWeights() ? WeightsCodec.encode(s.playground().weights()) : null),
            new Row("opt", true, (v, d) -> {
                Optimizer found = Keyed.byKey(Optimizer.values(), v);
                d.b.optimization = found == null ? d.b.optimization : d.b.optimization.withOptimizer(found);
                return found == null ? "not one of " + Keyed.keys(Optimizer.values()) : null;
            }, s -> opt(s).optimizer().key()),
            new Row("beta", true, (v, d) -> {
                String why = range(v, 0, Optimization.MAX_BETA);
                d.b.optimization = why == null ? d.b.optimization.withBeta(Decimals.parse(v)) : d.b.optimization;
                return why;
            }, s -> Decimals.text((opt(s).optimizer().usesBeta() ? opt(s) : Optimization.DEFAULT).beta())),
            new Row("beta2", true, (v, d) -> {
                String why = range(v, 0, Optimization.MAX_BETA2);
                d.b.optimization = why == null ? d.b.optimization.withBeta2(Decimals.parse(v)) : d.b.optimization;
                return why;
            }, s -> Decimals.text((opt(s).optimizer().usesBeta2() ? opt(s) : Optimization.DEFAULT).beta2())),
            new Row("eps", true, (v, d) -> {
                String why = range(v, Optimization.MIN_EPSILON, Optimization.MAX_EPSILON);
                d.b.optimization = why == null ? d.b.optimization.withEpsilon(Decimals.parse(v)) : d.b.optimization;
                return why;
            }, s -> Decimals.text((opt(s).optimizer().usesEpsilon() ? opt(s) : Optimization.DEFAULT).epsilon())),
            new Row("sched", true, (v, d) -> {
                Schedule.Kind found = Keyed.byKey(Schedule.Kind.values(), v);
                d.b.optimization = found == null ? d.b.optimization : d.b.optimization.withSchedule(found);
                return found == null ? "not one of " + Keyed.keys(Schedule.Kind.values()) : null;
            }, s -> opt(s).schedule().key()),
            new Row("decay", true, (v, d) -> {
                String why = range(v, Optimization.MIN_DECAY, 1);
                d.b.optimization = why == null ? d.b.optimization.withDecay(Decimals.parse(v)) : d.b.optimization;
                return why;
            }, s -> Decimals.text((opt(s).schedule() != Schedule.Kind.CONSTANT ? opt(s) : Optimization.DEFAULT)
                    .decay())),
            new Row("every", true, (v, d) -> {
                String why = intRange(v, 1, Optimization.MAX_EVERY);
                d.b.optimization = why == null ? d.b.optimization.withEvery(Integer.parseInt(v)) : d.b.optimization;
                return why;
            }, s -> Integer.toString((opt(s).schedule() == Schedule.Kind.STEP ? opt(s) : Optimization.DEFAULT)
                    .every())));

    private static Optimization opt(AppState s) {
        return s.playground().optimization();
    }

    static {
        AppState defaults = AppState.defaults();
        for (Row row : ROWS) {
            row.defaultValue = row.writer.write(defaults);
        }
    }

    private static String readProblem(String v, Draft d) {
        ProblemType p = Keyed.byKey(ProblemType.values(), v);
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
        DatasetKind kind = Keyed.byKey(DatasetKind.values(), v);
        if (kind == null) {
            return "not one of " + Keyed.keys(DatasetKind.values());
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
            Feature f = Keyed.byKey(Feature.values(), name);
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
        return Keyed.byKey(Activation.values(), key);
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
            return "must be in " + Decimals.text(min) + ".." + Decimals.text(max);
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

    static String shorten(String s) {
        return Ignored.shorten(s);
    }
}
