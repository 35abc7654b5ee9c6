package hyperplane.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Keeps the playground's keyboard order the order in which its columns are seen. Where the stylesheet shows the output
 * column first (a phone, a narrow window, an embedding frame: CSS {@code order} below 0), its element is moved before
 * the data and network columns, so that Tab goes from the run bar to the canvas and the class of new points, not
 * through every setting further down the page first; where the output is shown last (a wide window), it goes back
 * after them. A control focused inside the moved column keeps the focus.
 */
final class FocusOrder {
    private FocusOrder() {
    }

    /** Places {@code output} (a child of the columns' container) now and after every change of layout. */
    static void keep(HTMLElement output) {
        place(output);
        LayoutChanges.listen(() -> place(output));
    }

    @JSBody(params = "output", script = "var parent = output.parentNode;"
            + "var first = (parseInt(getComputedStyle(output).order, 10) || 0) < 0;"
            + "if (first ? parent.firstElementChild === output : parent.lastElementChild === output) { return; }"
            + "var focused = document.activeElement;"
            + "parent.insertBefore(output, first ? parent.firstChild : null);"
            + "if (focused && focused !== document.activeElement && focused.focus) { focused.focus(); }")
    private static native void place(HTMLElement output);
}
