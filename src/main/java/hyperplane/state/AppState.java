package hyperplane.state;

import java.util.List;

/**
 * Everything a link carries: the open view, the playground configuration, the embed options and the settings
 * of every other view. Each part is a validated record, so a state that exists is one every view can show.
 *
 * @param view        the open view, one of {@link #VIEWS}
 * @param playground  the playground configuration
 * @param embed       how an embedded page shows itself
 * @param perceptron  the Perceptron view's settings (keys p.*)
 * @param activations the Activations view's setting (act.f)
 * @param descent     the gradient-descent explorer's settings (gd.*)
 * @param backprop    the backprop inspector's settings (bp.*)
 * @param race        the gradient-descent view's two-variable race (gd2.*)
 * @param compare     the playground's further runs compared with its own (keys b, c, d); none for a single run
 */
public record AppState(String view, PlaygroundConfig playground, EmbedOptions embed, PerceptronSettings perceptron,
                       ActivationsSettings activations, DescentSettings descent, BackpropSettings backprop,
                       RaceSettings race, CompareSettings compare) {
    /** The views a link can open. */
    public static final List<String> VIEWS = List.of("playground", "perceptron", "activations", "gradient-descent",
            "backprop");

    /** Checks that every part is given and the view is known. */
    public AppState {
        if (!VIEWS.contains(view)) {
            throw new IllegalArgumentException("view (" + view + ") must be one of " + VIEWS);
        }
        if (playground == null || embed == null || perceptron == null || activations == null || descent == null
                || backprop == null || race == null || compare == null) {
            throw new IllegalArgumentException("every part of the state must be given");
        }
    }

    /** The playground with the default configuration, no embedding, every view at its defaults. */
    public static AppState defaults() {
        return new AppState("playground", PlaygroundConfig.defaults(), EmbedOptions.NONE,
                PerceptronSettings.defaults(), ActivationsSettings.defaults(), DescentSettings.defaults(),
                BackpropSettings.defaults(), RaceSettings.defaults(), CompareSettings.NONE);
    }

    public AppState withView(String next) {
        return new AppState(next, playground, embed, perceptron, activations, descent, backprop, race, compare);
    }

    public AppState withPlayground(PlaygroundConfig next) {
        return new AppState(view, next, embed, perceptron, activations, descent, backprop, race, compare);
    }

    public AppState withEmbed(EmbedOptions next) {
        return new AppState(view, playground, next, perceptron, activations, descent, backprop, race, compare);
    }

    public AppState withPerceptron(PerceptronSettings next) {
        return new AppState(view, playground, embed, next, activations, descent, backprop, race, compare);
    }

    public AppState withActivations(ActivationsSettings next) {
        return new AppState(view, playground, embed, perceptron, next, descent, backprop, race, compare);
    }

    public AppState withDescent(DescentSettings next) {
        return new AppState(view, playground, embed, perceptron, activations, next, backprop, race, compare);
    }

    public AppState withRace(RaceSettings next) {
        return new AppState(view, playground, embed, perceptron, activations, descent, backprop, next, compare);
    }

    /** These settings with the comparison {@code next} (whose runs must fit this playground configuration). */
    public AppState withCompare(CompareSettings next) {
        return new AppState(view, playground, embed, perceptron, activations, descent, backprop, race, next);
    }

    public AppState withBackprop(BackpropSettings next) {
        return new AppState(view, playground, embed, perceptron, activations, descent, next, race, compare);
    }
}
