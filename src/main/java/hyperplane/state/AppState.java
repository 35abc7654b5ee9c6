package hyperplane.state;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a link carries: the open view, the playground configuration, the embed options, and the
 * settings of other views that {@link HashCodec} does not interpret but passes through.
 *
 * @param view       the open view, one of {@link #VIEWS}
 * @param playground the playground configuration
 * @param embed      how an embedded page shows itself
 * @param extras     other keys and their (decoded) values, sorted by key; each key is 1..32 characters
 *                   a–z, A–Z, 0–9, '.', '_' or '-' and not one of the codec's own keys
 */
public record AppState(String view, PlaygroundConfig playground, EmbedOptions embed, Map<String, String> extras) {
    /** The views a link can open. */
    public static final List<String> VIEWS = List.of("playground", "perceptron", "activations", "gradient-descent",
            "backprop");

    /** Checks every part and copies the extras into an unmodifiable sorted map. */
    public AppState {
        if (!VIEWS.contains(view)) {
            throw new IllegalArgumentException("view (" + view + ") must be one of " + VIEWS);
        }
        if (playground == null || embed == null || extras == null) {
            throw new IllegalArgumentException("playground, embed and extras must all be given");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : extras.entrySet()) {
            if (!HashCodec.isExtraKey(e.getKey())) {
                throw new IllegalArgumentException("extras key (" + e.getKey() + ") must be 1.."
                        + HashCodec.MAX_KEY + " characters [A-Za-z0-9._-] and not a key of the codec itself");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("extras value of " + e.getKey() + " (null) must be a string");
            }
            copy.put(e.getKey(), e.getValue());
        }
        extras = Collections.unmodifiableMap(copy);
    }

    /** The playground with the default configuration, no embedding and no extras. */
    public static AppState defaults() {
        return new AppState("playground", PlaygroundConfig.defaults(), EmbedOptions.NONE, Map.of());
    }

    /** This state with another configuration. */
    public AppState withPlayground(PlaygroundConfig config) {
        return new AppState(view, config, embed, extras);
    }
}
