package hyperplane.state;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Perceptron view's settings and their place in the link: the keys {@code p.*}.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>p.data</td><td>seven, xor, separable, mine</td><td>seven</td></tr>
 * <tr><td>p.classes</td><td>classes K of the random and the own points, 2..{@value #MAX_CLASSES} (the seven points
 * and XOR are two classes: with them only 2)</td><td>2</td></tr>
 * <tr><td>p.eta</td><td>learning rate η, finite, in [{@value #MIN_RATE}, {@value #MAX_RATE}]</td><td>0.1</td></tr>
 * <tr><td>p.init</td><td>zeros, random (uniform from the seed)</td><td>zeros</td></tr>
 * <tr><td>p.seed</td><td>whole number 0..2147483647</td><td>1</td></tr>
 * <tr><td>p.cap</td><td>epoch cap, 1..{@value #MAX_CAP}</td><td>{@value #DEFAULT_CAP}</td></tr>
 * <tr><td>p.speed</td><td>slow, normal, fast, epoch, max (as fast as possible)</td><td>normal</td></tr>
 * <tr><td>p.pts</td><td>hand-placed points ({@link PointsCodec}, unit square, classes 0..K−1), only with
 * p.data=mine</td><td>none</td></tr>
 * </table>
 * A value that cannot be used keeps its default and adds a notice naming the key ("ignored p.eta=abc: not a
 * number"). Validated in the compact constructor; NaN is rejected everywhere.
 *
 * @param data          which points
 * @param classes       K, the classes of the random and the own points (every point's label is below it)
 * @param learningRate  η
 * @param randomStart   false: w = 0; true: w drawn uniformly from the seed
 * @param seed          the seed of the random start and of the separable set
 * @param maxEpochs     the epoch cap after which the run says "not separable"
 * @param speed         the play speed key
 * @param points        the hand-placed points (classification, never null; used when data is MINE)
 */
public record PerceptronSettings(Data data, int classes, double learningRate, boolean randomStart, int seed,
                                 int maxEpochs, String speed, Dataset points) {
    /** The link keys of this view. */
    public static final List<String> KEYS = List.of("p.data", "p.classes", "p.eta", "p.init", "p.seed", "p.cap",
            "p.speed", "p.pts");
    /** The most classes the view offers. */
    public static final int MAX_CLASSES = Dataset.MAX_CLASSES;
    /** The smallest and largest learning rate accepted. */
    public static final double MIN_RATE = 0.001;
    public static final double MAX_RATE = 10;
    /** The default and the largest epoch cap. */
    public static final int DEFAULT_CAP = 100;
    public static final int MAX_CAP = 10000;
    /** The play speeds, slowest first. */
    public static final List<String> SPEEDS = List.of("slow", "normal", "fast", "epoch", "max");

    /** Where the points come from. */
    public enum Data {
        SEVEN("seven"), XOR("xor"), SEPARABLE("separable"), MINE("mine");

        private final String key;

        Data(String key) {
            this.key = key;
        }

        /** The token in the link. */
        public String key() {
            return key;
        }

        /** The constant with this key, or null. */
        public static Data fromKey(String key) {
            for (Data d : values()) {
                if (d.key.equals(key)) {
                    return d;
                }
            }
            return null;
        }
    }

    /** Checks every field; the messages name the field and its value. */
    public PerceptronSettings {
        if (data == null || speed == null || points == null) {
            throw new IllegalArgumentException("data, speed and points must be given");
        }
        if (!(learningRate >= MIN_RATE && learningRate <= MAX_RATE)) {
            throw new IllegalArgumentException("learningRate (" + Decimals.text(learningRate) + ") must be in ["
                    + Decimals.text(MIN_RATE) + ", " + Decimals.text(MAX_RATE) + "]");
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed (" + seed + ") must be >= 0");
        }
        if (maxEpochs < 1 || maxEpochs > MAX_CAP) {
            throw new IllegalArgumentException("maxEpochs (" + maxEpochs + ") must be in 1.." + MAX_CAP);
        }
        if (!SPEEDS.contains(speed)) {
            throw new IllegalArgumentException("speed (" + speed + ") must be one of " + SPEEDS);
        }
        if (points.problemType() != ProblemType.CLASSIFICATION) {
            throw new IllegalArgumentException("points must be a classification set");
        }
        if (classes < 2 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("classes (" + classes + ") must be in 2.." + MAX_CLASSES);
        }
        if (classes != 2 && twoClassOnly(data)) {
            throw new IllegalArgumentException("classes (" + classes + ") must be 2 for the points " + data.key());
        }
        int above = firstPointOfClassAtLeast(points, classes);
        if (above >= 0) {
            throw new IllegalArgumentException("point " + (above + 1) + " is of class " + (int) points.label(above)
                    + ", but there are " + classes + " classes");
        }
    }

    /** The index of the first point of {@code points} whose class is {@code k} or more, or −1. */
    public static int firstPointOfClassAtLeast(Dataset points, int k) {
        for (int i = 0; i < points.size(); i++) {
            if (points.label(i) >= k) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code data} is one of the fixed two-class sets (the seven points, XOR). */
    public static boolean twoClassOnly(Data data) {
        return data == Data.SEVEN || data == Data.XOR;
    }

    /** The lesson's seven points, two classes, η = 0.1, zero weights, seed 1, cap 100, normal speed, no own points. */
    public static PerceptronSettings defaults() {
        return new PerceptronSettings(Data.SEVEN, 2, 0.1, false, 1, DEFAULT_CAP, "normal", Dataset.empty());
    }

    /** These settings with {@code next} points; the seven points and XOR are two-class sets, so they set K to 2. */
    public PerceptronSettings withData(Data next) {
        return new PerceptronSettings(next, twoClassOnly(next) ? 2 : classes, learningRate, randomStart, seed,
                maxEpochs, speed, points);
    }

    /**
     * These settings with {@code next} classes. While the points are not the user's own (so not in the link), own
     * points kept from before of a class {@code next} or more are dropped; with p.data=mine they stay, and such a
     * point is refused as in the constructor.
     */
    public PerceptronSettings withClasses(int next) {
        Dataset kept = points;
        if (data != Data.MINE && next >= 2 && firstPointOfClassAtLeast(points, next) >= 0) {
            kept = Dataset.empty();
            for (int i = 0; i < points.size(); i++) {
                if (points.label(i) < next) {
                    kept = kept.withPoint(points.x1(i), points.x2(i), points.label(i), points.isTrain(i));
                }
            }
        }
        return new PerceptronSettings(data, next, learningRate, randomStart, seed, maxEpochs, speed, kept);
    }

    public PerceptronSettings withLearningRate(double next) {
        return new PerceptronSettings(data, classes, next, randomStart, seed, maxEpochs, speed, points);
    }

    public PerceptronSettings withRandomStart(boolean next) {
        return new PerceptronSettings(data, classes, learningRate, next, seed, maxEpochs, speed, points);
    }

    public PerceptronSettings withSeed(int next) {
        return new PerceptronSettings(data, classes, learningRate, randomStart, next, maxEpochs, speed, points);
    }

    public PerceptronSettings withMaxEpochs(int next) {
        return new PerceptronSettings(data, classes, learningRate, randomStart, seed, next, speed, points);
    }

    public PerceptronSettings withSpeed(String next) {
        return new PerceptronSettings(data, classes, learningRate, randomStart, seed, maxEpochs, next, points);
    }

    /** These settings with the user's own points (data becomes MINE). */
    public PerceptronSettings withPoints(Dataset next) {
        return new PerceptronSettings(Data.MINE, classes, learningRate, randomStart, seed, maxEpochs, speed, next);
    }

    /** Whether the seed matters: for a random start, or for generated separable points. */
    public boolean seedUsed() {
        return randomStart || data == Data.SEPARABLE;
    }

    /**
     * Every p.* key with its value in the link, "" for a default (so the caller removes the key), and "" for the
     * seed when it is not {@link #seedUsed used}. Points are quantized to 1/65535 of the unit square, so
     * decode(encode(s)) encodes to the same text. p.classes is there only when it is not 2, so two-class settings
     * encode exactly as they did before there were more classes.
     */
    public Map<String, String> encode() {
        PerceptronSettings d = defaults();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("p.data", data == d.data ? "" : data.key());
        if (classes != d.classes) {
            out.put("p.classes", Integer.toString(classes));
        }
        out.put("p.eta", learningRate == d.learningRate ? "" : Decimals.text(learningRate));
        out.put("p.init", randomStart ? "random" : "");
        out.put("p.seed", seed == d.seed || !seedUsed() ? "" : Integer.toString(seed));
        out.put("p.cap", maxEpochs == d.maxEpochs ? "" : Integer.toString(maxEpochs));
        out.put("p.speed", speed.equals(d.speed) ? "" : speed);
        out.put("p.pts", data == Data.MINE && !points.isEmpty()
                ? PointsCodec.encode(points, DatasetKind.SEVEN_POINTS) : "");
        return out;
    }

    /**
     * Reads the p.* keys of {@code extras} (others are not looked at). Never throws: each unusable value keeps
     * its default and appends a notice "ignored KEY=VALUE: reason" to {@code notices}.
     */
    public static PerceptronSettings decode(Map<String, String> extras, List<String> notices) {
        PerceptronSettings s = defaults();
        String v = extras.get("p.data");
        if (v != null) {
            Data d = Data.fromKey(v);
            if (d == null) {
                notices.add(ignored("p.data", v, "not one of seven, xor, separable, mine"));
            } else {
                s = s.withData(d);
            }
        }
        v = extras.get("p.classes");
        if (v != null) {
            int k = parseInt(v, 2, MAX_CLASSES);
            if (k < 0) {
                notices.add(ignored("p.classes", v, "not a whole number from 2 to " + MAX_CLASSES));
            } else if (k != 2 && twoClassOnly(s.data)) {
                notices.add(ignored("p.classes", v, "the points " + s.data.key() + " have two classes"));
            } else {
                s = s.withClasses(k);
            }
        }
        v = extras.get("p.eta");
        if (v != null) {
            double eta = parseDouble(v);
            if (eta != eta) {
                notices.add(ignored("p.eta", v, "not a number"));
            } else if (!(eta >= MIN_RATE && eta <= MAX_RATE)) {
                notices.add(ignored("p.eta", v, "outside " + Decimals.text(MIN_RATE) + " to "
                        + Decimals.text(MAX_RATE)));
            } else {
                s = s.withLearningRate(eta);
            }
        }
        v = extras.get("p.init");
        if (v != null) {
            if (v.equals("random") || v.equals("zeros")) {
                s = s.withRandomStart(v.equals("random"));
            } else {
                notices.add(ignored("p.init", v, "not zeros or random"));
            }
        }
        v = extras.get("p.seed");
        if (v != null) {
            int seed = parseInt(v, 0, Integer.MAX_VALUE);
            if (seed < 0) {
                notices.add(ignored("p.seed", v, "not a whole number from 0 to 2147483647"));
            } else {
                s = s.withSeed(seed);
            }
        }
        v = extras.get("p.cap");
        if (v != null) {
            int cap = parseInt(v, 1, MAX_CAP);
            if (cap < 0) {
                notices.add(ignored("p.cap", v, "not a whole number from 1 to " + MAX_CAP));
            } else {
                s = s.withMaxEpochs(cap);
            }
        }
        v = extras.get("p.speed");
        if (v != null) {
            if (SPEEDS.contains(v)) {
                s = s.withSpeed(v);
            } else {
                notices.add(ignored("p.speed", v, "not one of " + String.join(", ", SPEEDS)));
            }
        }
        v = extras.get("p.pts");
        if (v != null) {
            try {
                Dataset points = PointsCodec.decode(v, DatasetKind.SEVEN_POINTS, ProblemType.CLASSIFICATION,
                        s.classes);
                if (s.data == Data.MINE) {
                    s = s.withPoints(points);
                }
            } catch (FormatException e) {
                notices.add(ignored("p.pts", v, e.getMessage()));
            }
        }
        return s;
    }

    private static String ignored(String key, String value, String reason) {
        return "ignored " + key + "=" + Ignored.shorten(value) + ": " + reason;
    }

    /**
     * The number in {@code text} (spaces around it allowed), NaN when it is not one (never throws). Goes through
     * {@link Decimals} like the other codecs, so "1d", "0x1p0" or "Infinity" are refused on the JVM and in the
     * compiled page alike.
     */
    private static double parseDouble(String text) {
        return Decimals.parse(text.trim());
    }

    /** The whole number in {@code text} if it lies in [min, max], else −1 (never throws). */
    private static int parseInt(String text, int min, int max) {
        double value = parseDouble(text);
        if (!(value >= min && value <= max) || value != Math.floor(value)) {
            return -1;
        }
        return (int) value;
    }
}
