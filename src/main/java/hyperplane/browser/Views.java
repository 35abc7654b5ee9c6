package hyperplane.browser;

import hyperplane.state.AppState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The tabs: one button (#tab-NAME) and one panel (#view-NAME) per view, with the ARIA tabs pattern
 * (arrow keys move between tabs, the selected one is in the tab order). Views are told when they are
 * shown or hidden, so a hidden view neither trains nor draws.
 */
final class Views {
    /** What a view needs from the router. */
    interface View {
        void setVisible(boolean visible);

        /**
         * Takes the settings that {@code state} holds for this view, after the whole state was replaced (a link
         * opened in this tab, or "start over"): unusable values are named in a notice exactly as on load, and
         * the view's run starts again when its settings changed (it is left alone when they did not).
         */
        void restore(AppState state);
    }

    private final Map<String, View> views = new LinkedHashMap<>();
    private final Consumer<String> onSelect;
    private String current = "";

    Views(Consumer<String> onSelect) {
        this.onSelect = onSelect;
    }

    /** Adds a view whose tab and panel are in index.html. */
    void add(String name, View view) {
        views.put(name, view);
        HTMLElement tab = Dom.byId("tab-" + name);
        Dom.on(tab, "click", e -> select(name, true));
        tab.addEventListener("keydown", (KeyboardEvent e) -> key(name, e));
    }

    /** Tells every view of a new state, in tab order: the playground first, whose network the backprop view reads. */
    void restore(AppState state) {
        for (View view : views.values()) {
            view.restore(state);
        }
    }

    /** Shows the view called {@code name} (the first view for an unknown name). */
    void select(String name, boolean focusTab) {
        String target = views.containsKey(name) ? name : views.keySet().iterator().next();
        for (Map.Entry<String, View> entry : views.entrySet()) {
            boolean selected = entry.getKey().equals(target);
            HTMLElement tab = Dom.byId("tab-" + entry.getKey());
            tab.setAttribute("aria-selected", selected ? "true" : "false");
            tab.setAttribute("tabindex", selected ? "0" : "-1");
            Dom.byId("view-" + entry.getKey()).setHidden(!selected);
        }
        reveal(Dom.byId("tab-" + target));
        if (!target.equals(current)) {
            View previous = views.get(current);
            if (previous != null) {
                previous.setVisible(false);
            }
            current = target;
            views.get(target).setVisible(true);
            onSelect.accept(target);
        }
        if (focusTab) {
            Dom.byId("tab-" + target).focus();
        }
    }

    /** Scrolls a tab row that is narrower than its tabs (on a phone) sideways until the tab is in it. */
    @JSBody(params = "tab", script = "var row = tab.parentNode, t = tab.getBoundingClientRect(),"
            + " r = row.getBoundingClientRect();"
            + " if (t.left < r.left) { row.scrollLeft -= r.left - t.left + 8; }"
            + " else if (t.right > r.right) { row.scrollLeft += t.right - r.right + 8; }")
    private static native void reveal(HTMLElement tab);

    private void key(String name, KeyboardEvent event) {
        String[] names = views.keySet().toArray(new String[0]);
        int index = 0;
        while (!names[index].equals(name)) {
            index++;
        }
        int next;
        switch (event.getKey()) {
            case "ArrowRight" -> next = (index + 1) % names.length;
            case "ArrowLeft" -> next = (index + names.length - 1) % names.length;
            case "Home" -> next = 0;
            case "End" -> next = names.length - 1;
            default -> {
                return;
            }
        }
        event.preventDefault();
        select(names[next], true);
    }
}
