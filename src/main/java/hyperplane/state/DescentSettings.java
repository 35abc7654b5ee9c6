package hyperplane.state;

import hyperplane.engine.BuiltInFunction;
import hyperplane.engine.Expression;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.GradientDescent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradient-descent explorer's settings and their place in the link: the one gate every value passes, from a
 * field, a preset, a drag, a link or the saved state. The bounds are those the explorer can plot and run: a
 * start beyond ±{@value #MAX_START} would need a plot wider than the view can scale.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>gd.f</td><td>a built-in function's key, or custom</td><td>quadratic</td></tr>
 * <tr><td>gd.expr</td><td>the typed f(x), at most {@link Expression#MAX_LENGTH} characters; read as custom when
 *     gd.f is absent</td><td>x^4 - 3x^2 + x (written only for custom)</td></tr>
 * <tr><td>gd.x0</td><td>start, −{@value #MAX_START} … {@value #MAX_START}</td><td>the function's suggested start
 *     (4 for the quadratic)</td></tr>
 * <tr><td>gd.eta</td><td>ε, above 0 and at most {@value #MAX_RATE}</td><td>0.1</td></tr>
 * <tr><td>gd.tol</td><td>stop when a step is smaller, 0 … {@value #MAX_THRESHOLD} (0: never)</td>
 *     <td>0.00001</td></tr>
 * <tr><td>gd.cap</td><td>step cap, 1 … {@link GradientDescent#MAX_STEP_CAP}</td><td>1000</td></tr>
 * </table>
 *
 * @param function     a built-in function's key or {@link #CUSTOM}
 * @param expression   the last typed formula (it parses); used when function is custom
 * @param start        x0
 * @param learningRate ε
 * @param threshold    the stopping threshold on |x′ − x|
 * @param cap          the most steps taken
 */
public record DescentSettings(String function, String expression, double start, double learningRate,
                              double threshold, int cap) {
    /** The link keys of this view. */
    public static final List<String> KEYS = List.of("gd.f", "gd.expr", "gd.x0", "gd.eta", "gd.tol", "gd.cap");
    /** The function key of a typed formula. */
    public static final String CUSTOM = "custom";
    /** The formula offered before the user types one. */
    public static final String DEFAULT_EXPRESSION = "x^4 - 3x^2 + x";
    /** The largest |x0|. */
    public static final double MAX_START = 1000;
    /** The largest ε. */
    public static final double MAX_RATE = 1000;
    /** The largest stopping threshold. */
    public static final double MAX_THRESHOLD = 1000;
    /** The default stopping threshold. */
    public static final double DEFAULT_THRESHOLD = 0.00001;
    /** The default learning rate. */
    public static final double DEFAULT_RATE = 0.1;
    /** The default step cap. */
    public static final int DEFAULT_CAP = 1000;

    /**
     * Checks every field; the messages name the quantity as the view's fields do ("the start x0 (2000000.0) must
     * be …"), so the view shows them as they are.
     */
    public DescentSettings {
        if (function == null || (!function.equals(CUSTOM) && BuiltInFunction.byKey(function) == null)) {
            throw new IllegalArgumentException("the function (" + function + ") must be a built-in one or custom");
        }
        if (expression == null) {
            throw new IllegalArgumentException("the formula must be given");
        }
        try {
            Expression.parse(expression);
        } catch (ExpressionException e) {
            throw new IllegalArgumentException("the formula cannot be read: " + e.getMessage());
        }
        if (!(start >= -MAX_START && start <= MAX_START)) {
            throw new IllegalArgumentException("the start x0 (" + Decimals.text(start) + ") must be a number from "
                    + (int) -MAX_START + " to " + (int) MAX_START);
        }
        if (!(learningRate > 0) || !(learningRate <= MAX_RATE)) {
            throw new IllegalArgumentException("the learning rate ε (" + Decimals.text(learningRate)
                    + ") must be > 0 and at most " + (int) MAX_RATE);
        }
        if (!(threshold >= 0) || !(threshold <= MAX_THRESHOLD)) {
            throw new IllegalArgumentException("the stopping threshold (" + Decimals.text(threshold)
                    + ") must be between 0 and " + (int) MAX_THRESHOLD);
        }
        if (cap < 1 || cap > GradientDescent.MAX_STEP_CAP) {
            throw new IllegalArgumentException("the step cap (" + cap + ") must be between 1 and "
                    + GradientDescent.MAX_STEP_CAP);
        }
    }

    /** (x − 2)² from 4 with ε = 0.1, threshold 0.00001 and a cap of 1000 steps. */
    public static DescentSettings defaults() {
        return new DescentSettings(BuiltInFunction.QUADRATIC.key(), DEFAULT_EXPRESSION,
                BuiltInFunction.QUADRATIC.suggestedStart(), DEFAULT_RATE, DEFAULT_THRESHOLD, DEFAULT_CAP);
    }

    /** Whether the function is a typed formula. */
    public boolean custom() {
        return function.equals(CUSTOM);
    }

    /** A built-in function and its suggested start. */
    public DescentSettings withBuiltIn(BuiltInFunction f) {
        if (f == null) {
            throw new IllegalArgumentException("function (null) must be given");
        }
        return new DescentSettings(f.key(), expression, f.suggestedStart(), learningRate, threshold, cap);
    }

    /**
     * The typed formula {@code text} (trimmed), keeping the start.
     *
     * @throws ExpressionException naming the problem and its position, if it does not parse
     */
    public DescentSettings withExpression(String text) throws ExpressionException {
        String trimmed = text == null ? "" : text.trim();
        Expression.parse(trimmed);
        return new DescentSettings(CUSTOM, trimmed, start, learningRate, threshold, cap);
    }

    public DescentSettings withStart(double next) {
        return new DescentSettings(function, expression, next, learningRate, threshold, cap);
    }

    public DescentSettings withLearningRate(double next) {
        return new DescentSettings(function, expression, start, next, threshold, cap);
    }

    public DescentSettings withThreshold(double next) {
        return new DescentSettings(function, expression, start, learningRate, next, cap);
    }

    /**
     * The step cap {@code next}, a whole number (a double, as typed).
     *
     * @throws IllegalArgumentException unless it is a whole number from 1 to the largest cap
     */
    public DescentSettings withCap(double next) {
        if (!(next == Math.floor(next)) || !(next >= 1 && next <= GradientDescent.MAX_STEP_CAP)) {
            throw new IllegalArgumentException("the step cap (" + Decimals.text(next) + ") must be a whole number "
                    + "between 1 and " + GradientDescent.MAX_STEP_CAP);
        }
        return new DescentSettings(function, expression, start, learningRate, threshold, (int) next);
    }

    /** Every key with its value in the link, "" for a default. */
    public Map<String, String> encode() {
        DescentSettings d = defaults();
        double suggested = custom() ? d.start : BuiltInFunction.byKey(function).suggestedStart();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("gd.f", function.equals(d.function) ? "" : function);
        out.put("gd.expr", custom() ? expression : "");
        out.put("gd.x0", start == suggested ? "" : Decimals.text(start));
        out.put("gd.eta", learningRate == d.learningRate ? "" : Decimals.text(learningRate));
        out.put("gd.tol", threshold == d.threshold ? "" : Decimals.text(threshold));
        out.put("gd.cap", cap == d.cap ? "" : Integer.toString(cap));
        return out;
    }

    /**
     * Reads the gd.* keys of {@code given}; never throws: each value that does not pass the checks above keeps its
     * default, with a notice "ignored KEY=VALUE: reason". The function comes first (it sets the start), then the
     * numbers.
     */
    public static DescentSettings decode(Map<String, String> given, List<String> notices) {
        DescentSettings s = defaults();
        String f = given.get("gd.f");
        String text = given.get("gd.expr");
        if (f != null && !f.equals(CUSTOM)) {
            BuiltInFunction builtIn = BuiltInFunction.byKey(f);
            if (builtIn == null) {
                Ignored.note(notices, "gd.f", f, "no such function");
            } else {
                s = s.withBuiltIn(builtIn);
            }
        } else if (f != null && text == null) {
            Ignored.note(notices, "gd.f", f, "custom needs a formula in gd.expr");
        }
        if (text != null && (f == null || f.equals(CUSTOM))) {
            try {
                s = s.withExpression(text);
            } catch (ExpressionException e) {
                Ignored.note(notices, "gd.expr", text, e.getMessage());
            }
        }
        s = number(s, given, "gd.x0", notices, (d, v) -> d.withStart(v));
        s = number(s, given, "gd.eta", notices, (d, v) -> d.withLearningRate(v));
        s = number(s, given, "gd.tol", notices, (d, v) -> d.withThreshold(v));
        return number(s, given, "gd.cap", notices, (d, v) -> d.withCap(v));
    }

    private interface Change {
        DescentSettings apply(DescentSettings s, double value);
    }

    private static DescentSettings number(DescentSettings s, Map<String, String> given, String key,
            List<String> notices, Change change) {
        String v = given.get(key);
        if (v == null) {
            return s;
        }
        double value = Decimals.parse(v);
        if (value != value) {
            Ignored.note(notices, key, v, "not a number");
            return s;
        }
        try {
            return change.apply(s, value);
        } catch (IllegalArgumentException e) {
            Ignored.note(notices, key, v, e.getMessage());
            return s;
        }
    }
}
