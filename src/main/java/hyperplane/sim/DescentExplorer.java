package hyperplane.sim;

import hyperplane.engine.BuiltInFunction;
import hyperplane.engine.Expression;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.Function1D;
import hyperplane.engine.GradientDescent;
import hyperplane.state.Decimals;
import hyperplane.state.DescentSettings;

/**
 * The gradient-descent explorer's model: which function, the start x0, the learning rate ε, the stopping
 * threshold and the step cap, and the run they make ({@link GradientDescent}).
 *
 * <p>Its settings are a {@link DescentSettings} record, the one gate for every value: every setter goes
 * through it, validates first and changes nothing when it throws, so a bad value leaves the last good run in place;
 * a change that is accepted starts the run afresh from x0. The function is a built-in one or a
 * typed {@link Expression}, whose derivative is computed symbolically.
 */
public final class DescentExplorer {
    /** The key of a typed function (built-in functions use their own keys). */
    public static final String CUSTOM = DescentSettings.CUSTOM;
    /** The default stopping threshold on |x′ − x|. */
    public static final double DEFAULT_THRESHOLD = DescentSettings.DEFAULT_THRESHOLD;
    /** The default step cap. */
    public static final int DEFAULT_CAP = DescentSettings.DEFAULT_CAP;
    /** The default learning rate. */
    public static final double DEFAULT_RATE = DescentSettings.DEFAULT_RATE;
    /** The plotting range of a typed function (widened to show x0). */
    static final double CUSTOM_RANGE = 5;

    private DescentSettings settings;
    private Function1D function;
    private GradientDescent run;

    /** (x − 2)² from 4 with ε = 0.1, threshold 0.00001 and a cap of 1000 steps. */
    public DescentExplorer() {
        this(DescentSettings.defaults());
    }

    /** The explorer for {@code settings} (validated by their record). */
    public DescentExplorer(DescentSettings settings) {
        apply(settings);
    }

    /** Uses {@code next} as a whole and starts the run afresh. */
    public void apply(DescentSettings next) {
        if (next == null) {
            throw new IllegalArgumentException("settings (null) must be given");
        }
        Function1D f;
        if (next.custom()) {
            try {
                f = Expression.parse(next.expression());
            } catch (ExpressionException e) {
                // The record parsed it already; this cannot happen.
                throw new IllegalArgumentException(e.getMessage());
            }
        } else {
            f = BuiltInFunction.byKey(next.function());
        }
        settings = next;
        function = f;
        run = new GradientDescent(function, next.start(), next.learningRate(), next.threshold(), next.cap());
    }

    /** The settings in use. */
    public DescentSettings settings() {
        return settings;
    }

    /** Uses a built-in function and its suggested start. */
    public void selectBuiltIn(BuiltInFunction f) {
        apply(settings.withBuiltIn(f));
    }

    /**
     * Uses the typed formula {@code text}; keeps the current start.
     *
     * @throws ExpressionException naming the problem and its position; nothing changes then
     */
    public void selectExpression(String text) throws ExpressionException {
        apply(settings.withExpression(text));
    }

    /**
     * Sets x0.
     *
     * @throws IllegalArgumentException unless |x0| ≤ {@link DescentSettings#MAX_START}; nothing changes then
     */
    public void setStart(double x0) {
        apply(settings.withStart(x0));
    }

    /**
     * Sets ε.
     *
     * @throws IllegalArgumentException unless 0 &lt; ε ≤ 1000; nothing changes then
     */
    public void setLearningRate(double rate) {
        apply(settings.withLearningRate(rate));
    }

    /**
     * Sets the stopping threshold (0 turns convergence off).
     *
     * @throws IllegalArgumentException unless 0 ≤ threshold ≤ 1000; nothing changes then
     */
    public void setThreshold(double value) {
        apply(settings.withThreshold(value));
    }

