package hyperplane.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.xml.CharacterData;
import org.teavm.jso.dom.xml.Node;

/** Small typed helpers over the page's elements. Text always goes in as text, never as HTML. */
final class Dom {
    private Dom() {
    }

    static HTMLDocument document() {
        return HTMLDocument.current();
    }

    /** The element with this id; a missing one is a bug in index.html, so it fails loudly. */
    static HTMLElement byId(String id) {
        HTMLElement element = document().getElementById(id);
        if (element == null) {
            throw new IllegalStateException("index.html has no element #" + id);
        }
        return element;
    }

    static HTMLInputElement input(String id) {
        return (HTMLInputElement) byId(id);
    }

    static HTMLSelectElement select(String id) {
        return (HTMLSelectElement) byId(id);
    }

    static HTMLButtonElement button(String id) {
        return (HTMLButtonElement) byId(id);
    }

    static HTMLCanvasElement canvas(String id) {
        return (HTMLCanvasElement) byId(id);
    }

    static HTMLElement create(String tag) {
        return document().createElement(tag);
    }

    /** Appends an option with this value and text to {@code select}. */
    static void addOption(HTMLElement select, String value, String text) {
        HTMLElement option = create("option");
        option.setAttribute("value", value);
        option.setTextContent(text);
        select.appendChild(option);
    }

    static void on(HTMLElement element, String type, EventListener<Event> listener) {
        element.addEventListener(type, listener);
    }

    static void text(String id, String text) {
        HTMLElement element = byId(id);
        // Setting the same text still replaces the text node, and the page lays itself out again: skipped.
        if (text.equals(element.getTextContent())) {
            return;
        }
        // An element holding one text node gets new characters in it: replacing the node (textContent) also makes the
        // browser compute the new node's style and attach it (measured at 4× CPU throttling: 2.0 ms against 1.4 ms
        // for the running readouts' three numbers, style and layout).
        Node only = element.getFirstChild();
        if (only != null && only.getNextSibling() == null && only.getNodeType() == Node.TEXT_NODE && !text.isEmpty()) {
            ((CharacterData) only).setData(text);
        } else {
            element.setTextContent(text);
        }
    }

    /** Milliseconds since the page started, with sub-millisecond resolution. */
    @JSBody(script = "return performance.now();")
    static native double now();

    @JSBody(script = "return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);")
    static native boolean prefersReducedMotion();

    @JSBody(params = "event", script = "return event.pointerType || 'mouse';")
    static native String pointerType(Event event);

    @JSBody(params = "event", script = "return event.pointerId === undefined ? 1 : event.pointerId;")
    static native int pointerId(Event event);

    @JSBody(params = {"element", "id"}, script = "if (element.setPointerCapture) { element.setPointerCapture(id); }")
    static native void capturePointer(HTMLElement element, int id);

    /** The x of a mouse or pointer event in the element's logical pixels (see HtmlCanvas), from its left edge. */
    @JSBody(params = {"element", "event"}, script = "var r = element.getBoundingClientRect();"
            + "return (event.clientX - r.left) * (+element.dataset.logicalWidth || element.width) / r.width;")
    static native double eventX(HTMLElement element, Event event);

    /** The y of a mouse or pointer event in the element's logical pixels, from its top edge. */
    @JSBody(params = {"element", "event"}, script = "var r = element.getBoundingClientRect();"
            + "return (event.clientY - r.top) * (+element.dataset.logicalHeight || element.height) / r.height;")
    static native double eventY(HTMLElement element, Event event);

    /** The id of the focused element, or "" (to restore focus after rebuilding a part of the page). */
    @JSBody(script = "var e = document.activeElement; return e && e.id ? e.id : '';")
    static native String focusedId();

    /** Focuses the element with this id if it exists and is enabled; else its nearest enabled sibling control. */
    @JSBody(params = "id", script = "if (!id) { return; } var e = document.getElementById(id);"
            + "if (e && !e.disabled) { e.focus(); return; }"
            + "if (e && e.parentNode) {"
            + "  var o = e.parentNode.querySelector('button:not([disabled])'); if (o) { o.focus(); }"
            + "}")
    static native void refocus(String id);

    /** An input's value as a number: NaN when empty or not a number (valueAsNumber). */
    @JSBody(params = "input", script = "return input.valueAsNumber;")
    static native double number(HTMLInputElement input);
}
