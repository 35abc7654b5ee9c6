package hyperplane.data;

import hyperplane.engine.Keyed;
import hyperplane.engine.SeededRandom;

/**
 * The datasets offered, generated as TensorFlow Playground does (tensorflow/playground, src/dataset.ts)
 * from the project's seeded generator, plus the perceptron lesson's fixed seven points.
 *
 * <p>Generated sets live in the square [−6, 6]² (every point lies in it), most points within [−5, 5]. Noise is a
 * fraction 0..0.5 (TensorFlow Playground's 0..50 %). Classification labels are 0 or 1 (Playground's −1
 * becomes 0), or 0 … K − 1 for the sets that come in K = 2 … {@link Dataset#MAX_CLASSES} classes
 * ({@link #manyClasses()}: gaussians, spiral, pinwheel); with K = 2 they are the two-class sets exactly.
 * The points are drawn class by class in blocks: block b = 0 … K − 1 has count/K points (the last block the
 * rest) and is class K − 1 − b, so two classes draw count/2 points of class 1 first. After generation the points
 * are put in a random order and the first round(count · trainRatio) of them form the training split, so the
 * split is seeded as well.
 */
public enum DatasetKind implements Keyed {
    /**
     * Class 1: radius uniform in [0, 2.5] at a uniform angle; class 0: radius uniform in [3.5, 5].
     * The label is decided by the noisy position (noise uniform in ±5·noise per coordinate) being within
     * 2.5 of the origin, while the point is drawn at its clean position; so noise 0 separates the classes
     * by the empty ring 2.5 &lt; r &lt; 3.5.
     */
    CIRCLE("circle", "Circle", ProblemType.CLASSIFICATION),
    /**
     * x1, x2 uniform in [−5, 5], pushed 0.3 away from the axes; label 1 when x1·x2 ≥ 0 (first and third
     * quadrants) judged at the noisy position (noise uniform in ±5·noise).
     */
    XOR("xor", "Exclusive or", ProblemType.CLASSIFICATION),
    /**
     * Normal clouds with variance 0.5 + 7·noise (0.5 at noise 0, 4 at noise 0.5) per coordinate, clamped to
     * [−6, 6]. Two classes: class 1 around (2, 2) and class 0 around (−2, −2). K ≥ 3 classes: class c around
     * the point at angle 5π/4 + 2πc/K on the circle of radius {@value #BLOB_RADIUS} (neighbours at least 3.5
     * apart, five standard deviations at noise 0).
     */
    GAUSSIANS("gaussians", "Gaussian", ProblemType.CLASSIFICATION),
    /**
     * K interleaved arms: point i of n in its arm at radius r = 5i/n and angle t = (3.5/K) · 2π i/n + δ,
     * (x1, x2) = (r sin t, r cos t) plus noise uniform in ±noise; block b (class K − 1 − b) has δ = 2πb/K, so
     * with two classes the arms turn 1.75 times, class 1 has δ = 0 and class 0 δ = π. More arms turn less (3.5/K
     * times), which keeps neighbouring arms as far apart as two are.
     */
    SPIRAL("spiral", "Spiral", ProblemType.CLASSIFICATION),
    /**
     * A pinwheel of K curved sectors, for K = 2 … 6 (a hidden layer is needed: no line or set of lines through
     * the origin follows the curves). A point of class c lies uniformly in the disc of radius 5 with its pinwheel
     * angle θ + {@value #TWIST}·r/5 (θ its polar angle, r its radius) uniform in class c's sector
     * [2πc/K, 2π(c + 1)/K); the label is the sector of that angle judged at the noisy position (noise uniform
     * in ±5·noise per coordinate), while the point is drawn at its clean position, as for the circle.
     */
    PINWHEEL("pinwheel", "Pinwheel", ProblemType.CLASSIFICATION),
    /** x1, x2 uniform in [−6, 6]; target (x1 + x2)/10 at the noisy position (noise uniform in ±6·noise). */
    PLANE("plane", "Plane", ProblemType.REGRESSION),
    /**
     * x1, x2 uniform in [−6, 6]; six signed bumps at (±4 or 0, ±2.5), each contributing
     * sign · max(0, 1 − d/2) at distance d; the target is the contribution of largest magnitude, taken
     * at the noisy position (noise uniform in ±6·noise).
     */
    MULTI_GAUSSIAN("multi-gaussian", "Multi Gaussian", ProblemType.REGRESSION),
    /**
     * The perceptron lesson's points on the unit square, in this order, all for training:
     * (0.8, 0.4)→0, (0.3, 0.1)→0, (0.8, 0.8)→1, (0.4, 0.6)→1, (0.6, 0.8)→1, (0.4, 0.2)→0, (0.4, 0.5)→1.
     * Count, noise, train ratio and the generator are ignored (and not drawn from).
     */
    SEVEN_POINTS("seven", "Seven points", ProblemType.CLASSIFICATION);

