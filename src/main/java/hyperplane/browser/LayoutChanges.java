package hyperplane.browser;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Tells the views when what they draw must be laid out again: the window was resized, a watched canvas is shown at
 * another size (a lesson's text or a section folded or unfolded, an embedding frame resized, a hidden view shown),
 * or the theme changed. The views lay their canvases out at the size they are shown ({@link HtmlCanvas#fitToDisplay}),
 * and measuring forces a layout, so they measure only after a change counted here.
 */
final class LayoutChanges {
    /** Told of a change of layout. */
    @JSFunctor
    interface Listener extends JSObject {
        void changed();
    }

    private static final List<Runnable> LISTENERS = new ArrayList<>();
    private static int count;
    private static boolean started;

    private LayoutChanges() {
    }

    /** Calls {@code listener} after every change of layout from now on. */
    static void listen(Runnable listener) {
        start();
        LISTENERS.add(listener);
    }

    /** Counts a change when {@code element}'s shown box changes size (where the browser can tell). */
    static void watch(HTMLElement element) {
        start();
        observeSize(element, LayoutChanges::changed);
    }

    /** How many changes there have been since the page started. */
    static int count() {
        return count;
    }

    /** A change the page made itself (a new theme): counted and told like the others. */
    static void changed() {
        count++;
        for (Runnable listener : LISTENERS) {
            listener.run();
        }
    }

    private static void start() {
        if (!started) {
            started = true;
            Window.current().addEventListener("resize", e -> changed());
        }
    }

    /** A ResizeObserver on the element; the first report (its size when observed) is not a change. */
    @JSBody(params = {"element", "listener"}, script = "if (!window.ResizeObserver) { return; }"
            + " var first = true;"
            + " new ResizeObserver(function () { if (first) { first = false; } else { listener(); } })"
            + ".observe(element);")
    private static native void observeSize(HTMLElement element, Listener listener);
}
