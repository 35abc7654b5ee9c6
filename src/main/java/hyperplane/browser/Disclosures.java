package hyperplane.browser;

import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The buttons that fold a part of the page away ({@code button.disclosure}, whose aria-controls names the part): a
 * click flips aria-expanded, and the style sheet shows the part while it is "true". Where the part does not fold
 * (the header's buttons and the playground's settings on a wide screen) the style sheet hides the button instead.
 */
final class Disclosures {
    private Disclosures() {
    }

    /** Wires every disclosure button of the page; they start as index.html says (folded). */
    static void wire() {
        NodeList<? extends HTMLElement> found = Dom.document().querySelectorAll("button.disclosure");
        for (int i = 0; i < found.getLength(); i++) {
            HTMLElement button = found.item(i);
            Dom.on(button, "click", e -> button.setAttribute("aria-expanded",
                    "true".equals(button.getAttribute("aria-expanded")) ? "false" : "true"));
        }
    }
}