    /** The most points {@link #generate} makes. */
    public static final int MAX_COUNT = 10000;
    /** The radius of the circle the gaussian clouds of three or more classes sit on. */
    static final double BLOB_RADIUS = 3.5;
    /**
     * How far a pinwheel's sectors turn, in radians, from its centre to radius 5: about half a turn, so that the best
     * line gets about 84 % of two classes right (a hidden layer of 8 and 8 gets 96 %).
     */
    static final double TWIST = 3;

    private static final double[] SEVEN_X1 = {0.8, 0.3, 0.8, 0.4, 0.6, 0.4, 0.4};
    private static final double[] SEVEN_X2 = {0.4, 0.1, 0.8, 0.6, 0.8, 0.2, 0.5};
    private static final double[] SEVEN_LABELS = {0, 0, 1, 1, 1, 0, 1};
    // Multi-Gaussian bumps: centre x1, centre x2, sign.
    private static final double[] BUMPS = {-4, 2.5, 1, 0, 2.5, -1, 4, 2.5, 1, -4, -2.5, -1, 0, -2.5, 1, 4, -2.5, -1};

    private final Tag tag;
    private final ProblemType problemType;

    DatasetKind(String key, String label, ProblemType problemType) {
        this.tag = new Tag(key, label);
        this.problemType = problemType;
    }

    @Override
    public Tag tag() {
        return tag;
    }

    /** Classification or regression. */
    public ProblemType problemType() {
        return problemType;
    }

    /** Whether this set comes in 3 … {@link Dataset#MAX_CLASSES} classes too (gaussians, spiral, pinwheel). */
    public boolean manyClasses() {
        return this == GAUSSIANS || this == SPIRAL || this == PINWHEEL;
    }

    /** The left edge of the square domain the points are shown in: −6, or 0 for the seven points. */
    public double minX() {
        return this == SEVEN_POINTS ? 0 : -6;
    }

    /** The right edge of the square domain: 6, or 1 for the seven points. */
    public double maxX() {
        return this == SEVEN_POINTS ? 1 : 6;
    }

    /** The bottom edge of the square domain (equal to {@link #minX()}). */
    public double minY() {
        return minX();
    }

    /** The top edge of the square domain (equal to {@link #maxX()}). */
    public double maxY() {
        return maxX();
    }

    /**
     * The kind whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static DatasetKind fromKey(String key) {
        return Keyed.fromKey(values(), key, "dataset");
    }

    /**
     * Generates a two-class (or regression) dataset: {@link #generate(int, double, double, int, SeededRandom)} with
     * two classes.
     */
    public Dataset generate(int count, double noise, double trainRatio, SeededRandom random) {
        return generate(count, noise, trainRatio, 2, random);
    }