    /**
     * Sets the step cap.
     *
     * @throws IllegalArgumentException unless 1 ≤ cap ≤ {@value GradientDescent#MAX_STEP_CAP}; nothing changes
     */
    public void setCap(double value) {
        apply(settings.withCap(value));
    }

    /** (x − 2)² from x0 = 4 with the preset's ε, the default threshold and cap. */
    public void applyPreset(RegimePreset preset) {
        apply(new DescentSettings(BuiltInFunction.QUADRATIC.key(), settings.expression(), RegimePreset.START,
                preset.learningRate(), DEFAULT_THRESHOLD, DEFAULT_CAP));
    }

    /** One step if the run is still going; returns whether it took one. */
    public boolean step() {
        if (run.isFinished()) {
            return false;
        }
        run.step();
        return true;
    }

    /**
     * The steps one animation frame takes while the run plays: slow at first so each step can be followed (for the
     * first 30 steps one step every 4th frame, or every frame when the user prefers reduced motion), then one a
     * frame up to step 200, then 5 a frame so that long runs end in seconds.
     *
     * @param frame the number of frames played so far, counting this one
     */
    public static int stepsPerFrame(int stepsSoFar, int frame, boolean reducedMotion) {
        if (stepsSoFar < 30) {
            return frame % (reducedMotion ? 1 : 4) == 0 ? 1 : 0;
        }
        return stepsSoFar < 200 ? 1 : 5;
    }

    /** Plays one animation frame ({@link #stepsPerFrame}); returns the steps it asked for (0 when it waits). */
    public int play(int frame, boolean reducedMotion) {
        int steps = stepsPerFrame(run.steps(), frame, reducedMotion);
        for (int i = 0; i < steps; i++) {
            step();
        }
        return steps;
    }

    /**
     * Takes every remaining step at once, until the run converges, diverges or reaches its cap (at most
     * {@link hyperplane.engine.GradientDescent#MAX_STEP_CAP} steps); returns how many it took.
     */
    public int toEnd() {
        int taken = 0;
        while (step()) {
            taken++;
        }
        return taken;
    }

    /** The derivative f′ of a typed formula as text; empty for a built-in function. */
    public String derivativeText() {
        return function instanceof Expression ? ((Expression) function).derivativeExpression().toString() : "";
    }

    /** Back to x0, keeping every setting. */
    public void reset() {
        run.reset();
    }

    /** The current run (read it; change it only through this class). */
    public GradientDescent run() {
        return run;
    }

    /** The function descended. */
    public Function1D function() {
        return function;
    }

    /** "custom" for a typed formula, else the built-in function's key. */
    public String functionKey() {
        return settings.function();
    }

    /** The last typed formula that parsed (also while a built-in function is used). */
    public String expressionText() {
        return settings.expression();
    }

    public double start() {
        return settings.start();
    }

    public double learningRate() {
        return settings.learningRate();
    }

    public double threshold() {
        return settings.threshold();
    }

    public int cap() {
        return settings.cap();
    }

    /** Left end of the x range to plot: the built-in range, or [−5, 5] for a typed formula, widened to show x0. */
    public double plotXMin() {
        double min = function instanceof BuiltInFunction ? ((BuiltInFunction) function).xMin() : -CUSTOM_RANGE;
        return Math.min(min, settings.start() - 0.5);
    }

    /** Right end of the x range to plot. */
    public double plotXMax() {
        double max = function instanceof BuiltInFunction ? ((BuiltInFunction) function).xMax() : CUSTOM_RANGE;
        return Math.max(max, settings.start() + 0.5);
    }

    /**
     * Reads a number typed into a field called {@code name}.
     *
     * @throws IllegalArgumentException "name: "text" is not a number" for empty or malformed text
     */
    public static double parseNumber(String name, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty: type a number");
        }
        // Plain decimal notation only (no hex, "NaN", "Infinity" or suffixes such as "1d"), as in links.
        double value = Decimals.parse(t);
        if (value != value) {
            throw new IllegalArgumentException(name + ": \"" + t + "\" is not a number");
        }
        return value;
    }
}
