package hyperplane.browser;

import hyperplane.state.AppState;
import hyperplane.state.HashCodec;
import hyperplane.state.LessonSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The lessons panel above the views. The lessons are the {@code <section class="lesson">} elements of the page,
 * in order: id {@code lesson-<id>}, an {@code <h3>} title, and in {@code data-setup} the link keys of the
 * lesson's example (see {@link LessonSetup}). One lesson shows at a time; the open lesson is kept in the link
 * as {@code lesson=<id>}, so a link or an embedded page opens on it.
 *
 * <p>A lesson may have further examples: a {@code <button data-setup="…">} in its text sets up its own setup as
 * "Set up this example" sets up the section's.
 *
 * <p>"Set up this example" first adds a history entry, so the setup the user had stays one step back in the
 * browser's history (Back returns to it, through the page's hashchange handling), then shows the example.
 */
final class LessonPanel {
    private final StateStore store;
    private final Consumer<AppState> open;
    private final HTMLElement panel = Dom.byId("lesson-panel");
    private final HTMLElement toggle = Dom.byId("lessons");
    private final HTMLSelectElement choice = Dom.select("lesson-choice");
    private final List<HTMLElement> sections = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private int current = -1;

    /**
     * @param open shows a state in every view (as a link opened in this tab does)
     */
    LessonPanel(StateStore store, Consumer<AppState> open) {
        this.store = store;
        this.open = open;
        NodeList<Element> found = lessonSections();
        for (int i = 0; i < found.getLength(); i++) {
            HTMLElement section = (HTMLElement) found.item(i);
            sections.add(section);
            ids.add(section.getAttribute("id").substring("lesson-".length()));
            titles.add(section.querySelector("h3").getTextContent());
            Dom.addOption(choice, ids.get(i), (i + 1) + ". " + titles.get(i));
        }
        Dom.text("lesson-total", Integer.toString(ids.size()));
        Dom.on(toggle, "click", e -> {
            if (panel.isHidden()) {
                show(current < 0 ? 0 : current, true);
            } else {
                close();
            }
        });
        Dom.on(Dom.byId("lesson-close"), "click", e -> {
            close();
            toggle.focus();
        });
        Dom.document().addEventListener("keydown", (KeyboardEvent e) -> escape(e));
        Dom.on(Dom.byId("lesson-previous"), "click", e -> show(current - 1, false));
        Dom.on(Dom.byId("lesson-next"), "click", e -> show(current + 1, false));
        Dom.on(choice, "change", e -> show(ids.indexOf(choice.getValue()), false));
        Dom.on(Dom.byId("lesson-setup"), "click", e -> setUpExample(null));
        // A lesson's further examples: a button in its text with a setup of its own.
        NodeList<Element> more = exampleButtons();
        for (int i = 0; i < more.getLength(); i++) {
            HTMLElement button = (HTMLElement) more.item(i);
            Dom.on(button, "click", e -> setUpExample(button.getAttribute("data-setup")));
        }
        // The text can fold away, leaving the bar: in a small embedded frame the view then has the room.
        Dom.on(Dom.byId("lesson-fold"), "click", e -> showText(Dom.byId("lesson-body").isHidden()));
    }

    /** Shows the lesson's text, or folds it away leaving the panel's bar with its "Show the text" button. */
    void showText(boolean shown) {
        HTMLElement fold = Dom.byId("lesson-fold");
        Dom.byId("lesson-body").setHidden(!shown);
        fold.setAttribute("aria-expanded", shown ? "true" : "false");
        fold.setTextContent(shown ? "Hide the text" : "Show the text");
    }

    /** Shows the lesson a link names ("" closes the panel); an unknown id gets a notice and is dropped. */
    void follow(String id) {
        if (id.isEmpty()) {
            hide();
            return;
        }
        int index = ids.indexOf(id);
        if (index < 0) {
            Notices.show("There is no lesson \"" + id + "\", so none is open. The lessons are: "
                    + String.join(", ", ids) + ".");
            hide();
            store.setLesson("");
            return;
        }
        show(index, false);
    }

    private void show(int index, boolean focusTitle) {
        if (index < 0 || index >= sections.size()) {
            return;
        }
        current = index;
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).setHidden(i != index);
        }
        Dom.text("lesson-number", Integer.toString(index + 1));
        choice.setValue(ids.get(index));
        Dom.button("lesson-previous").setDisabled(index == 0);
        Dom.button("lesson-next").setDisabled(index == sections.size() - 1);
        panel.setHidden(false);
        toggle.setAttribute("aria-expanded", "true");
        store.setLesson(ids.get(index));
        if (focusTitle) {
            choice.focus();
        }
    }

    private void close() {
        hide();
        store.setLesson("");
    }

    /**
     * Escape closes the open panel when the key is not someone else's: the focus is in the panel, on the Lessons
     * button or nowhere in particular (the page itself), no dialog is open, and nothing has used the key already.
     * The focus then returns to the Lessons button if it was in the panel, so it is not lost with it.
     */
    private void escape(KeyboardEvent e) {
        if (!e.getKey().equals("Escape") || panel.isHidden() || defaultPrevented(e) || dialogOpen()) {
            return;
        }
        int focus = focusPlace(panel, toggle);
        if (focus == 0) {
            return;
        }
        e.preventDefault();
        close();
        if (focus == 2) {
            toggle.focus();
        }
    }

    @JSBody(script = "return document.querySelector('dialog[open]') !== null;")
    private static native boolean dialogOpen();

    @JSBody(params = "event", script = "return !!event.defaultPrevented;")
    private static native boolean defaultPrevented(KeyboardEvent event);

    /** Where the focus is: 2 inside the panel, 1 on the Lessons button or the page itself, 0 elsewhere. */
    @JSBody(params = {"panel", "toggle"}, script = "var f = document.activeElement;"
            + " if (f && panel.contains(f)) { return 2; }"
            + " return !f || f === toggle || f === document.body || f === document.documentElement ? 1 : 0;")
    private static native int focusPlace(HTMLElement panel, HTMLElement toggle);

    private void hide() {
        panel.setHidden(true);
        toggle.setAttribute("aria-expanded", "false");
    }

    /**
     * Sets up an example of the lesson on show: its own ({@code data-setup} of its section) for a null
     * {@code given}, else the setup of a button in its text.
     */
    private void setUpExample(String given) {
        if (current < 0) {
            return;
        }
        String setup = given != null ? given : sections.get(current).getAttribute("data-setup");
        String before = HashCodec.encode(store.state());
        AppState next = LessonSetup.apply(store.state(), ids.get(current), setup);
        // The entry to return to holds every view's settings; the example's entry its link.
        replaceAndPush(before, HashCodec.link(next));
        open.accept(next);
        Notices.show("The example of \"" + titles.get(current) + "\" is set up. What you "
                + "had before is one step back: press the browser's Back button to return to it.");
    }

    @JSBody(script = "return document.querySelectorAll('section.lesson button[data-setup]');")
    private static native NodeList<Element> exampleButtons();

    @JSBody(script = "return document.querySelectorAll('section.lesson');")
    private static native NodeList<Element> lessonSections();

    // A new history entry for the example; the entry before it keeps the user's whole setup.
    @JSBody(params = {"before", "hash"}, script = "try { history.replaceState(history.state, '', '#' + before);"
            + " history.pushState(null, '', '#' + hash); } catch (e) { location.hash = hash; }")
    private static native void replaceAndPush(String before, String hash);
}
