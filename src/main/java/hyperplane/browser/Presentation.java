package hyperplane.browser;

import hyperplane.state.EmbedOptions;
import hyperplane.view.Theme;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's theme ({@link Theme}): dark mode follows the system's {@code prefers-color-scheme} and its changes;
 * projector mode follows the link's {@code present} key, which the header's #present button switches. The
 * stylesheet does the same for the page (a {@code present} class on the root element); the canvases get the theme
 * through {@link HtmlCanvas#setTheme}, and the views draw again as after any change of layout ({@link LayoutChanges}).
 */
final class Presentation {
    /** Told whether the system's colour scheme is dark now. */
    @JSFunctor
    interface SchemeListener extends JSObject {
        void changed(boolean dark);
    }

    private final StateStore store;
    private final HTMLElement button = Dom.byId("present");
    private boolean dark;
    private Theme currentTheme = Theme.LIGHT;

    Presentation(StateStore store) {
        this.store = store;
        dark = watchDarkScheme(on -> {
            dark = on;
            show(store.embed().present());
        });
        Dom.on(button, "click", e -> {
            boolean on = !store.embed().present();
            store.update(s -> s.withEmbed(s.embed().withPresent(on)));
            show(on);
        });
        show(store.embed().present());
    }

    /** Shows the page in projector mode when {@code options} say so (a link opened in this tab). */
    void follow(EmbedOptions options) {
        show(options.present());
    }

    private void show(boolean present) {
        button.setAttribute("aria-pressed", present ? "true" : "false");
        setRootClass("present", present);
        Theme next = Theme.of(dark, present);
        if (next != currentTheme) {
            currentTheme = next;
            HtmlCanvas.setTheme(next);
            LayoutChanges.changed();
        }
    }

    @JSBody(params = {"name", "on"}, script = "document.documentElement.classList.toggle(name, on);")
    private static native void setRootClass(String name, boolean on);

    /** Whether the scheme is dark now; {@code listener} hears of every change. False where matchMedia is missing. */
    @JSBody(params = "listener", script = "if (!window.matchMedia) { return false; }"
            + " var query = window.matchMedia('(prefers-color-scheme: dark)');"
            + " var tell = function (e) { listener(e.matches); };"
            + " if (query.addEventListener) { query.addEventListener('change', tell); }"
            + " else if (query.addListener) { query.addListener(tell); }"
            + " return query.matches;")
    private static native boolean watchDarkScheme(SchemeListener listener);
}
