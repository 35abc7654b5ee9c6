package hyperplane.state;

import hyperplane.engine.Activation;
import hyperplane.engine.Keyed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Activations view's setting and its place in the link: {@code act.f}, the activation shown (any key of
 * {@link Activation}, step included, softmax excluded: it is a function of a whole layer, with no curve of one
 * number to plot); default sigmoid.
 *
 * @param function the activation whose value and derivative are plotted
 */
public record ActivationsSettings(Activation function) {
    /** The link keys of this view. */
    public static final List<String> KEYS = List.of("act.f");

    private static final String WHOLE_LAYER = "acts on a whole layer at once and has no curve to plot";

    /** Checks that a function of one number is given. */
    public ActivationsSettings {
        if (function == null) {
            throw new IllegalArgumentException("function (null) must be given");
        }
        if (function.outputOnly()) {
            throw new IllegalArgumentException("function (" + function.key() + ") " + WHOLE_LAYER);
        }
    }

    /** Sigmoid. */
    public static ActivationsSettings defaults() {
        return new ActivationsSettings(Activation.SIGMOID);
    }

    /** Every key with its value in the link, "" for a default. */
    public Map<String, String> encode() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("act.f", function == Activation.SIGMOID ? "" : function.key());
        return out;
    }

    /** Reads act.f from {@code given}; never throws: an unusable value keeps the default with a notice. */
    public static ActivationsSettings decode(Map<String, String> given, List<String> notices) {
        String v = given.get("act.f");
        if (v == null) {
            return defaults();
        }
        Activation a = Keyed.byKey(Activation.values(), v);
        if (a == null) {
            Ignored.note(notices, "act.f", v, "not an activation");
            return defaults();
        }
        if (a.outputOnly()) {
            Ignored.note(notices, "act.f", v, a.key() + " " + WHOLE_LAYER);
            return defaults();
        }
        return new ActivationsSettings(a);
    }
}
