package hyperplane.state;

import hyperplane.engine.Expression2D;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.Keyed;
import hyperplane.engine.Optimizer;
import hyperplane.engine.Surface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradient-descent view's two-variable race and its place in the link (keys gd2.*): whether the view shows
 * it, the surface (a built-in one, or a typed f(x, y) when {@code expression} is not empty), the valley's
 * condition number κ, the β the racers share, the racers (an optimizer and a rate
 * each) and the start. The defaults are the zig-zag preset: the valley with κ = 50, β = 0.7, SGD and momentum at
 * η = 0.038 from (−9, 3).
 *
 * @param twoD      whether the view shows the race rather than the one-variable explorer
 * @param surface   the built-in surface, shown when {@code expression} is empty
 * @param expression "" for a built-in surface, or the typed f(x, y) (it parses, see {@link Expression2D})
 * @param condition κ, 1..{@link #MAX_CONDITION}
 * @param beta      β, 0..{@link Optimization#MAX_BETA}
 * @param racers    1..{@link #MAX_RACERS} racers
 * @param x0        the start's x, within ±{@link #MAX_START}
 * @param y0        the start's y, within ±{@link #MAX_START}
 */
public record RaceSettings(boolean twoD, Surface surface, String expression, double condition, double beta, List<Racer> racers,
                           double x0, double y0) {
    /** The link keys of the race. */
    public static final List<String> KEYS = List.of("gd2.mode", "gd2.surface", "gd2.expr", "gd2.k", "gd2.beta", "gd2.racers",
            "gd2.x0", "gd2.y0");
    /** The gd2.surface value of a typed f(x, y). */
    public static final String CUSTOM = "custom";
    /** The formula offered before the user types one. */
    public static final String DEFAULT_EXPRESSION = "x^2 + 10y^2";
    public static final double MAX_CONDITION = 1000;
    public static final int MAX_RACERS = 4;
    public static final double MAX_START = 1000;
    public static final double MAX_RATE = 10;
    /** The rates the racers' selects offer (a link may ask for another within range; the select then adds it). */
    public static final List<Double> RATES = List.of(0.001, 0.002, 0.005, 0.01, 0.02, 0.038, 0.041, 0.05, 0.1, 0.2,
            0.5);

    /** One racer: its rule and its learning rate, 0 &lt; η ≤ {@link #MAX_RATE}. */
    public record Racer(Optimizer optimizer, double rate) {
        /** @throws IllegalArgumentException for a null rule or a rate out of range */
        public Racer {
            if (optimizer == null || !(rate > 0 && rate <= MAX_RATE)) {
                throw new IllegalArgumentException("a racer needs an optimizer and a rate in (0, " + MAX_RATE + "]");
            }
        }
    }

    /** @throws IllegalArgumentException naming the first value out of range */
    public RaceSettings {
        if (expression == null) {
            throw new IllegalArgumentException("the formula must be given (\"\" for a built-in surface)");
        }
        if (!expression.isEmpty()) {
            try {
                Expression2D.parse(expression);
            } catch (ExpressionException e) {
                throw new IllegalArgumentException("the formula cannot be read: " + e.getMessage());
            }
        }
        if (surface == null || racers == null || racers.isEmpty() || racers.size() > MAX_RACERS) {
            throw new IllegalArgumentException("a surface and 1 to " + MAX_RACERS + " racers must be given");
        }
        if (!(condition >= 1 && condition <= MAX_CONDITION)) {
            throw new IllegalArgumentException("κ (" + condition + ") must be in [1, " + MAX_CONDITION + "]");
        }
        if (!(beta >= 0 && beta <= Optimization.MAX_BETA)) {
            throw new IllegalArgumentException("β (" + beta + ") must be in [0, " + Optimization.MAX_BETA + "]");
        }
        if (!(Math.abs(x0) <= MAX_START && Math.abs(y0) <= MAX_START)) {
            throw new IllegalArgumentException("the start must be within ±" + MAX_START);
        }
        racers = List.copyOf(racers);
    }

    /** The zig-zag race, not shown. */
    public static RaceSettings defaults() {
        return new RaceSettings(false, Surface.VALLEY, "", 50, 0.7, List.of(new Racer(Optimizer.SGD, 0.038),
                new Racer(Optimizer.MOMENTUM, 0.038)), -9, 3);
    }

    /** Every key with its value in the link, "" for a default. */
    public Map<String, String> encode() {
        RaceSettings d = defaults();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("gd2.mode", twoD ? "2d" : "");
        out.put("gd2.surface", custom() ? CUSTOM : surface == d.surface ? "" : surface.key());
        out.put("gd2.expr", expression);
        out.put("gd2.k", condition == d.condition ? "" : Decimals.text(condition));
        out.put("gd2.beta", beta == d.beta ? "" : Decimals.text(beta));
        out.put("gd2.racers", racers.equals(d.racers) ? "" : racerText(racers));
        double[] own = ownStart(surface, !expression.isEmpty());
        out.put("gd2.x0", x0 == own[0] ? "" : Decimals.text(x0));
        out.put("gd2.y0", y0 == own[1] ? "" : Decimals.text(y0));
        return out;
    }

    private static String racerText(List<Racer> racers) {
        StringBuilder sb = new StringBuilder();
        for (Racer r : racers) {
            sb.append(sb.length() == 0 ? "" : ",").append(r.optimizer().key()).append(':')
                    .append(Decimals.text(r.rate()));
        }
        return sb.toString();
    }

    /** Reads the gd2.* keys of {@code given}; never throws: an unusable value keeps its default with a notice. */
    public static RaceSettings decode(Map<String, String> given, List<String> notices) {
        RaceSettings d = defaults();
        boolean twoD = d.twoD;
        String mode = given.get("gd2.mode");
        if (mode != null) {
            if (mode.equals("2d") || mode.equals("1d")) {
                twoD = mode.equals("2d");
            } else {
                Ignored.note(notices, "gd2.mode", mode, "not 1d or 2d");
            }
        }
        Surface surface = d.surface;
        String expression = d.expression;
        String s = given.get("gd2.surface");
        String typed = given.get("gd2.expr");
        if (s != null && !s.equals(CUSTOM)) {
            Surface found = Keyed.byKey(Surface.values(), s);
            if (found == null) {
                Ignored.note(notices, "gd2.surface", s, "not one of " + Keyed.keys(Surface.values()) + " or custom");
            } else {
                surface = found;
            }
        } else if (s != null && typed == null) {
            Ignored.note(notices, "gd2.surface", s, "custom needs a formula in gd2.expr");
        }
        if (typed != null && (s == null || s.equals(CUSTOM))) {
            try {
                Expression2D.parse(typed);
                expression = typed;
            } catch (ExpressionException e) {
                Ignored.note(notices, "gd2.expr", typed, e.getMessage());
            }
        }
        double condition = number(given, "gd2.k", 1, MAX_CONDITION, d.condition, notices);
        double beta = number(given, "gd2.beta", 0, Optimization.MAX_BETA, d.beta, notices);
        List<Racer> racers = d.racers;
        String r = given.get("gd2.racers");
        if (r != null) {
            racers = readRacers(r);
            if (racers == null) {
                Ignored.note(notices, "gd2.racers", r, "not 1 to " + MAX_RACERS + " of optimizer:rate, e.g. "
                        + "sgd:0.01,adam:0.05");
                racers = d.racers;
            }
        }
        double[] own = ownStart(surface, !expression.isEmpty());
        double x0 = number(given, "gd2.x0", -MAX_START, MAX_START, own[0], notices);
        double y0 = number(given, "gd2.y0", -MAX_START, MAX_START, own[1], notices);
        return new RaceSettings(twoD, surface, expression, condition, beta, racers, x0, y0);
    }

    /**
     * Where a race begins when the link names no start: the surface's own start (the one its lesson shows), or
     * (−4, 3) for a typed f(x, y), which is drawn on [−5, 5] × [−5, 5]. A link leaves out a start equal to it.
     */
    public static double[] ownStart(Surface surface, boolean typed) {
        return typed ? typedStart() : surface.start();
    }

    /** The start of a typed f(x, y): (−4, 3), inside the [−5, 5] × [−5, 5] it is drawn on. */
    public static double[] typedStart() {
        return new double[] {-4, 3};
    }

    /** Whether the surface is a typed f(x, y). */
    public boolean custom() {
        return !expression.isEmpty();
    }

    /** The racers of "sgd:0.01,adam:0.05", or null if the text is not that. */
    private static List<Racer> readRacers(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_RACERS) {
            return null;
        }
        List<Racer> out = new ArrayList<>();
        for (String part : parts) {
            int colon = part.indexOf(':');
            Optimizer o = colon < 0 ? null : Keyed.byKey(Optimizer.values(), part.substring(0, colon));
            String rate = colon < 0 ? "" : part.substring(colon + 1);
            if (o == null || !Decimals.isDecimal(rate)) {
                return null;
            }
            double value = Decimals.parse(rate);
            if (!(value > 0 && value <= MAX_RATE)) {
                return null;
            }
            out.add(new Racer(o, value));
        }
        return out;
    }

    private static double number(Map<String, String> given, String key, double min, double max, double fallback,
            List<String> notices) {
        String v = given.get(key);
        if (v == null) {
            return fallback;
        }
        if (!Decimals.isDecimal(v)) {
            Ignored.note(notices, key, v, "not a number");
            return fallback;
        }
        double x = Decimals.parse(v);
        if (!(x >= min && x <= max)) {
            Ignored.note(notices, key, v, "must be in " + Decimals.text(min) + ".." + Decimals.text(max));
            return fallback;
        }
        return x;
    }

    public RaceSettings withTwoD(boolean value) {
        return new RaceSettings(value, surface, expression, condition, beta, racers, x0, y0);
    }

    /**
     * These settings with every field but the mode replaced: {@code e} is "" for the built-in surface {@code s}, or a
     * typed f(x, y).
     *
     * @throws IllegalArgumentException as the constructor, e.g. for a formula that does not parse
     */
    public RaceSettings with(Surface s, String e, double k, double b, List<Racer> r, double x, double y) {
        return new RaceSettings(twoD, s, e, k, b, r, x, y);
    }
}
