package hyperplane.browser;

import hyperplane.state.AppState;
import hyperplane.state.EmbedOptions;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point: says which build runs, loads the state (link, else saved, else defaults), builds the
 * views and wires the page-wide buttons. The only place with page-wide state.
 */
public final class Main {
    private static StateStore store;
    private static Views views;
    private static Playground playground;
    private static LessonPanel lessons;

    private Main() {
    }

    public static void main(String[] args) {
        String engine = engineName();
        HTMLElement build = Dom.byId("build-info");
        build.setAttribute("data-engine", engine);
        build.setTextContent("Running the " + engine + " build");
        Notices.wire();
        // The link and every view may each name a key they ignored: show them all together, not only the last.
        Notices.collect();
        try {
            start();
        } finally {
            Notices.flush();
        }
    }

    private static void start() {
        store = StateStore.load();
        AppState state = store.state();
        store.replace(state);
        boolean framed = Embed.framed();
        playground = new Playground(state.playground(), config -> store.setPlayground(config),
                (event, epoch, trainLoss, testLoss) -> {
                    if (framed) {
                        Embed.post(event, epoch, trainLoss, testLoss);
                    }
                });
        views = new Views(view -> store.setView(view));
        views.add("playground", playground);
        // Further views register here, in tab order: views.add("name", new NameView(store)).
        views.add("perceptron", new PerceptronView(store));
        views.add("activations", new ActivationsView(store));
        views.add("gradient-descent", new GradientDescentView(store));
        views.add("backprop", new BackpropView(store, playground));
        views.select(state.view(), false);
        lessons = new LessonPanel(store, Main::show);
        lessons.follow(state.embed().lesson());

        EmbedOptions embed = store.embed();
        Embed.apply(embed);
        new ImportExport(playground);
        new EmbedDialog(store);
        Dom.on(Dom.byId("copy-link"), "click", e -> copyLink());
        Dom.on(Dom.byId("start-over"), "click", e -> startOver());
        // Writing the hash (StateStore) replaces the history entry, so changing a setting adds none: back and
        // forward leave the page, as intended, rather than stepping through every slider move. They fire
        // hashchange only between two links of this page opened in this tab; openLink then shows the entry's
        // state as it was last written there.
        Window.current().addEventListener("hashchange", e -> openLink());
        if (framed) {
            Embed.post("ready", 0, playground.session().trainLoss(), playground.session().testLoss());
        }
        if (embed.autoplay()) {
            playground.setPlaying(true);
        }
    }

    /**
     * A link pasted into this tab's address bar (or set by a script): every view shows what it says, naming in
     * one notice the keys that could not be used, and starts its run again where its settings changed.
     */
    private static void openLink() {
        Notices.collect();
        try {
            AppState next = StateStore.fromHash(StateStore.currentHash());
            if (next == null) {
                return;
            }
            show(next);
        } finally {
            Notices.flush();
        }
    }

    /** Every view, and the lessons panel, shows {@code next}, which becomes the page's state. */
    private static void show(AppState next) {
        store.replace(next);
        views.restore(next);
        views.select(next.view(), false);
        lessons.follow(next.embed().lesson());
    }

    private static void copyLink() {
        copyToClipboard(currentUrl());
        Notices.show("The link to exactly this setup is copied. Anyone who opens it sees the same data, network "
                + "and settings.");
    }

    private static void startOver() {
        StateStore.clearSaved();
        AppState defaults = AppState.defaults();
        AppState next = new AppState(defaults.view(), defaults.playground(), store.embed(), defaults.extras());
        store.replace(next);
        views.restore(next);
        playground.reset();
        views.select(next.view(), false);
        Notices.show("Started over: the default settings, and nothing of your own saved.");
    }

    @JSBody(script = "return location.href;")
    private static native String currentUrl();

    // The asynchronous clipboard needs a secure context; from file:// the selection fallback does it.
    @JSBody(params = "text", script = "function fallback() { var t = document.createElement('textarea');"
            + " t.value = text; t.setAttribute('readonly', ''); t.style.position = 'fixed'; t.style.opacity = '0';"
            + " document.body.appendChild(t); t.select(); try { document.execCommand('copy'); } catch (e) { }"
            + " document.body.removeChild(t); }"
            + " if (navigator.clipboard && window.isSecureContext) {"
            + " navigator.clipboard.writeText(text).catch(fallback); } else { fallback(); }")
    private static native void copyToClipboard(String text);

    @JSBody(script = "return globalThis.hyperplaneEngine || 'unknown';")
    private static native String engineName();
}
