package hyperplane.view;

import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import hyperplane.state.Decimals;
import hyperplane.state.PerceptronSettings;

/**
 * The Perceptron view's decisions, apart from the DOM so that the JVM tests them: which typed values are taken
 * (a refused one is named with its range and the value that stays), which changes restart the run, how long the
 * line takes to move, and what a screen reader hears after a step or a reset.
 */
public final class PerceptronChoices {
    /** How long the line takes to move to new weights (ms), when paused; while playing, less (see {@link #moveMs}). */
    static final double MOVE_MS = 300;
    /**
     * At play speed "max", how long a frame runs epochs (ms; see PerceptronSession#stepEpochsFor): most of a
     * 60 Hz frame, leaving room for the drawing.
     */
    public static final double MAX_SPEED_FRAME_MS = 8;

    private PerceptronChoices() {
    }

    /**
     * The settings with the learning rate typed into its field.
     *
     * @throws IllegalArgumentException naming the range and the rate that stays, if {@code value} is outside it
     *     (or NaN, an empty field)
     */
    public static PerceptronSettings typedRate(PerceptronSettings settings, double value) {
        if (!(value >= PerceptronSettings.MIN_RATE && value <= PerceptronSettings.MAX_RATE)) {
            throw new IllegalArgumentException("The learning rate η must be a number from "
                    + Decimals.text(PerceptronSettings.MIN_RATE) + " to " + Decimals.text(PerceptronSettings.MAX_RATE)
                    + "; it stays " + PerceptronReadout.number(settings.learningRate()) + ".");
        }
        return settings.withLearningRate(value);
    }

    /**
     * The settings with the seed typed into its field.
     *
     * @throws IllegalArgumentException if {@code value} is not a whole number from 0 to 2147483647 (or NaN)
     */
    public static PerceptronSettings typedSeed(PerceptronSettings settings, double value) {
        if (!(value >= 0 && value <= Integer.MAX_VALUE && value == Math.floor(value))) {
            throw new IllegalArgumentException("The seed must be a whole number from 0 to 2147483647; it stays "
                    + settings.seed() + ".");
        }
        return settings.withSeed((int) value);
    }

    /**
     * The settings with the epoch cap typed into its field.
     *
     * @throws IllegalArgumentException if {@code value} is not a whole number from 1 to MAX_CAP (or NaN)
     */
    public static PerceptronSettings typedCap(PerceptronSettings settings, double value) {
        if (!(value >= 1 && value <= PerceptronSettings.MAX_CAP && value == Math.floor(value))) {
            throw new IllegalArgumentException("The epoch cap must be a whole number from 1 to "
                    + PerceptronSettings.MAX_CAP + "; it stays " + settings.maxEpochs() + ".");
        }
        return settings.withMaxEpochs((int) value);
    }

    /**
     * The settings with {@code k} classes chosen in the classes control.
     *
     * @throws IllegalArgumentException naming the class count that stays, if the user's own points (shown, with
     *     p.data=mine) include a class k or higher: they would be lost
     */
    public static PerceptronSettings chosenClasses(PerceptronSettings settings, int k) {
        if (!(k >= 2 && k <= PerceptronSettings.MAX_CLASSES)) {
            throw new IllegalArgumentException("The number of classes must be from 2 to "
                    + PerceptronSettings.MAX_CLASSES + "; it stays " + settings.classes() + ".");
        }
        int above = PerceptronSettings.firstPointOfClassAtLeast(settings.points(), k);
        if (settings.data() == PerceptronSettings.Data.MINE && above >= 0) {
            int c = (int) settings.points().label(above);
            throw new IllegalArgumentException("Your points include class " + c + " (" + PerceptronPalette.name(c)
                    + "), which " + k + " classes do not have; erase those points first. It stays "
                    + settings.classes() + " classes.");
        }
        return settings.withClasses(k);
    }

    /**
     * Whether the classes control is on: only for the random points and the user's own; the seven points and XOR are
     * two-class sets (choosing one sets 2 classes).
     */
    public static boolean classesUsed(PerceptronSettings settings) {
        return !PerceptronSettings.twoClassOnly(settings.data());
    }

    /** Whether going from {@code current} to {@code next} restarts the run: any change but the play speed. */
    public static boolean restarts(PerceptronSettings current, PerceptronSettings next) {
        return !next.withSpeed(current.speed()).equals(current);
    }

    /** The init select's value for {@code settings}. */
    public static String initKey(PerceptronSettings settings) {
        return settings.randomStart() ? "random" : "zeros";
    }

    /** Whether the seed matters (random starting weights, or generated separable points); else its field is off. */
    public static boolean seedUsed(PerceptronSettings settings) {
        return settings.seedUsed();
    }

    /** How long the line moves: {@link #MOVE_MS}, but while playing within 60 % of the time between steps. */
    public static double moveMs(boolean playing, double intervalMs) {
        return playing ? Math.min(MOVE_MS, 0.6 * intervalMs) : MOVE_MS;
    }

    /** Said when a step or Play finds the run over. */
    public static String over(PerceptronSession session) {
        return session.statusText() + " Press Reset to run again.";
    }

    /** Said after a step taken by hand: what the step did, and how the run ended if it did. */
    public static String stepped(PerceptronStep step, PerceptronSession session) {
        return PerceptronReadout.describe(step) + (session.finished() ? " " + session.statusText() : "");
    }

    /** Said after Reset (with K ≥ 3 classes, K rows of three weights, not read out one by one). */
    public static String reset(double[] weights) {
        if (weights.length > 3) {
            return "Back to the starting weights of all " + weights.length / 3 + " classes, epoch 1, first point.";
        }
        return "Back to the starting weights " + PerceptronReadout.vector(weights) + ", epoch 1, first point.";
    }
}
