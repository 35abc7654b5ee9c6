package hyperplane.state;

import hyperplane.state.KeyTable.Draft;
import hyperplane.state.KeyTable.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison of up to {@link #MAX_RUNS} playground runs from the same start: run A is the playground's own
 * configuration, and each further run (B, C, D) is A with some of its model and training settings changed, its
 * {@link #runs() overrides}. Data, points, seed and classes are never overridden: the same points and the same seed
 * are what give every run the same initial weights and shuffle order. No overrides at all is a single run.
 *
 * <p>In a link each further run is one key, {@code b}, {@code c}, {@code d} in order, whose value is a
 * {@code ;}-separated list of {@code key:value} pairs of the playground's own keys ({@link #KEYS}), read by the very
 * rows of {@link KeyTable} that read {@code key=value}, so a run's value passes the same checks as a typed or linked
 * one: {@code b=loss:mse} (A with squared error), {@code b=lr:0.3&c=lr:0.003}. Only keys whose value differs from
 * A's are written; an empty value is a run identical to A (allowed: it shows that training is deterministic).
 *
 * <p>Immutable; every override map is one that {@link #config} can apply to the A it was made for.
 *
 * @param runs the overrides of runs B, C, D (0 to 3 maps, key → value as the link writes it, in table order)
 */
public record CompareSettings(List<Map<String, String>> runs) {
    /** The most runs, A included. */
    public static final int MAX_RUNS = 4;
    /** The runs' letters, A first; also their link keys (lower case) from B on. */
    public static final String LETTERS = "ABCD";
    /** No comparison: the single run. */
    public static final CompareSettings NONE = new CompareSettings(List.of());
    /**
     * The keys a further run may change: the model, its training, and starting weights of its own ({@code w}: a
     * weight edited by hand, an update applied or a model loaded while the run was chosen; without them a run of A's
     * shape starts from A's). Everything else (the data, the points, the seed, the display, the speed of Play) is
     * A's, shared by every run.
     */
    public static final List<String> KEYS = List.of("features", "hidden", "act", "out", "loss", "lr", "batch", "reg",
            "regRate", "init", "w", "opt", "beta", "beta2", "eps", "sched", "decay", "every");

    /** Copies the maps, and checks there are at most three, each of {@link #KEYS} only. */
    public CompareSettings {
        if (runs == null || runs.size() > MAX_RUNS - 1) {
            throw new IllegalArgumentException("runs (" + (runs == null ? "null" : runs.size())
                    + ") must hold the overrides of at most " + (MAX_RUNS - 1) + " further runs");
        }
        List<Map<String, String>> copy = new ArrayList<>();
        for (Map<String, String> run : runs) {
            for (String key : run.keySet()) {
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException("a run cannot change " + key + ": only " + KEYS);
                }
            }
            copy.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(run)));
        }
        runs = List.copyOf(copy);
    }

    /** The number of runs, A included (1 for no comparison). */
    public int count() {
        return runs.size() + 1;
    }

    /** Whether there is more than one run. */
    public boolean active() {
        return !runs.isEmpty();
    }

    /**
     * Run {@code run}'s configuration (0 is A): {@code a} with the run's overrides. A run of A's shape and
     * initialisation starts from A's starting weights when A has some (a loaded model, an edit).
     *
     * @throws IllegalArgumentException if run is out of range, or the overrides do not fit {@code a} (after A's data
     *     changed, say); the message names the run and the reason
     */
    public PlaygroundConfig config(int run, PlaygroundConfig a) {
        if (run < 0 || run >= count()) {
            throw new IllegalArgumentException("run (" + run + ") must be in [0, " + count() + ")");
        }
        if (run == 0) {
            return a;
        }
        String why = check(runs.get(run - 1), a);
        if (why != null) {
            throw new IllegalArgumentException("run " + LETTERS.charAt(run) + ": " + why);
        }
        return build(runs.get(run - 1), a);
    }

    /** Null if {@code overrides} apply to {@code a}, else the reason they do not. */
    static String check(Map<String, String> overrides, PlaygroundConfig a) {
        Draft d = new Draft(a);
        for (Row row : KeyTable.ROWS) {
            String value = overrides.get(row.key);
            if (value == null) {
                continue;
            }
            String why = row.reader.read(value, d);
            if (why != null) {
                return row.key + ":" + KeyTable.shorten(value) + ": " + why;
            }
        }
        try {
            d.b.build();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static PlaygroundConfig build(Map<String, String> overrides, PlaygroundConfig a) {
        Draft d = new Draft(a);
        for (Row row : KeyTable.ROWS) {
            String value = overrides.get(row.key);
            if (value != null) {
                row.reader.read(value, d);
            }
        }
        PlaygroundConfig run = d.b.build();
        boolean sameStart = a.hasWeights() && !run.hasWeights() && Arrays.equals(run.layerSizes(), a.layerSizes())
                && run.initialization() == a.initialization();
        return sameStart ? run.withWeights(a.weights()) : run;
    }

    /**
     * The overrides that make {@code run} of {@code a}: the values of {@link #KEYS} that differ, as the link writes
     * them, in table order. {@code run}'s data and other shared settings are not looked at.
     */
    public static Map<String, String> overrides(PlaygroundConfig a, PlaygroundConfig run) {
        AppState sa = AppState.defaults().withPlayground(a);
        AppState sr = AppState.defaults().withPlayground(run);
        Map<String, String> out = new LinkedHashMap<>();
        for (Row row : KeyTable.ROWS) {
            if (!KEYS.contains(row.key)) {
                continue;
            }
            String mine = row.writer.write(sr);
            if (mine != null && !mine.equals(row.writer.write(sa))) {
                out.put(row.key, mine);
            }
        }
        return out;
    }

    /** The value of {@code key} (one of {@link #KEYS}) in {@code config}, as the link writes it. */
    public static String value(String key, PlaygroundConfig config) {
        Row row = HashCodec.rowOf(key);
        if (row == null || !KEYS.contains(key)) {
            throw new IllegalArgumentException("key (" + key + ") must be one of " + KEYS);
        }
        String value = row.writer.write(AppState.defaults().withPlayground(config));
        return value == null ? "" : value;
    }

    /** These runs with run {@code run}'s (1 … 3) overrides replaced. */
    public CompareSettings withRun(int run, Map<String, String> overrides) {
        List<Map<String, String>> next = new ArrayList<>(runs);
        next.set(run - 1, overrides);
        return new CompareSettings(next);
    }

    /** These runs and one more with {@code overrides} (at most {@link #MAX_RUNS} in all). */
    public CompareSettings plus(Map<String, String> overrides) {
        List<Map<String, String>> next = new ArrayList<>(runs);
        next.add(overrides);
        return new CompareSettings(next);
    }

    /** The link value of run {@code run} (1 … 3): {@code key:value;key:value}, values percent-encoded. */
    public String encode(int run) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : runs.get(run - 1).entrySet()) {
            sb.append(sb.length() == 0 ? "" : ";").append(e.getKey()).append(':')
                    .append(PercentCodec.encode(e.getValue()));
        }
        return sb.toString();
    }

    /** The link key of run {@code run} (1 … 3): b, c or d. */
    public static String key(int run) {
        return String.valueOf(Character.toLowerCase(LETTERS.charAt(run)));
    }

    /**
     * The comparison a link's {@code b}, {@code c}, {@code d} values describe for run A {@code a} (absent keys are
     * null; c without b is read as the next run all the same). Never throws: if any run's value is malformed, names
     * a key a run cannot change, or does not fit {@code a}, the whole comparison is dropped with one notice naming
     * what was wrong, and the page shows the single run.
     */
    public static CompareSettings decode(String[] values, PlaygroundConfig a, List<String> notices) {
        List<Map<String, String>> runs = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            String letter = key(i + 1);
            Map<String, String> run = new LinkedHashMap<>();
            String why = parse(values[i], run);
            if (why == null) {
                why = check(run, a);
            }
            if (why != null) {
                notices.add("ignored the comparison (" + letter + "=" + KeyTable.shorten(values[i]) + "): " + why
                        + "; showing a single run");
                return NONE;
            }
            runs.add(overrides(a, build(run, a)));
        }
        return new CompareSettings(runs);
    }

    /** Reads {@code key:value;…} into {@code out}; null when it is well formed, else the reason. */
    private static String parse(String value, Map<String, String> out) {
        if (value.isEmpty()) {
            return null;
        }
        for (String pair : value.split(";", -1)) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return "\"" + KeyTable.shorten(pair) + "\" is not a key:value pair";
            }
            String key = pair.substring(0, colon);
            if (!KEYS.contains(key)) {
                return "a run cannot change " + KeyTable.shorten(key) + " (only " + String.join(", ", KEYS) + ")";
            }
            if (out.containsKey(key)) {
                return key + " is given twice";
            }
            out.put(key, pair.substring(colon + 1));
        }
        return null;
    }
}
