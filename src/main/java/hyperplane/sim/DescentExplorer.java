package hyperplane.sim;

import hyperplane.engine.BuiltInFunction;
import hyperplane.engine.Expression;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.Function1D;
import hyperplane.engine.GradientDescent;
import hyperplane.state.Decimals;

/**
 * The gradient-descent explorer's model: which function, the start x0, the learning rate ε, the stopping
 * threshold and the step cap, and the run they make ({@link GradientDescent}).
 *
 * <p>Every setter validates first and changes nothing when it throws, so a bad value leaves the last good run
 * in place; a change that is accepted starts the run afresh from x0. The function is a built-in one or a
 * typed {@link Expression}, whose derivative is computed symbolically.
 */
public final class DescentExplorer {
    /** The key of a typed function (built-in functions use their own keys). */
    public static final String CUSTOM = "custom";
    /** The default stopping threshold on |x′ − x|. */
    public static final double DEFAULT_THRESHOLD = 0.00001;
    /** The default step cap. */
    public static final int DEFAULT_CAP = 1000;
    /** The default learning rate. */
    public static final double DEFAULT_RATE = 0.1;
    /** The plotting range of a typed function (widened to show x0). */
    static final double CUSTOM_RANGE = 5;

    private Function1D function = BuiltInFunction.QUADRATIC;
    private String expressionText = "x^4 - 3x^2 + x";
    private double start = BuiltInFunction.QUADRATIC.suggestedStart();
    private double learningRate = DEFAULT_RATE;
    private double threshold = DEFAULT_THRESHOLD;
    private int cap = DEFAULT_CAP;
    private GradientDescent run;

    /** (x − 2)² from 4 with ε = 0.1, threshold 0.00001 and a cap of 1000 steps. */
    public DescentExplorer() {
        rebuild();
    }

    private void rebuild() {
        run = new GradientDescent(function, start, learningRate, threshold, cap);
    }

    /** Uses a built-in function and its suggested start. */
    public void selectBuiltIn(BuiltInFunction f) {
        if (f == null) {
            throw new IllegalArgumentException("function must not be null");
        }
        function = f;
        start = f.suggestedStart();
        rebuild();
    }

    /**
     * Uses the typed formula {@code text}; keeps the current start.
     *
     * @throws ExpressionException naming the problem and its position; nothing changes then
     */
    public void selectExpression(String text) throws ExpressionException {
        Expression e = Expression.parse(text == null ? "" : text.trim());
        function = e;
        expressionText = text.trim();
        rebuild();
    }

    /**
     * Sets x0.
     *
     * @throws IllegalArgumentException if x0 is not finite; nothing changes then
     */
    public void setStart(double x0) {
        if (!(x0 - x0 == 0)) {
            throw new IllegalArgumentException("the start x0 (" + x0 + ") must be a finite number");
        }
        start = x0;
        rebuild();
    }

    /**
     * Sets ε.
     *
     * @throws IllegalArgumentException unless 0 &lt; ε ≤ 1000; nothing changes then
     */
    public void setLearningRate(double rate) {
        if (!(rate > 0) || !(rate <= 1000)) {
            throw new IllegalArgumentException("the learning rate ε (" + rate + ") must be > 0 and at most 1000");
        }
        learningRate = rate;
        rebuild();
    }

    /**
     * Sets the stopping threshold (0 turns convergence off).
     *
     * @throws IllegalArgumentException unless 0 ≤ threshold ≤ 1000; nothing changes then
     */
    public void setThreshold(double value) {
        if (!(value >= 0) || !(value <= 1000)) {
            throw new IllegalArgumentException("the stopping threshold (" + value + ") must be between 0 and 1000");
        }
        threshold = value;
        rebuild();
    }

    /**
     * Sets the step cap.
     *
     * @throws IllegalArgumentException unless 1 ≤ cap ≤ {@value GradientDescent#MAX_STEP_CAP}; nothing changes
     */
    public void setCap(int value) {
        if (value < 1 || value > GradientDescent.MAX_STEP_CAP) {
            throw new IllegalArgumentException("the step cap (" + value + ") must be between 1 and "
                    + GradientDescent.MAX_STEP_CAP);
        }
        cap = value;
        rebuild();
    }

    /** (x − 2)² from x0 = 4 with the preset's ε, the default threshold and cap. */
    public void applyPreset(RegimePreset preset) {
        function = BuiltInFunction.QUADRATIC;
        start = RegimePreset.START;
        learningRate = preset.learningRate();
        threshold = DEFAULT_THRESHOLD;
        cap = DEFAULT_CAP;
        rebuild();
    }

    /** One step if the run is still going; returns whether it took one. */
    public boolean step() {
        if (run.isFinished()) {
            return false;
        }
        run.step();
        return true;
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
        return function instanceof BuiltInFunction ? ((BuiltInFunction) function).key() : CUSTOM;
    }

    /** The last typed formula that parsed (also while a built-in function is used). */
    public String expressionText() {
        return expressionText;
    }

    public double start() {
        return start;
    }

    public double learningRate() {
        return learningRate;
    }

    public double threshold() {
        return threshold;
    }

    public int cap() {
        return cap;
    }

    /** Left end of the x range to plot: the built-in range, or [−5, 5] for a typed formula, widened to show x0. */
    public double plotXMin() {
        double min = function instanceof BuiltInFunction ? ((BuiltInFunction) function).xMin() : -CUSTOM_RANGE;
        return Math.min(min, start - 0.5);
    }

    /** Right end of the x range to plot. */
    public double plotXMax() {
        double max = function instanceof BuiltInFunction ? ((BuiltInFunction) function).xMax() : CUSTOM_RANGE;
        return Math.max(max, start + 0.5);
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
