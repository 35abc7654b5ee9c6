package hyperplane.browser;

import hyperplane.state.HashCodec;
import org.teavm.jso.JSBody;

/**
 * Makes a destructive action (start over, clear all points, regenerate, load points) undoable: the state before
 * it stays one step back in the browser's history, so Back returns to it, and the message bar offers Undo, which
 * goes back the same way. That entry holds the whole state ({@link HashCodec#encode}: points, weights and every
 * view's settings), so going back restores exactly what was there; {@code Main} shows it when the hash changes.
 */
final class Undo {
    private final StateStore store;

    Undo(StateStore store) {
        this.store = store;
    }

    /**
     * Runs {@code action}; when it changed the state, the entry before it keeps the old link and the message says
     * {@code message} with an Undo button. When nothing changed, the message is shown without one.
     */
    void run(String message, Runnable action) {
        String before = HashCodec.encode(store.state());
        action.run();
        if (before.equals(HashCodec.encode(store.state()))) {
            Notices.show(message);
            return;
        }
        // The entry to go back to holds every view's settings (start over resets them all); the new one the link.
        replaceAndPush(before, HashCodec.link(store.state()));
        Notices.showUndoable(message + " Undo, or the browser's Back button, returns to what was there.",
                Undo::back);
    }

    // The current entry gets the old link back and a new entry the new one: Back then fires hashchange.
    @JSBody(params = {"before", "after"}, script = "try { history.replaceState(history.state, '', '#' + before);"
            + " history.pushState(null, '', '#' + after); } catch (e) { }")
    private static native void replaceAndPush(String before, String after);

    @JSBody(script = "history.back();")
    private static native void back();
}
