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

    private Notices() {
    }

    /** Shows an informational message until dismissed or replaced. */
    static void show(String message) {
        display(message, false);
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
        box.setClassName(error ? "notice error" : "notice");
        box.setAttribute("role", error ? "alert" : "status");
        Dom.text("notice-text", message);
        box.setHidden(false);
    }

    /** Hides the message bar. */
    static void hide() {
        Dom.byId("notice").setHidden(true);
    }

    static void wire() {
        Dom.on(Dom.byId("notice-close"), "click", e -> hide());
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
