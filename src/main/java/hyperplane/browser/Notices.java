package hyperplane.browser;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's message bar (for what the user should know: an ignored link key, a refused file, a stopped
 * run) and its polite live region (for screen readers: epoch and loss while training). Text only.
 */
final class Notices {
    private static double lastAnnouncement = -1e9;
    /** Messages held back while several parts of the page report at once (null when not collecting). */
    private static StringBuilder pending;
    private static boolean pendingError;
    /** What the message bar's Undo button does while it is shown (null when hidden). */
    private static Runnable undo;

    private Notices() {
    }

    /** Shows an informational message until dismissed or replaced. */
    static void show(String message) {
        display(message, false);
    }

    /**
     * Shows {@code message} with an Undo button that runs {@code action} (and hides the bar); the button goes
     * with the message when another replaces it.
     */
    static void showUndoable(String message, Runnable action) {
        display(message, false);
        undo = action;
        Dom.byId("notice-undo").setHidden(false);
    }

    /** Shows a message about something that went wrong. */
    static void error(String message) {
        display(message, true);
    }

    /**
     * Holds back what {@link #show} and {@link #error} say until {@link #flush}: when a link is read, each view
     * reports its own ignored keys, and one message bar must show all of them, not only the last.
     */
    static void collect() {
        pending = new StringBuilder();
        pendingError = false;
    }

    /** Shows everything said since {@link #collect} as one message (an error if any part was one). */
    static void flush() {
        StringBuilder held = pending;
        pending = null;
        if (held != null && held.length() > 0) {
            display(held.toString(), pendingError);
        }
    }

    private static void display(String message, boolean error) {
        if (pending != null) {
            if (pending.length() > 0) {
                pending.append(' ');
            }
            pending.append(message);
            pendingError |= error;
            return;
        }
        HTMLElement box = Dom.byId("notice");
        undo = null;
        Dom.byId("notice-undo").setHidden(true);
        box.setClassName(error ? "notice error" : "notice");
        box.setAttribute("role", error ? "alert" : "status");
        // Written even when the same: a message repeated is a new message for a screen reader (Dom.text skips it).
        Dom.byId("notice-text").setTextContent(message);
        box.setHidden(false);
    }

    /** Hides the message bar. */
    static void hide() {
        undo = null;
        Dom.byId("notice-undo").setHidden(true);
        Dom.byId("notice").setHidden(true);
    }

    static void wire() {
        Dom.on(Dom.byId("notice-close"), "click", e -> hide());
        Dom.on(Dom.byId("notice-undo"), "click", e -> {
            Runnable action = undo;
            hide();
            if (action != null) {
                action.run();
            }
        });
    }

    /** Says {@code text} through the live region now. */
    static void announce(String text) {
        lastAnnouncement = Dom.now();
        HTMLElement live = Dom.byId("live");
        live.setTextContent(text);
    }

    /** Says {@code text} unless something was said in the last {@code intervalMs} (for running readouts). */
    static void announceThrottled(String text, double intervalMs) {
        if (Dom.now() - lastAnnouncement >= intervalMs) {
            announce(text);
        }
    }
}
