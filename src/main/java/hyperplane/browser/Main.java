package hyperplane.browser;

import hyperplane.state.AppState;
import hyperplane.state.EmbedOptions;
import hyperplane.view.LinkText;
import hyperplane.view.StartState;
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
    private static Undo undo;
    private static Presentation presentation;
    private static boolean started;

    private Main() {
    }

    public static void main(String[] args) {
        String engine = engineName();
        HTMLElement build = Dom.byId("build-info");
        build.setAttribute("data-engine", engine);
        build.setTextContent("Running the " + engine + " build");
        Notices.wire();
        // Before the views too: on a phone "Start over" is behind the header's menu button.
        Disclosures.wire();
        // Wired before anything else starts, so that it works even if a view cannot.
        Dom.on(Dom.byId("start-over"), "click", e -> startOver());
        // The link and every view may each name a key they ignored: show them all together, not only the last.
        Notices.collect();
        try {
            start();
            started = true;
        } catch (RuntimeException e) {
            // StartState checked every view's part of the state on the JVM's terms; this is the last resort.
            Notices.error("Hyperplane could not start with this link or the saved state (" + e.getMessage()
                    + "). Press Start over to clear them and start from the default settings.");
        } finally {
            Notices.flush();
        }
    }

    private static void start() {
        StartState start = StateStore.load();
        store = StateStore.of(start.state());
        AppState state = store.state();
        undo = new Undo(store);
        boolean framed = Embed.framed();
        playground = new Playground(start.playground(), config -> store.setPlayground(config),
                (event, epoch, trainLoss, testLoss) -> {
                    if (framed) {
                        Embed.post(event, epoch, trainLoss, testLoss);
                    }
                }, undo);
        playground.compare(state.compare(), compare -> store.update(s -> s.withCompare(compare)));
        views = new Views(view -> store.setView(view));
        views.add("playground", playground);
        // Further views register here, in tab order: views.add("name", new NameView(store)).
        PerceptronView perceptron = new PerceptronView(store, start.perceptron(), undo);
        ActivationsView activations = new ActivationsView(store);
        GradientDescentView descent = new GradientDescentView(store, start.descent(),
                new DescentRaceView(store, state.race()));
        views.add("perceptron", perceptron);
        views.add("activations", activations);
        views.add("gradient-descent", descent);
        FrameLoop loop = new FrameLoop();
        // One animation-frame loop for the page, the views in tab order; each draws only when it is dirty.
        loop.add(playground);
        loop.add(perceptron);
        loop.add(activations);
        loop.add(descent);
        views.add("backprop", new BackpropView(store, playground));
        views.select(state.view(), false);
        loop.start();
        lessons = new LessonPanel(store, Main::show);
        lessons.follow(state.embed().lesson());

        EmbedOptions embed = store.embed();
        Embed.apply(embed);
        if (embed.embed()) {
            // An embedded lesson starts as its bar, so the frame's room goes to the view; the text is one click away.
            lessons.showText(false);
        }
        presentation = new Presentation(store);
        new ImportExport(playground, undo);
        new EmbedDialog(store);
        Dom.on(Dom.byId("copy-link"), "click", e -> copyLink(false));
        Dom.on(Dom.byId("copy-link-weights"), "click", e -> copyLink(true));
        // Writing the hash (StateStore) replaces the history entry, so changing a setting adds none: back and
        // forward leave the page, as intended, rather than stepping through every slider move. They fire
        // hashchange between two links of this page opened in this tab, and after an undoable action (Undo);
        // openLink then shows the entry's state as it was last written there.
        Window.current().addEventListener("hashchange", e -> openLink());
        if (framed) {
            Embed.post("ready", 0, playground.session().trainLoss(), playground.session().testLoss());
        }
        if (embed.autoplay()) {
            playground.setPlaying(true);
        }
    }

    /**
     * A link pasted into this tab's address bar (or set by a script, or an entry of this tab's history): every
     * view shows what it says, naming in one notice the keys that could not be used, and starts its run again
     * where its settings changed.
     */
    private static void openLink() {
        if (!started) {
            return;
        }
        Notices.collect();
        try {
            StartState next = store.fromHash(StateStore.currentHash());
            if (next == null) {
                return;
            }
            show(next.state());
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
        presentation.follow(next.embed());
    }

    /** The link of this page; with the network's current weights in it when {@code withWeights}. */
    private static void copyLink(boolean withWeights) {
        String url = currentUrl();
        boolean runs = store.state().compare().active();
        if (withWeights) {
            AppState state = store.state().withCompare(playground.comparisonWithWeightsNow());
            url = LinkText.withWeights(url, state, playground.session().parameters());
        }
        copyToClipboard(url);
        Notices.show(LinkText.copied(url, withWeights, runs, playground.session().epoch()));
    }

    /**
     * Back to the defaults with nothing of the user's saved; undoable. Before the views exist (should one have
     * failed to start) it forgets the saved state and the link and loads the page again.
     */
    private static void startOver() {
        StateStore.clearSaved();
        if (!started) {
            reloadWithoutHash();
            return;
        }
        undo.run("Started over: the default settings, and nothing of your own saved.", () -> {
            AppState defaults = AppState.defaults();
            AppState next = defaults.withEmbed(store.embed());
            store.replace(next);
            views.restore(next);
            playground.reset();
            views.select(next.view(), false);
        });
    }

    @JSBody(script = "location.replace(location.href.split('#')[0]);")
    private static native void reloadWithoutHash();

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