    /**
     * Generates a dataset (see each constant for its shape).
     *
     * @param count number of points, 1..{@link #MAX_COUNT}; the classes get count/K each, class 0 the rest (for
     *     the circle and the pinwheel the noisy labels may differ)
     * @param noise 0..0.5
     * @param trainRatio 0.1..0.9, the fraction of points in the training split
     * @param classes K: 2, or up to {@link Dataset#MAX_CLASSES} for a set with {@link #manyClasses()}
     * @param random the seeded generator every draw comes from
     * @throws IllegalArgumentException naming the argument if one is out of range (NaN included)
     */
    public Dataset generate(int count, double noise, double trainRatio, int classes, SeededRandom random) {
        if (classes != 2 && !(manyClasses() && classes >= 2 && classes <= Dataset.MAX_CLASSES)) {
            throw new IllegalArgumentException("classes (" + classes + ") must be " + (manyClasses() ? "2.."
                    + Dataset.MAX_CLASSES : "2") + " for " + key());
        }
        if (this == SEVEN_POINTS) {
            return Dataset.of(SEVEN_X1, SEVEN_X2, SEVEN_LABELS, new boolean[] {true, true, true, true, true, true,
                true}, ProblemType.CLASSIFICATION);
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count (" + count + ") must be in 1.." + MAX_COUNT);
        }
        if (!(noise >= 0 && noise <= 0.5)) {
            throw new IllegalArgumentException("noise (" + noise + ") must be in 0..0.5");
        }
        if (!(trainRatio >= 0.1 && trainRatio <= 0.9)) {
            throw new IllegalArgumentException("trainRatio (" + trainRatio + ") must be in 0.1..0.9");
        }
        if (random == null) {
            throw new IllegalArgumentException("random (null) must be given");
        }
        double[] x1 = new double[count];
        double[] x2 = new double[count];
        double[] y = new double[count];
        switch (this) {
            case CIRCLE:
                circle(x1, x2, y, noise, random);
                break;
            case XOR:
                xor(x1, x2, y, noise, random);
                break;
            case GAUSSIANS:
                gaussians(x1, x2, y, noise, classes, random);
                break;
            case SPIRAL:
                spiral(x1, x2, y, noise, classes, random);
                break;
            case PINWHEEL:
                pinwheel(x1, x2, y, noise, classes, random);
                break;
            case PLANE:
            case MULTI_GAUSSIAN:
                regression(x1, x2, y, noise, random);
                break;
            default:
                throw new IllegalStateException("no generator for " + this);
        }
        // Seeded order, then the first round(count · ratio) points train (at least one of each split
        // when count allows).
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        random.shuffle(order, count);
        int trainCount = (int) Math.floor(count * trainRatio + 0.5);
        if (count >= 2) {
            trainCount = Math.max(1, Math.min(count - 1, trainCount));
        }
        double[] sx1 = new double[count];
        double[] sx2 = new double[count];
        double[] sy = new double[count];
        boolean[] train = new boolean[count];
        for (int i = 0; i < count; i++) {
            sx1[i] = x1[order[i]];
            sx2[i] = x2[order[i]];
            sy[i] = y[order[i]];
            train[i] = i < trainCount;
        }
        return Dataset.of(sx1, sx2, sy, train, problemType);
    }

    private static void circle(double[] x1, double[] x2, double[] y, double noise, SeededRandom random) {
        double radius = 5;
        int n = x1.length;
        for (int i = 0; i < n; i++) {
            boolean inside = i < n / 2;
            double r = inside ? random.nextDouble(0, radius * 0.5) : random.nextDouble(radius * 0.7, radius);
            double angle = random.nextDouble(0, 2 * Math.PI);
            double px = r * Math.sin(angle);
            double py = r * Math.cos(angle);
            double nx = random.nextDouble(-radius, radius) * noise;
            double ny = random.nextDouble(-radius, radius) * noise;
            double qx = px + nx;
            double qy = py + ny;
            x1[i] = px;
            x2[i] = py;
            y[i] = Math.sqrt(qx * qx + qy * qy) < radius * 0.5 ? 1 : 0;
        }
    }

    private static void xor(double[] x1, double[] x2, double[] y, double noise, SeededRandom random) {
        double padding = 0.3;
        for (int i = 0; i < x1.length; i++) {
            double px = random.nextDouble(-5, 5);
            px += px > 0 ? padding : -padding;
            double py = random.nextDouble(-5, 5);
            py += py > 0 ? padding : -padding;
            double nx = random.nextDouble(-5, 5) * noise;
            double ny = random.nextDouble(-5, 5) * noise;
            x1[i] = px;
            x2[i] = py;
            y[i] = (px + nx) * (py + ny) >= 0 ? 1 : 0;
        }
    }

    private static void gaussians(double[] x1, double[] x2, double[] y, double noise, int classes,
            SeededRandom random) {
        // Playground maps noise 0..0.5 linearly to variance 0.5..4.
        double sd = Math.sqrt(0.5 + 7 * noise);
        int n = x1.length;
        for (int i = 0; i < n; i++) {
            int c = classOf(i, n, classes);
            // Two classes keep Playground's centres exactly; more sit on a circle.
            double angle = 1.25 * Math.PI + 2 * Math.PI * c / classes;
            double cx = classes == 2 ? (c == 1 ? 2 : -2) : BLOB_RADIUS * Math.cos(angle);
            double cy = classes == 2 ? cx : BLOB_RADIUS * Math.sin(angle);
            // Clamped to the domain so every point can be shown (only tails beyond 2 sd at high noise move).
            x1[i] = clamp(random.nextGaussian(cx, sd));
            x2[i] = clamp(random.nextGaussian(cy, sd));
            y[i] = c;
        }
    }

