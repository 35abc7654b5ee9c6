package hyperplane.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Entry point: wires the page. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement build = document.getElementById("build-info");
        if (build != null) {
            String engine = engineName();
            build.setAttribute("data-engine", engine);
            build.setTextContent("Running the " + engine + " build");
        }
    }

    @JSBody(script = "return globalThis.hyperplaneEngine || 'unknown';")
    private static native String engineName();
}
