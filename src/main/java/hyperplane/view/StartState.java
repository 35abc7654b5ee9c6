package hyperplane.view;

import hyperplane.data.FeatureMap;
import hyperplane.sim.BackpropWalkthrough;
import hyperplane.sim.DescentExplorer;
import hyperplane.sim.PerceptronSession;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.AppState;
import hyperplane.state.BackpropSettings;
import hyperplane.state.DescentSettings;
import hyperplane.state.HashCodec;
import hyperplane.state.PerceptronSettings;
import hyperplane.state.PlaygroundConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start-up path of the page, without the browser: a link or the saved state becomes every view's model, and
 * a view whose part of the state cannot be used starts from its own defaults while the others are untouched.
 *
 * <p>The text is decoded by {@link HashCodec} (which refuses, key by key, what the views' settings records
 * refuse). Then each view's model is built as the view builds it, and what the view computes first is computed
 * once: the playground's session, its output at one point and the share classified right; the perceptron's
 * session; the gradient-descent explorer and its fitted plot window; the backprop inspector's walkthrough of
 * its point. Should one of these throw, that view's settings go back to their defaults and a notice names the
 * view, the keys and values it dropped, and the reason. The state returned is the one the page then shows,
 * links and saves, so what made a view fail is gone from the link and the saved state.
 *
 * @param state      the state every view starts from
 * @param playground the playground's session for {@code state.playground()}
 * @param perceptron the perceptron's session for {@code state.perceptron()}
 * @param descent    the explorer for {@code state.descent()}
 * @param notices    what was ignored, in order: the codec's notices, then any view that fell back
 */
public record StartState(AppState state, PlaygroundSession playground, PerceptronSession perceptron,
                         DescentExplorer descent, List<String> notices) {
    /** Copies the notices. */
    public StartState {
        notices = List.copyOf(notices);
    }

    /**
     * The start from a link's {@code hash} over the state {@code base} the page has (the saved state at start-up,
     * what is shown when a link is opened in the tab): a view the link does not mention keeps its settings from
     * base ({@link HashCodec#decodeOver}), since a link names only the view it opens. An embedded page takes
     * nothing from base: it shows what its link says and the defaults. Never throws.
     */
    public static StartState fromLink(String hash, AppState base) {
        List<String> notices = new ArrayList<>();
        AppState state;
        try {
            HashCodec.Decoded decoded = HashCodec.decodeOver(hash, base == null ? AppState.defaults() : base);
            if (decoded.state().embed().embed()) {
                decoded = HashCodec.decode(hash);
            }
            state = decoded.state();
            notices.addAll(decoded.notices());
        } catch (RuntimeException e) {
            state = AppState.defaults();
            notices.add("ignored the whole text: it could not be read (" + e.getMessage() + ")");
        }
        return of(state, notices);
    }

    /** The state of the saved text, what of it can be read; the defaults for null or "". Never throws. */
    public static AppState saved(String text) {
        try {
            return HashCodec.decode(text).state();
        } catch (RuntimeException e) {
            return AppState.defaults();
        }
    }

    /** The start from a link's or the saved state's text (null or "" for the defaults). Never throws. */
    public static StartState fromText(String text) {
        List<String> notices = new ArrayList<>();
        AppState state;
        try {
            HashCodec.Decoded decoded = HashCodec.decode(text);
            state = decoded.state();
            notices.addAll(decoded.notices());
        } catch (RuntimeException e) {
            // The codec promises not to throw; should it, nothing of the text is used.
            state = AppState.defaults();
            notices.add("ignored the whole text: it could not be read (" + e.getMessage() + ")");
        }
        return of(state, notices);
    }

    /** The start from {@code state}; each view that cannot use its part falls back to its defaults. */
    public static StartState of(AppState state, List<String> earlier) {
        if (state == null) {
            throw new IllegalArgumentException("state (null) must be given");
        }
        List<String> notices = new ArrayList<>(earlier);
        AppState s = state;
        PlaygroundSession playground = playground(s.playground(), notices);
        if (playground.config() != s.playground()) {
            s = s.withPlayground(playground.config());
        }
        PerceptronSession perceptron;
        try {
            perceptron = new PerceptronSession(s.perceptron());
        } catch (RuntimeException e) {
            dropped(notices, "Perceptron", s.perceptron().encode(), e);
            s = s.withPerceptron(PerceptronSettings.defaults());
            perceptron = new PerceptronSession(s.perceptron());
        }
        DescentExplorer descent;
        try {
            descent = new DescentExplorer(s.descent());
            DescentWindow.of(descent);
        } catch (RuntimeException e) {
            dropped(notices, "Gradient descent", s.descent().encode(), e);
            s = s.withDescent(DescentSettings.defaults());
            descent = new DescentExplorer(s.descent());
        }
        try {
            checkBackprop(s.backprop(), playground);
        } catch (RuntimeException e) {
            dropped(notices, "Backprop", s.backprop().encode(), e);
            s = s.withBackprop(BackpropSettings.defaults());
        }
        return new StartState(s, playground, perceptron, descent, notices);
    }

    private static PlaygroundSession playground(PlaygroundConfig config, List<String> notices) {
        try {
            PlaygroundSession session = new PlaygroundSession(config);
            session.predict(0, 0);
            session.accuracy(true);
            return session;
        } catch (RuntimeException e) {
            notices.add("the Playground could not start with these settings (" + e.getMessage()
                    + "), so it starts from its defaults");
            return new PlaygroundSession(PlaygroundConfig.defaults());
        }
    }

    /** Builds the walkthrough the inspector shows first, when its point is a training point. */
    private static void checkBackprop(BackpropSettings settings, PlaygroundSession playground) {
        int point = settings.point();
        boolean oneOutput = playground.network().size(playground.network().layerCount()) == 1;
        if (oneOutput && point >= 0 && point < playground.data().size() && playground.data().isTrain(point)) {
            BackpropWalkthrough.of(playground.network(), new FeatureMap(playground.config().features()),
                    playground.data(), point);
        }
    }

    /** "the Gradient descent view could not start with gd.x0=…, gd.eta=… (reason), so it starts from its defaults". */
    private static void dropped(List<String> notices, String view, Map<String, String> keys, RuntimeException e) {
        StringBuilder named = new StringBuilder();
        for (Map.Entry<String, String> entry : keys.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                String value = entry.getValue();
                value = value.length() <= 24 ? value : value.substring(0, 24) + "…";
                named.append(named.length() == 0 ? "" : ", ").append(entry.getKey()).append('=').append(value);
            }
        }
        notices.add("the " + view + " view could not start with " + (named.length() == 0 ? "its settings" : named)
                + " (" + e.getMessage() + "), so it starts from its defaults");
    }

    /**
     * What the user is told when a link or the saved state ({@code where}) could not all be used: the first eight
     * notices and how many more; "" when there are none.
     */
    public static String notUsed(List<String> notices, String where) {
        if (notices.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Not all of ").append(where).append(" could be used (the defaults stand "
                + "in for what was not): ");
        int shown = Math.min(8, notices.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append("; ");
            }
            text.append(notices.get(i));
        }
        if (notices.size() > shown) {
            text.append("; and ").append(notices.size() - shown).append(" more");
        }
        return text.append('.').toString();
    }
}
