package hyperplane.browser;

import hyperplane.state.AppState;
import hyperplane.state.EmbedOptions;
import hyperplane.state.HashCodec;
import hyperplane.state.LessonSetup;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.StartState;
import java.util.List;
import java.util.function.UnaryOperator;
import org.teavm.jso.JSBody;

/**
 * The application state and where it is kept: the URL hash (so a link reproduces what is shown) and
 * localStorage (so a reload, or a visit without a link, continues where the user left off).
 *
 * <p>Reading at start-up: a hash wins over the saved state, which fills in the views the link does not mention (so
 * a reload loses nothing); a saved state wins over the defaults. A link opened later in the tab is read over what
 * is shown in the same way.
 * What the codec had to ignore is shown to the user, naming the key. Writing puts the link of what is shown in
 * the hash ({@link HashCodec#link}: the open view's keys only) and the whole state in the saved state; it
 * replaces the history entry (no back-button spam) and never fires hashchange.
 */
final class StateStore {
    static final String STORAGE_KEY = "hyperplane.state";

    private AppState state;

    private StateStore(AppState state) {
        this.state = state;
    }

    /**
     * The start: the link, else the saved state, else the defaults, made into every view's model
     * ({@link StartState}); what was ignored is reported, and the state the views start from replaces the link
     * and the saved state at once, so a value that was dropped does not stay in either.
     */
    static StartState load() {
        String hash = currentHash();
        String saved = readStorage();
        if (hash.isEmpty()) {
            StartState start = StartState.fromText(saved);
            report(start.notices(), "the saved state");
            return start;
        }
        // The link names the view it opens; the others continue from the saved state (a reload loses nothing).
        StartState start = StartState.fromLink(hash, StartState.saved(saved));
        report(start.notices(), "this link");
        return start;
    }

    /** A store holding {@code state}, written to the link and the saved state. */
    static StateStore of(AppState state) {
        StateStore store = new StateStore(state);
        store.save(state);
        return store;
    }

    /**
     * The start for a link the user navigated to in this tab (or an entry of its history); null when the hash says
     * nothing. As at start-up, the views the link does not mention keep what they show.
     */
    StartState fromHash(String hash) {
        if (hash.isEmpty()) {
            return null;
        }
        StartState start = StartState.fromLink(hash, state);
        report(start.notices(), "this link");
        return start;
    }

    /** Tells the user what of {@code where} could not be used (StartState#notUsed). */
    private static void report(List<String> notices, String where) {
        String text = StartState.notUsed(notices, where);
        if (!text.isEmpty()) {
            Notices.show(text);
        }
    }

    AppState state() {
        return state;
    }

    EmbedOptions embed() {
        return state.embed();
    }

    void setPlayground(PlaygroundConfig config) {
        if (config != state.playground()) {
            save(state.withPlayground(config));
        }
    }

    void setView(String view) {
        if (!view.equals(state.view())) {
            save(state.withView(view));
        }
    }

    /** The open lesson, kept in the link as lesson=id ("" for none). */
    void setLesson(String id) {
        if (!id.equals(state.embed().lesson())) {
            save(LessonSetup.withLesson(state, id));
        }
    }

    /**
     * One path for every view's settings: applies {@code change} to the state now and saves the result (link and
     * saved state) only when it differs, so a control that fires without changing anything writes nothing.
     */
    void update(UnaryOperator<AppState> change) {
        AppState next = change.apply(state);
        if (!next.equals(state)) {
            save(next);
        }
    }

    /** Replaces the whole state (a link opened in this tab). */
    void replace(AppState next) {
        save(next);
    }

    private void save(AppState next) {
        state = next;
        replaceHash(HashCodec.link(next));
        // An embedded copy must not overwrite the user's own saved work, nor make the next ordinary visit
        // open in embed mode: only a standalone page saves, and never its embed options.
        if (!next.embed().embed()) {
            writeStorage(HashCodec.encode(next.withEmbed(EmbedOptions.NONE)));
        }
    }

    /** Forgets the saved state (for "start over"). */
    static void clearSaved() {
        removeStorage();
    }

    /** The hash without its '#', percent-encoding left as it is. */
    @JSBody(script = "return location.hash.length > 1 ? location.hash.substring(1) : '';")
    static native String currentHash();

    // replaceState, not a new entry: settings change on every slider move, and back must not replay them. So
    // back and forward leave the page (intended); between two links opened in this tab they fire hashchange.
    @JSBody(params = "hash", script = "try { history.replaceState(history.state, '', '#' + hash); }"
            + " catch (e) { location.hash = hash; }")
    private static native void replaceHash(String hash);

    // localStorage can be missing or refuse (private mode, full quota, an embed with storage blocked):
    // the page then simply does not remember, it never fails.
    @JSBody(script = "try { return localStorage.getItem('" + STORAGE_KEY + "') || ''; } catch (e) { return ''; }")
    private static native String readStorage();

    @JSBody(params = "value", script = "try { localStorage.setItem('" + STORAGE_KEY + "', value); } catch (e) { }")
    private static native void writeStorage(String value);

    @JSBody(script = "try { localStorage.removeItem('" + STORAGE_KEY + "'); } catch (e) { }")
    private static native void removeStorage();
}
