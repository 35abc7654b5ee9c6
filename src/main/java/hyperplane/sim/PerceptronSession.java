package hyperplane.sim;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.engine.MultiClassPerceptron;
import hyperplane.engine.Perceptron;
import hyperplane.engine.PerceptronRun;
import hyperplane.engine.PerceptronStep;
import hyperplane.engine.SeededRandom;
import hyperplane.state.PerceptronSettings;
import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * One run of Rosenblatt's rule for the Perceptron view: the points chosen by a {@link PerceptronSettings},
 * a two-input {@link Perceptron} (or, with K ≥ 3 classes, a {@link MultiClassPerceptron} with one weight vector
 * per class), the {@link PerceptronRun} that visits the points in order, and the last visit's numbers for the
 * readouts.
 *
 * <p>Points: the lesson's seven points; XOR as four points (0.25, 0.25)→0, (0.25, 0.75)→1, (0.75, 0.25)→1,
 * (0.75, 0.75)→0, which no line separates; {@value #SEPARABLE_COUNT} random points on the unit square labelled
 * by a random line through its middle region (so separable by construction), points closer than
 * {@value #SEPARABLE_MARGIN} to that line redrawn; with K ≥ 3 classes {@value NearestCentrePoints#PER_CLASS}·K
 * random points labelled by the nearest of K random centres ({@link NearestCentrePoints}); or the user's own points.
 * All on the unit square. The seven points and XOR are two-class sets.
 *
 * <p>Starting weights: zeros, or each of w1, w2, b (with K classes, each row's) uniform in [−0.5, 0.5) from the
 * seed (drawn after the separable set's points, from a generator of its own, so the data does not change the
 * start). Any change of settings but the speed starts the run again from those weights.
 */
public final class PerceptronSession {
    /** How many points the random separable set has. */
    public static final int SEPARABLE_COUNT = 20;
    /** The smallest distance of a separable point from the line that labels it. */
    public static final double SEPARABLE_MARGIN = 0.05;
    private static final int WEIGHT_STREAM = 0x2545F491;
    private static final double[] XOR_X1 = {0.25, 0.25, 0.75, 0.75};
    private static final double[] XOR_X2 = {0.25, 0.75, 0.25, 0.75};
    private static final double[] XOR_LABELS = {0, 1, 1, 0};

    private PerceptronSettings settings;
    private Dataset points;
    private PerceptronRun run;
    private PerceptronStep last;
    private double[] mistakes = new double[0];

    public PerceptronSession(PerceptronSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must be given");
        }
        this.settings = settings;
        rebuild();
    }

    /** Switches to {@code next}; everything but a new speed starts the run again. */
    public void apply(PerceptronSettings next) {
        if (next == null) {
            throw new IllegalArgumentException("settings must be given");
        }
        PerceptronSettings previous = settings;
        settings = next;
        if (!next.withSpeed(previous.speed()).equals(previous)) {
            rebuild();
        }
    }

    private void rebuild() {
        points = pointsFor(settings);
        int k = settings.classes();
        int n = points.size();
        double[] xs = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            xs[2 * i] = points.x1(i);
            xs[2 * i + 1] = points.x2(i);
            labels[i] = (int) points.label(i);
        }
        if (k == 2) {
            run = new PerceptronRun(binaryStart(settings), xs, labels, n, settings.maxEpochs());
        } else {
            run = new PerceptronRun(multiStart(settings, k), xs, labels, n, settings.maxEpochs());
        }
        last = null;
    }

    /** The two-class perceptron at its starting weights. */
    private static Perceptron binaryStart(PerceptronSettings settings) {
        Perceptron perceptron = new Perceptron(2, settings.learningRate());
        if (settings.randomStart()) {
            perceptron.randomizeWeights(new SeededRandom(settings.seed() ^ WEIGHT_STREAM));
        }
        return perceptron;
    }

    /** The K-class perceptron at its starting weights. */
    private static MultiClassPerceptron multiStart(PerceptronSettings settings, int k) {
        MultiClassPerceptron perceptron = new MultiClassPerceptron(2, k, settings.learningRate());
        if (settings.randomStart()) {
            perceptron.randomizeWeights(new SeededRandom(settings.seed() ^ WEIGHT_STREAM));
        }
        return perceptron;
    }

    /** The points the settings choose (see the class comment). */
    public static Dataset pointsFor(PerceptronSettings settings) {
        switch (settings.data()) {
            case SEVEN:
                return DatasetKind.SEVEN_POINTS.generate(7, 0, 0.5, new SeededRandom(0));
            case XOR:
                return Dataset.of(XOR_X1, XOR_X2, XOR_LABELS, new boolean[] {true, true, true, true});
            case SEPARABLE:
                return settings.classes() == 2 ? separable(settings.seed())
                        : NearestCentrePoints.generate(settings.seed(), settings.classes());
            default:
                return settings.points();
        }
    }

    /**
     * {@value #SEPARABLE_COUNT} points uniform on the unit square, labelled 1 where a·x1 + b·x2 + c ≥ 0 for a
     * random line through a random point of [0.3, 0.7]² at a random angle; a point within
     * {@value #SEPARABLE_MARGIN} of the line is drawn again (at most 1000 draws per point, then kept).
     */
    public static Dataset separable(int seed) {
        SeededRandom random = new SeededRandom(seed);
        double px = random.nextDouble(0.3, 0.7);
        double py = random.nextDouble(0.3, 0.7);
        double angle = random.nextDouble(0, 2 * Math.PI);
        double a = Math.cos(angle);
        double b = Math.sin(angle);
        double c = -(a * px + b * py);
        double[] x1 = new double[SEPARABLE_COUNT];
        double[] x2 = new double[SEPARABLE_COUNT];
        double[] labels = new double[SEPARABLE_COUNT];
        boolean[] train = new boolean[SEPARABLE_COUNT];
        for (int i = 0; i < SEPARABLE_COUNT; i++) {
            double s;
            int tries = 0;
            do {
                x1[i] = random.nextDouble();
                x2[i] = random.nextDouble();
                s = a * x1[i] + b * x2[i] + c;  // signed distance: (a, b) is a unit vector
            } while (Math.abs(s) < SEPARABLE_MARGIN && ++tries < 1000);
            labels[i] = s >= 0 ? 1 : 0;
            train[i] = true;
        }
        return Dataset.of(x1, x2, labels, train);
    }

    /**
     * Visits the next point (see {@link PerceptronRun#step()}) and keeps its numbers as {@link #lastStep()}.
     *
     * @return the visit, or null when the run has already finished (nothing changes then)
     */
    public PerceptronStep step() {
        if (run.isFinished()) {
            return null;
        }
        last = run.step();
        if (last.epochEnded()) {
            mistakes = toDoubles(run.mistakesPerEpoch());
        }
        return last;
    }

    /**
     * Visits points up to the end of the current epoch (the whole epoch from its start) and returns the last
     * visit, or null when the run has already finished.
     */
    public PerceptronStep stepEpoch() {
        PerceptronStep s = null;
        while (!run.isFinished()) {
            s = step();
            if (s.epochEnded()) {
                break;
            }
        }
        return s;
    }

    /**
     * Plays as fast as possible for one frame: whole epochs, from wherever the run is to the end of an epoch and
     * on, until the run finishes (converged, cycling or capped) or {@code budgetMs} have passed on {@code clock}
     * (at least one epoch). Every point is visited as {@link #step()} visits it, but only each epoch's last visit
     * is reported and kept as {@link #lastStep()}, so nothing is allocated per point.
     *
     * @return the last visit, or null when the run had already finished (nothing changes then)
     */
    public PerceptronStep stepEpochsFor(double budgetMs, DoubleSupplier clock) {
        if (run.isFinished()) {
            return null;
        }
        double start = clock.getAsDouble();
        int n = run.pointCount();
        do {
            while (run.cursor() < n - 1) {
                run.visit();
            }
            last = run.step();
        } while (!run.isFinished() && clock.getAsDouble() - start < budgetMs);
        mistakes = toDoubles(run.mistakesPerEpoch());
        return last;
    }

    /** Starts again from the starting weights, epoch 1, first point. */
    public void reset() {
        run.reset();
        last = null;
        mistakes = new double[0];
    }

    private static double[] toDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    public PerceptronSettings settings() {
        return settings;
    }

    /** The points being learned. */
    public Dataset points() {
        return points;
    }

    /** The last visit, or null before the first (and after a reset). */
    public PerceptronStep lastStep() {
        return last;
    }

    /** The current weights (w1, w2, b), a copy; with K classes the K rows (w_c1, w_c2, b_c) one after another. */
    public double[] weights() {
        return run.weights();
    }

    /** The weights the run starts from, (w1, w2, b), or with K classes the K rows. */
    public double[] startWeights() {
        int k = settings.classes();
        return k == 2 ? binaryStart(settings).weights() : multiStart(settings, k).weights();
    }

    /** The number of classes the run learns: 2 (one weight vector) or K ≥ 3 (one each). */
    public int classes() {
        return run.classes();
    }

    public PerceptronRun.Status status() {
        return run.status();
    }

    public boolean finished() {
        return run.isFinished();
    }

    /** The epoch in progress (or the last one, once finished), from 1; 0 with no points. */
    public int epoch() {
        return run.epoch();
    }

    /** The index of the point the next step visits. */
    public int nextPoint() {
        return run.cursor();
    }

    public int completedEpochs() {
        return run.completedEpochs();
    }

    public int totalUpdates() {
        return run.totalUpdates();
    }

    /** Mistakes in each completed epoch, as doubles for the chart (a copy). */
    public double[] mistakesPerEpoch() {
        return Arrays.copyOf(mistakes, mistakes.length);
    }

    /**
     * The time between two steps while playing, in ms, for the play speed: slow, fast, epoch, max (0: every frame,
     * see {@link #stepEpochsFor}), else normal.
     */
    public double intervalMs() {
        switch (settings.speed()) {
            case "max":
                return 0;
            case "slow":
                return 1000;
            case "fast":
                return 100;
            case "epoch":
                return 700;
            default:
                return 500;
        }
    }

    /**
     * One sentence on where the run stands: "converged after N epochs, K updates", the cycle the rule fell into,
     * "no separating line found after N epochs — these points may not be linearly separable", or, while running,
     * the epoch, the next point and the updates so far. With K ≥ 3 classes the verdicts speak of each class's region
     * and of weights rather than of a line.
     */
    public String statusText() {
        int n = run.completedEpochs();
        int k = run.totalUpdates();
        boolean multi = run.classes() > 2;
        switch (run.status()) {
            case CONVERGED:
                if (points.isEmpty()) {
                    return "There are no points to learn: place some on the canvas.";
                }
                return "Converged after " + n + (n == 1 ? " epoch, " : " epochs, ") + k
                        + (k == 1 ? " update" : " updates") + (multi
                        ? ": every point is in its own class's region." : ": every point is on its side of the line.");
            case NOT_SEPARABLE:
                return multi
                        ? "No weights found that put every point in its own class's region after " + n
                                + (n == 1 ? " epoch" : " epochs")
                                + " — these points may not be linearly separable into " + run.classes() + " classes."
                        : "No separating line found after " + n + (n == 1 ? " epoch" : " epochs")
                                + " — these points may not be linearly separable.";
            case CYCLES:
                return "The weights after epoch " + n + " equal those after epoch " + run.cycleStart()
                        + ": the rule repeats the same epochs forever, so it will never find "
                        + (multi ? "weights" : "a line") + " that separate" + (multi ? "" : "s") + " these points.";
            default:
                return "Epoch " + run.epoch() + ", point " + (run.cursor() + 1) + " of " + points.size() + " next; "
                        + k + (k == 1 ? " update" : " updates") + " so far.";
        }
    }
}
