package hyperplane.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The gradient-descent explorer's ready-made functions, each with its derivative written out by hand,
 * a key for URLs, a suggested start and a plotting range.
 *
 * <p>A final class rather than an enum because {@code Enum.name()} is final and would clash with
 * {@link Function1D#name()}. Values are computed with plain products (no {@code Math.pow}) so that the
 * worked examples of DESIGN.md §4 come out to the last digit. Every function is defined on all reals;
 * a NaN x gives NaN, and very large |x| may give ±∞ (which {@link GradientDescent} reports as divergence).
 */
public final class BuiltInFunction implements Function1D {
    private static final int QUADRATIC_ID = 0;
    private static final int QUARTIC_ID = 1;
    private static final int DOUBLE_WELL_ID = 2;
    private static final int SADDLE_ID = 3;
    private static final int PLATEAU_ID = 4;
    private static final int ABSOLUTE_ID = 5;
    private static final int WAVY_ID = 6;

    /** f(x) = (x − 2)², f′(x) = 2(x − 2): one minimum at 2; the textbook bowl. */
    public static final BuiltInFunction QUADRATIC =
            new BuiltInFunction(QUADRATIC_ID, "quadratic", "(x − 2)²", 4, -1, 5);
    /**
     * f(x) = x⁴ − 3x³, f′(x) = 4x³ − 9x² = x²(4x − 9): minimum at 9/4 (f = −8.54296875) and a flat
     * inflection point at 0 where f′ = f″ = 0.
     */
    public static final BuiltInFunction QUARTIC =
            new BuiltInFunction(QUARTIC_ID, "quartic", "x⁴ − 3x³", 6, -1.5, 6.5);
    /**
     * f(x) = x⁴ − 3x² + x, f′(x) = 4x³ − 6x + 1: two minima (near −1.30 and 1.13, the left one lower)
     * separated by a maximum near 0.17; where descent ends depends on the start.
     */
    public static final BuiltInFunction DOUBLE_WELL =
            new BuiltInFunction(DOUBLE_WELL_ID, "double-well", "x⁴ − 3x² + x", 2, -2.2, 2.2);
    /** f(x) = x³, f′(x) = 3x²: a stationary point at 0 that is no minimum; descent crawls towards it. */
    public static final BuiltInFunction SADDLE =
            new BuiltInFunction(SADDLE_ID, "saddle", "x³", 1, -1.5, 1.5);
    /**
     * f(x) = 1 − e^(−x²), f′(x) = 2x e^(−x²): a minimum at 0 between two plateaus where the gradient
     * all but vanishes, so descent started far out barely moves.
     */
    public static final BuiltInFunction PLATEAU =
            new BuiltInFunction(PLATEAU_ID, "plateau", "1 − e^(−x²)", 2.5, -4, 4);
    /**
     * f(x) = |x|, f′(x) = sign(x) (0 at 0): the gradient never shrinks near the minimum, so a fixed learning
     * rate ends up hopping around 0.
     */
    public static final BuiltInFunction ABSOLUTE =
            new BuiltInFunction(ABSOLUTE_ID, "abs", "|x|", 1.05, -2, 2);
    /**
     * f(x) = x²/10 − cos(3x), f′(x) = x/5 + 3 sin(3x): a bowl covered in ripples, many local minima; the
     * global one is at 0.
     */
    public static final BuiltInFunction WAVY =
            new BuiltInFunction(WAVY_ID, "wavy", "x²/10 − cos(3x)", 3, -5, 5);

    private static final List<BuiltInFunction> ALL = Collections.unmodifiableList(Arrays.asList(
            QUADRATIC, QUARTIC, DOUBLE_WELL, SADDLE, PLATEAU, ABSOLUTE, WAVY));

    private final int id;
    private final String key;
    private final String name;
    private final double suggestedStart;
    private final double xMin;
    private final double xMax;

    private BuiltInFunction(int id, String key, String name, double suggestedStart, double xMin, double xMax) {
        this.id = id;
        this.key = key;
        this.name = name;
        this.suggestedStart = suggestedStart;
        this.xMin = xMin;
        this.xMax = xMax;
    }

    /** All built-in functions in display order. */
    public static List<BuiltInFunction> all() {
        return ALL;
    }

    /** The function whose {@link #key()} is {@code key}, or null if there is none (also for null). */
    public static BuiltInFunction byKey(String key) {
        for (BuiltInFunction f : ALL) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public double value(double x) {
        switch (id) {
            case QUADRATIC_ID: {
                double d = x - 2;
                return d * d;
            }
            case QUARTIC_ID: {
                double x3 = x * x * x;
                return x3 * x - 3 * x3;
            }
            case DOUBLE_WELL_ID: {
                double x2 = x * x;
                return x2 * x2 - 3 * x2 + x;
            }
            case SADDLE_ID:
                return x * x * x;
            case PLATEAU_ID:
                return 1 - Math.exp(-x * x);
            case ABSOLUTE_ID:
                return Math.abs(x);
            default:
                return x * x / 10 - Math.cos(3 * x);
        }
    }

    @Override
    public double derivative(double x) {
        switch (id) {
            case QUADRATIC_ID:
                return 2 * (x - 2);
            case QUARTIC_ID: {
                double x2 = x * x;
                return 4 * x2 * x - 9 * x2;
            }
            case DOUBLE_WELL_ID:
                return 4 * x * x * x - 6 * x + 1;
            case SADDLE_ID:
                return 3 * x * x;
            case PLATEAU_ID:
                return 2 * x * Math.exp(-x * x);
            case ABSOLUTE_ID:
                return Math.signum(x);
            default:
                return x / 5 + 3 * Math.sin(3 * x);
        }
    }

    /** The display name, e.g. "(x − 2)²". */
    @Override
    public String name() {
        return name;
    }

    /** The lower-case key used in URLs, e.g. "quadratic". */
    public String key() {
        return key;
    }

    /** A start x0 that shows the function's lesson. */
    public double suggestedStart() {
        return suggestedStart;
    }

    /** Left end of a plotting range that shows the interesting part. */
    public double xMin() {
        return xMin;
    }

    /** Right end of the plotting range. */
    public double xMax() {
        return xMax;
    }

    @Override
    public String toString() {
        return key;
    }
}
