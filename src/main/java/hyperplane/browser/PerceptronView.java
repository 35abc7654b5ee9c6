package hyperplane.browser;

import hyperplane.data.ProblemType;
import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import hyperplane.state.AppState;
import hyperplane.state.PerceptronSettings;
import hyperplane.view.LineMotion;
import hyperplane.view.PerceptronReadout;
import java.util.Map;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The Perceptron view: Rosenblatt's rule one point at a time. Wires a {@link PerceptronSession} to the
 * controls, the point editor, the readouts and the renderer; plays from the animation frame loop and moves the
 * line from the old to the new weights over {@value #MOVE_MS} ms (at once when the user prefers reduced
 * motion). Settings live in the link as p.* keys.
 */
final class PerceptronView implements Views.View, FrameLoop.Client {
    private static final double MOVE_MS = 300;

    private final StateStore store;
    private final PerceptronSession session;
    private final PerceptronRenderer renderer;
    private final PointEditor editor;
    private final HTMLButtonElement playButton = Dom.button("p-play");
    private final HTMLSelectElement data = Dom.select("p-data");
    private final HTMLSelectElement init = Dom.select("p-init");
    private final HTMLSelectElement speed = Dom.select("p-speed");
    private final HTMLInputElement seed = Dom.input("p-seed");
    private final HTMLInputElement cap = Dom.input("p-cap");
    private final HTMLInputElement eta = Dom.input("p-eta");
    private final HTMLInputElement etaRange = Dom.input("p-eta-range");

    /** The weights the line is drawn for now, moving to the session's after each step. */
    private final LineMotion line = new LineMotion();

    private boolean visible;
    private boolean playing;
    private boolean dirty = true;
    private double lastAdvance;

    /** Shows {@code session}, made from the store's perceptron settings at start-up. */
    PerceptronView(StateStore store, PerceptronSession session, Undo undo) {
        this.store = store;
        this.session = session;
        renderer = new PerceptronRenderer();
        editor = new PointEditor("p-", Dom.canvas("p-canvas"), session::points, renderer::viewport,
                () -> ProblemType.CLASSIFICATION, points -> apply(session.settings().withPoints(points)),
                () -> dirty = true, undo);
        // The canvases are laid out at the width they are shown (PerceptronRenderer): a new width redraws them.
        Window.current().addEventListener("resize", e -> dirty = true);
        wire();
        showSettings();
        jumpTo(session.weights());
        updateReadouts();
    }

    private void wire() {
        Dom.on(playButton, "click", e -> setPlaying(!playing));
        Dom.on(Dom.byId("p-step"), "click", e -> {
            setPlaying(false);
            advance(false);
        });
        Dom.on(Dom.byId("p-step-epoch"), "click", e -> {
            setPlaying(false);
            advance(true);
        });
        Dom.on(Dom.byId("p-reset"), "click", e -> reset());
        Dom.on(data, "change", e -> {
            PerceptronSettings.Data d = PerceptronSettings.Data.fromKey(data.getValue());
            apply(d == PerceptronSettings.Data.MINE
                    ? session.settings().withPoints(session.points()) : session.settings().withData(d));
        });
        Dom.on(init, "change", e -> apply(session.settings().withRandomStart(init.getValue().equals("random"))));
        Dom.on(speed, "change", e -> apply(session.settings().withSpeed(speed.getValue())));
        Dom.on(etaRange, "input", e -> apply(session.settings().withLearningRate(Dom.number(etaRange))));
        Dom.on(eta, "change", e -> {
            double value = Dom.number(eta);
            if (value >= PerceptronSettings.MIN_RATE && value <= PerceptronSettings.MAX_RATE) {
                apply(session.settings().withLearningRate(value));
            } else {
                showSettings();
                Notices.show("The learning rate η must be a number from " + PerceptronSettings.MIN_RATE + " to "
                        + PerceptronSettings.MAX_RATE + "; it stays " + session.settings().learningRate() + ".");
            }
        });
        Dom.on(seed, "change", e -> {
            double value = Dom.number(seed);
            if (value >= 0 && value <= Integer.MAX_VALUE && value == Math.floor(value)) {
                apply(session.settings().withSeed((int) value));
            } else {
                showSettings();
                Notices.show("The seed must be a whole number from 0 to 2147483647; it stays "
                        + session.settings().seed() + ".");
            }
        });
        Dom.on(cap, "change", e -> {
            double value = Dom.number(cap);
            if (value >= 1 && value <= PerceptronSettings.MAX_CAP && value == Math.floor(value)) {
                apply(session.settings().withMaxEpochs((int) value));
            } else {
                showSettings();
                Notices.show("The epoch cap must be a whole number from 1 to " + PerceptronSettings.MAX_CAP
                        + "; it stays " + session.settings().maxEpochs() + ".");
            }
        });
    }

