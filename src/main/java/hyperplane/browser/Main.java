package hyperplane.browser;

import hyperplane.state.PlaygroundConfig;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point: says which build runs, then wires the views. The only place with page-wide state.
 */
public final class Main {
    private static Playground playground;

    private Main() {
    }

    public static void main(String[] args) {
        String engine = engineName();
        HTMLElement build = Dom.byId("build-info");
        build.setAttribute("data-engine", engine);
        build.setTextContent("Running the " + engine + " build");
        Notices.wire();
        playground = new Playground(PlaygroundConfig.defaults(), config -> { });
    }

    @JSBody(script = "return globalThis.hyperplaneEngine || 'unknown';")
    private static native String engineName();
}