    /** The class of point i of n drawn in blocks: block b (count/K points, the last the rest) is class K − 1 − b. */
    static int classOf(int i, int n, int classes) {
        int size = n / classes;
        int block = size == 0 ? classes - 1 : Math.min(classes - 1, i / size);
        return classes - 1 - block;
    }

    /** The first index of block b (class K − 1 − b) of n points in K blocks. */
    private static int blockStart(int b, int n, int classes) {
        return Math.min(n, b * (n / classes));
    }

    private static double clamp(double v) {
        return v < -6 ? -6 : (v > 6 ? 6 : v);
    }

    private static void spiral(double[] x1, double[] x2, double[] y, double noise, int classes,
            SeededRandom random) {
        int n = x1.length;
        for (int i = 0; i < n; i++) {
            int b = classes - 1 - classOf(i, n, classes);
            int first = blockStart(b, n, classes);
            int arm = (b == classes - 1 ? n : blockStart(b + 1, n, classes)) - first;
            int k = i - first;
            double r = (double) k / arm * 5;
            // For two classes 3.5/K is 1.75 and 2π·b/K is 0 or exactly π, as in Playground.
            double t = 3.5 / classes * k / arm * 2 * Math.PI + 2 * Math.PI * b / classes;
            x1[i] = r * Math.sin(t) + random.nextDouble(-1, 1) * noise;
            x2[i] = r * Math.cos(t) + random.nextDouble(-1, 1) * noise;
            y[i] = classes - 1 - b;
        }
    }

    private static void pinwheel(double[] x1, double[] x2, double[] y, double noise, int classes,
            SeededRandom random) {
        double radius = 5;
        double sector = 2 * Math.PI / classes;
        int n = x1.length;
        for (int i = 0; i < n; i++) {
            int c = classOf(i, n, classes);
            double r = radius * Math.sqrt(random.nextDouble(0, 1)); // uniform over the disc's area
            double angle = random.nextDouble(c * sector, (c + 1) * sector) - TWIST * r / radius;
            double px = r * Math.cos(angle);
            double py = r * Math.sin(angle);
            double qx = px + random.nextDouble(-radius, radius) * noise;
            double qy = py + random.nextDouble(-radius, radius) * noise;
            x1[i] = px;
            x2[i] = py;
            y[i] = noise == 0 ? c : pinwheelClass(qx, qy, classes);
        }
    }

    /** The pinwheel sector of (x, y): ⌊K · frac((θ + TWIST·r/5)/2π)⌋, θ and r the polar angle and radius. */
    static int pinwheelClass(double x, double y, int classes) {
        double turn = (Math.atan2(y, x) + TWIST * Math.sqrt(x * x + y * y) / 5) / (2 * Math.PI);
        turn -= Math.floor(turn);
        return Math.min(classes - 1, (int) (turn * classes));
    }

    private void regression(double[] x1, double[] x2, double[] y, double noise, SeededRandom random) {
        double radius = 6;
        for (int i = 0; i < x1.length; i++) {
            double px = random.nextDouble(-radius, radius);
            double py = random.nextDouble(-radius, radius);
            double qx = px + random.nextDouble(-radius, radius) * noise;
            double qy = py + random.nextDouble(-radius, radius) * noise;
            x1[i] = px;
            x2[i] = py;
            y[i] = this == PLANE ? (qx + qy) / 10 : bumps(qx, qy);
        }
    }

    /** The multi-Gaussian target: the signed bump value of largest magnitude at (x, y). */
    static double bumps(double x, double y) {
        double best = 0;
        for (int b = 0; b < BUMPS.length; b += 3) {
            double dx = x - BUMPS[b];
            double dy = y - BUMPS[b + 1];
            double d = Math.sqrt(dx * dx + dy * dy);
            // Playground's label scale: distance 0..2 maps linearly to 1..0, clamped.
            double v = BUMPS[b + 2] * Math.max(0, 1 - d / 2);
            if (Math.abs(v) > Math.abs(best)) {
                best = v;
            }
        }
        return best;
    }
}