    @Override
    public void setVisible(boolean value) {
        visible = value;
        if (!value) {
            setPlaying(false);
        }
        dirty = true;
    }

    /**
     * A link or "start over": its p.* settings (the codec checked them). Settings that differ from the current
     * ones beyond the play speed restart the run from the new starting weights (see {@link #apply}); equal ones
     * leave the run as it is.
     */
    @Override
    public void restore(AppState state) {
        PerceptronSettings next = state.perceptron();
        if (next.encode().equals(session.settings().encode())) {
            store.update(s -> s.withPerceptron(next));
        } else {
            apply(next);
        }
    }

    private void apply(PerceptronSettings next) {
        boolean restarts = !next.withSpeed(session.settings().speed()).equals(session.settings());
        session.apply(next);
        save(next);
        showSettings();
        if (restarts) {
            setPlaying(false);
            jumpTo(session.weights());
            updateReadouts();
        }
        dirty = true;
    }

    /** Writes {@code settings} into the link and the saved state. */
    private void save(PerceptronSettings settings) {
        store.update(s -> s.withPerceptron(settings));
    }

    private void showSettings() {
        PerceptronSettings s = session.settings();
        data.setValue(s.data().key());
        init.setValue(s.randomStart() ? "random" : "zeros");
        speed.setValue(s.speed());
        setIfDifferent(seed, Integer.toString(s.seed()));
        setIfDifferent(cap, Integer.toString(s.maxEpochs()));
        setIfDifferent(eta, PerceptronReadout.number(s.learningRate()));
        if (Dom.number(etaRange) != s.learningRate()) {
            etaRange.setValue(Double.toString(s.learningRate()));
        }
        seed.setDisabled(!s.randomStart() && s.data() != PerceptronSettings.Data.SEPARABLE);
    }

    private static void setIfDifferent(HTMLInputElement input, String text) {
        if (Dom.number(input) != Double.parseDouble(text)) {
            input.setValue(text);
        }
    }

    private void setPlaying(boolean value) {
        if (value && session.finished()) {
            Notices.announce(session.statusText() + " Press Reset to run again.");
            updateReadouts();
            return;
        }
        if (value == playing) {
            return;
        }
        playing = value;
        lastAdvance = Dom.now() - session.intervalMs();
        playButton.setAttribute("aria-pressed", value ? "true" : "false");
        playButton.setAttribute("aria-label", value ? "Pause" : "Play");
        if (!value) {
            Notices.announce(session.statusText());
        }
    }

    /** One point (or the rest of the epoch), then the readouts, the chart and the line's move. */
    private void advance(boolean wholeEpoch) {
        PerceptronStep step = wholeEpoch ? session.stepEpoch() : session.step();
        if (step == null) {
            Notices.announce(session.statusText() + " Press Reset to run again.");
            updateReadouts();
            return;
        }
        moveTo(session.weights(), playing ? Math.min(MOVE_MS, 0.6 * session.intervalMs()) : MOVE_MS);
        updateReadouts();
        if (!playing) {
            Notices.announce(PerceptronReadout.describe(step) + (session.finished() ? " " + session.statusText() : ""));
        } else if (session.finished()) {
            setPlaying(false);
        } else {
            Notices.announceThrottled(session.statusText(), 4000);
        }
    }

    private void reset() {
        setPlaying(false);
        session.reset();
        jumpTo(session.weights());
        updateReadouts();
        Notices.announce("Back to the starting weights " + PerceptronReadout.vector(session.weights())
                + ", epoch 1, first point.");
    }

    private void jumpTo(double[] weights) {
        line.jumpTo(weights);
        dirty = true;
    }

    private void moveTo(double[] weights, double durationMs) {
        if (Dom.prefersReducedMotion()) {
            line.jumpTo(weights);
        } else {
            line.moveTo(weights, Dom.now(), durationMs);
        }
        dirty = true;
    }

    @Override
    public void frame(double timestamp) {
        if (visible && playing && Dom.now() - lastAdvance >= session.intervalMs()) {
            lastAdvance = Dom.now();
            advance(session.settings().speed().equals("epoch"));
        }
        if (visible && line.advance(Dom.now())) {
            dirty = true;
        }
        if (visible && dirty) {
            dirty = false;
            PerceptronStep last = session.lastStep();
            renderer.draw(session.points(), line.shown(), last == null ? -1 : last.index(), editor.cursorX(),
                    editor.cursorY());
            renderer.drawChart(session.mistakesPerEpoch());
        }
    }

    private void updateReadouts() {
        for (Map.Entry<String, String> field : PerceptronReadout.fields(session).entrySet()) {
            Dom.text(field.getKey(), field.getValue());
        }
    }
}
