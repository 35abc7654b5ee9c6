package hyperplane.browser;

import hyperplane.state.EmbedOptions;
import hyperplane.state.EmbedSnippet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The "Embed" dialog: builds the iframe snippet for what is shown now, with checkboxes for the control
 * groups to hide or lock, autoplay and the frame's size; the snippet updates as they change.
 */
final class EmbedDialog {
    private final StateStore store;
    private final HTMLElement dialog = Dom.byId("embed-dialog");
    private final HTMLElement snippet = Dom.byId("embed-snippet");

    EmbedDialog(StateStore store) {
        this.store = store;
        Dom.on(Dom.byId("embed"), "click", e -> open());
        Dom.on(Dom.byId("embed-close"), "click", e -> close(dialog));
        Dom.on(Dom.byId("embed-copy"), "click", e -> {
            select(snippet);
            copySelection();
            Notices.announce("Embed code copied.");
            Dom.text("embed-copied", "Copied.");
        });
        for (String group : EmbedOptions.GROUPS) {
            Dom.on(Dom.byId("embed-hide-" + group), "change", e -> update());
            Dom.on(Dom.byId("embed-lock-" + group), "change", e -> update());
        }
        Dom.on(Dom.byId("embed-autoplay"), "change", e -> update());
        Dom.on(Dom.byId("embed-width"), "input", e -> update());
        Dom.on(Dom.byId("embed-height"), "input", e -> update());
    }

    private void open() {
        update();
        Dom.text("embed-copied", "");
        showModal(dialog);
    }

    private void update() {
        Set<String> hide = new LinkedHashSet<>();
        Set<String> lock = new LinkedHashSet<>();
        for (String group : EmbedOptions.GROUPS) {
            if (Dom.input("embed-hide-" + group).isChecked()) {
                hide.add(group);
            }
            if (Dom.input("embed-lock-" + group).isChecked()) {
                lock.add(group);
            }
        }
        boolean autoplay = Dom.input("embed-autoplay").isChecked();
        snippet.setTextContent(EmbedSnippet.build(pageUrl(), store.state(), hide, lock, autoplay,
                size(Dom.input("embed-width"), 1000), size(Dom.input("embed-height"), 760)));
    }

    private static int size(HTMLInputElement input, int fallback) {
        double value = Dom.number(input);
        return value == value ? (int) value : fallback;
    }

    @JSBody(script = "return location.href.split('#')[0];")
    private static native String pageUrl();

    @JSBody(params = "dialog", script = "if (dialog.showModal) { dialog.showModal(); } else { dialog.open = true; }")
    private static native void showModal(HTMLElement dialog);

    @JSBody(params = "dialog", script = "if (dialog.close) { dialog.close(); } else { dialog.open = false; }")
    private static native void close(HTMLElement dialog);

    @JSBody(params = "element", script = "element.focus(); element.select();")
    private static native void select(HTMLElement element);

    @JSBody(script = "try { document.execCommand('copy'); } catch (e) { }")
    private static native void copySelection();
}
