package hyperplane.state;

import static hyperplane.state.KeyTable.ROWS;
import static hyperplane.state.KeyTable.shorten;

import hyperplane.state.KeyTable.Draft;
import hyperplane.state.KeyTable.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The URL hash (DESIGN.md §5): {@code v=1&key=value&…} ⇄ {@link AppState}. Pure; table-driven: one
 * {@link KeyTable.Row} per key says how to read a value into a draft state and how to write it, and a key's
 * default is what its writer gives for {@link AppState#defaults()}.
 *
 * <p>{@link #encode} writes {@code v=1} and then only the keys whose value differs from the default, in
 * table order, then the other views' keys (each view's settings record writes its own, in the order of
 * {@link #VIEW_PREFIXES}; {@link #link} only those of the open view); values are percent-encoded (everything but
 * A–Z a–z 0–9 {@code - . _ ~ ,}). Numbers are written as {@link Decimals#text} writes them, so they read back
 * exactly; the points are quantized (see {@link PointsCodec}), so {@code encode(decode(encode(s)).state()) ==
 * encode(s)}.
 *
 * <p>{@link #decode} never throws and always returns a valid state. It starts from the defaults and
 * applies the keys in table order (not link order). A value it cannot use is ignored with a notice
 * naming the key and the reason ({@code "ignored lr=abc: not a number"}). Keys of the other views (starting
 * with one of {@link #VIEW_PREFIXES}) are read by that view's settings record ({@link PerceptronSettings},
 * {@link ActivationsSettings}, {@link DescentSettings}, {@link BackpropSettings}) with the same checks its view
 * applies, and the same kind of notice; any other key is ignored with a notice, which suggests a key when one is
 * close ({@code dataset} → {@code data}). A {@code v} other than 1 gives a notice and the
 * rest is read as version 1. If the values are each fine but together invalid (cross-entropy with a tanh
 * output, say), keys are dropped, latest in table order first, until the configuration is valid, each
 * with a notice. Text over {@link #MAX_CHARS} characters is ignored as a whole, with a notice.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>view</td><td>one of {@link AppState#VIEWS}</td><td>playground</td></tr>
 * <tr><td>embed, autoplay, present</td><td>0 or 1</td><td>0</td></tr>
 * <tr><td>hide, lock</td><td>comma list of {@link EmbedOptions#GROUPS}</td><td>""</td></tr>
 * <tr><td>lesson</td><td>id of a–z 0–9 -</td><td>""</td></tr>
 * <tr><td>problem</td><td>classification, regression</td><td>classification</td></tr>
 * <tr><td>data</td><td>dataset key (circle, xor, gaussians, spiral, pinwheel, plane, multi-gaussian, seven)</td>
 *     <td>circle</td></tr>
 * <tr><td>classes</td><td>2..6; more than 2 for gaussians, spiral, pinwheel or own points, and with it
 *     {@code out=softmax}</td><td>2</td></tr>
 * <tr><td>noise</td><td>0..0.5</td><td>0</td></tr>
 * <tr><td>ratio</td><td>training share 0.1..0.9</td><td>0.5</td></tr>
 * <tr><td>count</td><td>points generated, 10..10000</td><td>500</td></tr>
 * <tr><td>seed</td><td>any int</td><td>1</td></tr>
 * <tr><td>features</td><td>comma list of feature keys</td><td>x1,x2</td></tr>
 * <tr><td>hidden</td><td>comma list of layer sizes 1..16, "" for none</td><td>4,2</td></tr>
 * <tr><td>act, out</td><td>activation keys</td><td>tanh, sigmoid</td></tr>
 * <tr><td>loss</td><td>mse, cross-entropy</td><td>cross-entropy</td></tr>
 * <tr><td>lr</td><td>1e-6..100</td><td>0.03</td></tr>
 * <tr><td>batch</td><td>1..100</td><td>10</td></tr>
 * <tr><td>speed</td><td>epochs a second while playing: 1, 5, 15, 30, 60, 240, or max (as fast as possible)</td>
 *     <td>60</td></tr>
 * <tr><td>reg, regRate</td><td>none, l1, l2; 0..100</td><td>none, 0</td></tr>
 * <tr><td>init</td><td>random, zeros</td><td>random</td></tr>
 * <tr><td>test, discretize</td><td>0 or 1</td><td>0</td></tr>
 * <tr><td>lines</td><td>0 or 1: the first layer's lines over the heatmap</td><td>0</td></tr>
 * <tr><td>hist, gradflow</td><td>0 or 1: show the layer histograms, the gradient-flow chart</td><td>0</td></tr>
 * <tr><td>pts</td><td>the user's points (see {@link PointsCodec}); absent for a generated set</td>
 *     <td>absent</td></tr>
 * <tr><td>b, c, d</td><td>a comparison's further runs: {@code key:value;…} of {@link CompareSettings#KEYS}
 *     (see {@link CompareSettings})</td><td>absent (a single run)</td></tr>
 * <tr><td>w</td><td>the starting weights (see {@link WeightsCodec}, in {@code Network#parametersTo} order);
 *     absent for the seeded ones</td><td>absent</td></tr>
 * </table>
 */
public final class HashCodec {
    /** The format version written as {@code v=1}. */
    public static final int VERSION = 1;
    /** Longer text is not read at all. */
    public static final int MAX_CHARS = 65536;
    /** The longest key name. */
    public static final int MAX_KEY = 32;
    /**
     * The settings of the views other than the playground travel under these prefixes (perceptron, activations,
     * gradient descent, backprop inspector), each read and written by that view's settings record.
     */
    public static final List<String> VIEW_PREFIXES = List.of("p.", "act.", "gd.", "bp.", "gd2.");

    /** The result of {@link #decode}: a valid state and what was ignored on the way, in order. */
    public record Decoded(AppState state, List<String> notices) {
        /** Copies the notices. */
        public Decoded {
            notices = List.copyOf(notices);
        }
    }

    private HashCodec() {
    }

    /**
     * The whole state as a hash, without a leading '#': {@code v=1}, the keys that differ from the defaults, then
     * every view's keys. This is what the page saves, so that a visit without a link continues every view where
     * it was left.
     */
    public static String encode(AppState state) {
        return encode(state, true);
    }

    /**
     * The hash of a link to what is shown, without a leading '#': as {@link #encode}, but of the other views' keys
     * only those of the view the state opens. The playground's keys are always written (the backprop inspector
     * works on its network and data, and a lesson's example may set them), so a view the user has left leaves
     * nothing behind in the address bar or a copied link ({@code bp.point} does not follow the user to the
     * perceptron).
     */
    public static String link(AppState state) {
        return encode(state, false);
    }

    private static String encode(AppState state, boolean allViews) {
        if (state == null) {
            throw new IllegalArgumentException("state (null) must be given");
        }
        StringBuilder sb = new StringBuilder("v=").append(VERSION);
        for (Row row : ROWS) {
            String value = row.writer.write(state);
            if (value != null && !value.equals(row.defaultValue)) {
                sb.append('&').append(row.key).append('=').append(PercentCodec.encode(value));
            }
        }
        CompareSettings compare = state.compare();
        for (int run = 1; run < compare.count(); run++) {
            // Not percent-encoded again: the pairs' ':' and ';' may stand in a fragment as they are.
            sb.append('&').append(CompareSettings.key(run)).append('=').append(compare.encode(run));
        }
        List<Map<String, String>> views = allViews ? List.of(state.perceptron().encode(),
                state.activations().encode(), state.descent().encode(), state.race().encode(),
                state.backprop().encode())
                : List.of(ownKeys(state));
        for (Map<String, String> keys : views) {
            for (Map.Entry<String, String> e : keys.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    sb.append('&').append(e.getKey()).append('=').append(PercentCodec.encode(e.getValue()));
                }
            }
        }
        return sb.toString();
    }

    /** The keys of the view {@code state} opens ({@link AppState#VIEWS}); none for the playground. */
    private static Map<String, String> ownKeys(AppState state) {
        return switch (state.view()) {
            case "perceptron" -> state.perceptron().encode();
            case "activations" -> state.activations().encode();
            case "gradient-descent" -> {
                Map<String, String> both = new java.util.LinkedHashMap<>(state.descent().encode());
                both.putAll(state.race().encode());
                yield both;
            }
            case "backprop" -> state.backprop().encode();
            default -> Map.of();
        };
    }

    /**
     * The state a hash describes (a leading '#' is skipped; null and "" give the defaults). Never throws;
     * see the class comment for what is ignored and how it is reported.
     */
    public static Decoded decode(String hash) {
        return decodeOver(hash, AppState.defaults());
    }

    /**
     * As {@link #decode}, but a view whose keys the hash does not mention at all (none starts with its prefix in
     * {@link #VIEW_PREFIXES}) keeps its settings from {@code base}: a {@link #link} names only the view it opens,
     * and following it must not reset the others. Everything else is read as {@link #decode} reads it.
     *
     * @throws IllegalArgumentException if base is null
     */
    public static Decoded decodeOver(String hash, AppState base) {
        if (base == null) {
            throw new IllegalArgumentException("base (null) must be given");
        }
        List<String> notices = new ArrayList<>();
        if (hash == null) {
            return new Decoded(AppState.defaults(), notices);
        }
        if (hash.length() > MAX_CHARS) {
            notices.add("ignored the whole link: " + hash.length() + " characters, more than " + MAX_CHARS);
            return new Decoded(AppState.defaults(), notices);
        }
        String text = hash.startsWith("#") ? hash.substring(1) : hash;
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> viewKeys = new LinkedHashMap<>();
        String[] runs = new String[CompareSettings.MAX_RUNS - 1];
        for (String part : text.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? null : PercentCodec.decode(part.substring(eq + 1));
            if (!isKeyName(key)) {
                notices.add("ignored \"" + shorten(part) + "\": not a key=value pair with a valid key");
            } else if (value == null) {
                notices.add(eq < 0 ? "ignored " + key + ": it has no value" : "ignored " + key + "="
                        + shorten(part.substring(eq + 1)) + ": bad percent-encoding");
            } else if (key.equals("v")) {
                if (!value.equals(Integer.toString(VERSION))) {
                    notices.add("this link is version " + shorten(value) + "; read as version " + VERSION);
                }
            } else if (runIndex(key) > 0) {
                if (runs[runIndex(key) - 1] != null) {
                    notices.add(key + " is given twice; used the last value");
                }
                runs[runIndex(key) - 1] = value;
            } else if (rowOf(key) != null) {
                if (given.containsKey(key)) {
                    notices.add(key + " is given twice; used the last value");
                }
                given.put(key, value);
            } else if (isViewKey(key)) {
                if (viewKeys.containsKey(key)) {
                    notices.add(key + " is given more than once; used the last value");
                }
                viewKeys.put(key, value);
            } else {
                notices.add("ignored " + key + "=" + shorten(value) + ": Hyperplane has no such key" + suggestion(key));
            }
        }
        List<Row> accepted = new ArrayList<>();
        Draft draft = apply(ROWS, given, notices, accepted);
        PlaygroundConfig config = tryBuild(draft);
        if (config == null) {
            // Each value was fine alone; together they clash. Drop config keys, latest first, until it builds.
            List<Row> kept = new ArrayList<>(accepted);
            while (config == null) {
                String reason = buildError(apply(kept, given, null, null));
                Row dropped = null;
                for (int i = kept.size() - 1; i >= 0 && dropped == null; i--) {
                    if (!kept.get(i).config) {
                        continue;
                    }
                    List<Row> fewer = new ArrayList<>(kept);
                    fewer.remove(i);
                    if (tryBuild(apply(fewer, given, null, null)) != null) {
                        dropped = kept.get(i);
                    }
                }
                if (dropped == null) {
                    for (int i = kept.size() - 1; i >= 0 && dropped == null; i--) {
                        dropped = kept.get(i).config ? kept.get(i) : null;
                    }
                }
                kept.remove(dropped);
                notices.add("ignored " + dropped.key + "=" + shorten(given.get(dropped.key)) + ": " + reason);
                List<String> late = new ArrayList<>();
                draft = apply(kept, given, late, null);
                config = tryBuild(draft);
                if (config != null) {
                    notices.addAll(late);
                }
            }
        }
        EmbedOptions embed = new EmbedOptions(draft.embed, draft.hide, draft.lock, draft.lesson, draft.autoplay,
                draft.present);
        notices.addAll(draft.notices);
        PerceptronSettings perceptron = mentions(viewKeys, "p.") ? PerceptronSettings.decode(viewKeys, notices)
                : base.perceptron();
        ActivationsSettings activations = mentions(viewKeys, "act.") ? ActivationsSettings.decode(viewKeys, notices)
                : base.activations();
        DescentSettings descent = mentions(viewKeys, "gd.") ? DescentSettings.decode(viewKeys, notices)
                : base.descent();
        BackpropSettings backprop = mentions(viewKeys, "bp.") ? BackpropSettings.decode(viewKeys, notices)
                : base.backprop();
        RaceSettings race = mentions(viewKeys, "gd2.") ? RaceSettings.decode(viewKeys, notices) : base.race();
        CompareSettings compare = CompareSettings.decode(runs, config, notices);
        return new Decoded(new AppState(draft.view, config, embed, perceptron, activations, descent, backprop,
                race, compare), notices);
    }

    /** 1 … 3 for the key of a comparison's further run (b, c, d), else 0. */
    private static int runIndex(String key) {
        for (int run = 1; run < CompareSettings.MAX_RUNS; run++) {
            if (CompareSettings.key(run).equals(key)) {
                return run;
            }
        }
        return 0;
    }

    /** Whether one of {@code keys} starts with {@code prefix}. */
    private static boolean mentions(Map<String, String> keys, String prefix) {
        for (String key : keys.keySet()) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A fresh draft with {@code rows} applied in table order; reasons go to {@code notices} if given. */
    private static Draft apply(List<Row> rows, Map<String, String> given, List<String> notices, List<Row> accepted) {
        Draft d = new Draft();
        for (Row row : ROWS) {
            String value = given.get(row.key);
            if (value == null || !rows.contains(row)) {
                continue;
            }
            String why = row.reader.read(value, d);
            if (why == null && accepted != null) {
                accepted.add(row);
            } else if (why != null && notices != null) {
                notices.add("ignored " + row.key + "=" + shorten(value) + ": " + why);
            }
        }
        return d;
    }

    private static PlaygroundConfig tryBuild(Draft d) {
        try {
            return d.b.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String buildError(Draft d) {
        try {
            d.b.build();
            return "it does not fit the other settings";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static Row rowOf(String key) {
        for (Row row : ROWS) {
            if (row.key.equals(key)) {
                return row;
            }
        }
        return null;
    }

    /** The keys of the other views' settings records, in the order of {@link #VIEW_PREFIXES}. */
    private static final List<String> VIEW_KEYS = viewKeys();

    private static List<String> viewKeys() {
        List<String> keys = new ArrayList<>(PerceptronSettings.KEYS);
        keys.addAll(ActivationsSettings.KEYS);
        keys.addAll(DescentSettings.KEYS);
        keys.addAll(BackpropSettings.KEYS);
        keys.addAll(RaceSettings.KEYS);
        return List.copyOf(keys);
    }

    /** Whether {@code key} is a key of one of the other views' settings. */
    static boolean isViewKey(String key) {
        return VIEW_KEYS.contains(key);
    }

    /**
     * " (did you mean data?)" for a key that begins with a key of the table or of a view, or is the start of one,
     * else "".
     */
    private static String suggestion(String key) {
        List<String> known = new ArrayList<>();
        for (Row row : ROWS) {
            known.add(row.key);
        }
        known.addAll(VIEW_KEYS);
        for (String candidate : known) {
            boolean close = key.length() >= 3 && (key.startsWith(candidate) || candidate.startsWith(key));
            if (close && candidate.length() >= 3) {
                return " (did you mean " + candidate + "?)";
            }
        }
        return "";
    }

    private static boolean isKeyName(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
