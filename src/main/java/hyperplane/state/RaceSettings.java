package hyperplane.state;

import hyperplane.engine.Keyed;
import hyperplane.engine.Optimizer;
import hyperplane.engine.Surface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradient-descent view's two-variable race and its place in the link (keys gd2.*): whether the view shows
 * it, the surface, the valley's condition number κ, the β the racers share, the racers (an optimizer and a rate
 * each) and the start. The defaults are the zig-zag preset: the valley with κ = 50, β = 0.7, SGD and momentum at
 * η = 0.038 from (−9, 3).
 *
 * @param twoD      whether the view shows the race rather than the one-variable explorer
 * @param surface   the surface
 * @param condition κ, 1..{@link #MAX_CONDITION}
 * @param beta      β, 0..{@link Optimization#MAX_BETA}
 * @param racers    1..{@link #MAX_RACERS} racers
 * @param x0        the start's x, within ±{@link #MAX_START}
 * @param y0        the start's y, within ±{@link #MAX_START}
 */
public record RaceSettings(boolean twoD, Surface surface, double condition, double beta, List<Racer> racers,
                           double x0, double y0) {
    /** The link keys of the race. */
    public static final List<String> KEYS = List.of("gd2.mode", "gd2.surface", "gd2.k", "gd2.beta", "gd2.racers",
            "gd2.x0", "gd2.y0");
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
        return new RaceSettings(false, Surface.VALLEY, 50, 0.7, List.of(new Racer(Optimizer.SGD, 0.038),
                new Racer(Optimizer.MOMENTUM, 0.038)), -9, 3);
    }

    /** Every key with its value in the link, "" for a default. */
    public Map<String, String> encode() {
        RaceSettings d = defaults();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("gd2.mode", twoD ? "2d" : "");
        out.put("gd2.surface", surface == d.surface ? "" : surface.key());
        out.put("gd2.k", condition == d.condition ? "" : Decimals.text(condition));
        out.put("gd2.beta", beta == d.beta ? "" : Decimals.text(beta));
        out.put("gd2.racers", racers.equals(d.racers) ? "" : racerText(racers));
        out.put("gd2.x0", x0 == d.x0 ? "" : Decimals.text(x0));
        out.put("gd2.y0", y0 == d.y0 ? "" : Decimals.text(y0));
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
        String s = given.get("gd2.surface");
        if (s != null) {
            Surface found = Keyed.byKey(Surface.values(), s);
            if (found == null) {
                Ignored.note(notices, "gd2.surface", s, "not one of " + Keyed.keys(Surface.values()));
            } else {
                surface = found;
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
        double x0 = number(given, "gd2.x0", -MAX_START, MAX_START, d.x0, notices);
        double y0 = number(given, "gd2.y0", -MAX_START, MAX_START, d.y0, notices);
        return new RaceSettings(twoD, surface, condition, beta, racers, x0, y0);
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
        return new RaceSettings(value, surface, condition, beta, racers, x0, y0);
    }

    /** These settings with every field but the mode replaced. */
    public RaceSettings with(Surface s, double k, double b, List<Racer> r, double x, double y) {
        return new RaceSettings(twoD, s, k, b, r, x, y);
    }
}
