package hyperplane.browser;

import hyperplane.data.ProblemType;
import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import hyperplane.state.AppState;
import hyperplane.state.PerceptronSettings;
import hyperplane.view.LineMotion;
import hyperplane.view.PerceptronChoices;
import hyperplane.view.PerceptronPalette;
import hyperplane.view.PerceptronReadout;
import java.util.Map;
import java.util.function.BiFunction;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The Perceptron view: Rosenblatt's rule one point at a time. Wires a {@link PerceptronSession} to the
 * controls, the point editor, the readouts and the renderer; plays from the animation frame loop and moves the
 * line from the old to the new weights (PerceptronChoices#moveMs; at once when the user prefers reduced
 * motion). Settings live in the link as p.* keys; which typed values are taken is {@link PerceptronChoices}'s.
 */
final class PerceptronView implements Views.View, FrameLoop.Client {

    private final StateStore store;
    private final PerceptronSession session;
    private final PerceptronRenderer renderer;
    private final PointEditor editor;
    private final HTMLButtonElement playButton = Dom.button("p-play");
    private final HTMLSelectElement data = Dom.select("p-data");
    private final HTMLSelectElement classes = Dom.select("p-classes");
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
        LayoutChanges.listen(() -> dirty = true);
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
        Dom.on(classes, "change", e -> {
            try {
                apply(PerceptronChoices.chosenClasses(session.settings(), Integer.parseInt(classes.getValue())));
            } catch (IllegalArgumentException refused) {
                showSettings();
                Notices.show(refused.getMessage());
            }
        });
        Dom.on(init, "change", e -> apply(session.settings().withRandomStart(init.getValue().equals("random"))));
        Dom.on(speed, "change", e -> apply(session.settings().withSpeed(speed.getValue())));
        Dom.on(etaRange, "input", e -> apply(session.settings().withLearningRate(Dom.number(etaRange))));
        typed(eta, PerceptronChoices::typedRate);
        typed(seed, PerceptronChoices::typedSeed);
        typed(cap, PerceptronChoices::typedCap);
    }

    /** A number field: a value PerceptronChoices refuses puts the settings back and says why. */
    private void typed(HTMLInputElement field, BiFunction<PerceptronSettings, Double, PerceptronSettings> with) {
        Dom.on(field, "change", e -> {
            try {
                apply(with.apply(session.settings(), Dom.number(field)));
            } catch (IllegalArgumentException refused) {
                showSettings();
                Notices.show(refused.getMessage());
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
        boolean restarts = PerceptronChoices.restarts(session.settings(), next);
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
        classes.setValue(Integer.toString(s.classes()));
        classes.setDisabled(!PerceptronChoices.classesUsed(s));
        showClassPicker(s.classes());
        init.setValue(PerceptronChoices.initKey(s));
        speed.setValue(s.speed());
        setIfDifferent(seed, Integer.toString(s.seed()));
        setIfDifferent(cap, Integer.toString(s.maxEpochs()));
        setIfDifferent(eta, PerceptronReadout.number(s.learningRate()));
        if (Dom.number(etaRange) != s.learningRate()) {
            etaRange.setValue(Double.toString(s.learningRate()));
        }
        seed.setDisabled(!PerceptronChoices.seedUsed(s));
    }

    /** Shows one class swatch for each of the K classes; a chosen class that is no longer there falls back to 0. */
    private static void showClassPicker(int k) {
        for (int c = 2; c < PerceptronPalette.SIZE; c++) {
            HTMLInputElement radio = Dom.input("p-class-" + c);
            ((HTMLElement) radio.getParentNode()).setHidden(c >= k);
            radio.setDisabled(c >= k);
            if (c >= k && radio.isChecked()) {
                Dom.input("p-class-0").setChecked(true);
            }
        }
    }

    private static void setIfDifferent(HTMLInputElement input, String text) {
        if (Dom.number(input) != Double.parseDouble(text)) {
            input.setValue(text);
        }
    }

    private void setPlaying(boolean value) {
        if (value && session.finished()) {
            Notices.announce(PerceptronChoices.over(session));
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
        follow(wholeEpoch ? session.stepEpoch() : session.step());
    }

    /** After a step, or a frame's epochs at play speed "max" (the step is null when the run was over). */
    private void follow(PerceptronStep step) {
        if (step == null) {
            Notices.announce(PerceptronChoices.over(session));
            updateReadouts();
            return;
        }
        moveTo(session.weights(), PerceptronChoices.moveMs(playing, session.intervalMs()));
        updateReadouts();
        if (!playing) {
            Notices.announce(PerceptronChoices.stepped(step, session));
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
        Notices.announce(PerceptronChoices.reset(session.weights()));
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
            String speed = session.settings().speed();
            if (speed.equals("max")) {
                follow(session.stepEpochsFor(PerceptronChoices.MAX_SPEED_FRAME_MS, Dom::now));
            } else {
                advance(speed.equals("epoch"));
            }
        }
        if (visible && line.advance(Dom.now())) {
            dirty = true;
        }
        if (visible && dirty) {
            dirty = false;
            PerceptronStep last = session.lastStep();
            renderer.draw(session.points(), line.shown(), session.classes(), last == null ? -1 : last.index(),
                    editor.cursorX(), editor.cursorY());
            renderer.drawChart(session.mistakesPerEpoch());
        }
    }

    /** The ids shown for two classes and hidden for more, and the other way round. */
    private static final String[] BINARY_ONLY = {"p-rule-binary", "p-numbers-binary", "p-weights-binary"};
    private static final String[] MULTI_ONLY = {"p-rule-multi", "p-numbers-multi", "p-m-steps-wrap",
        "p-m-weights-wrap"};

    private void updateReadouts() {
        int k = session.classes();
        for (String id : BINARY_ONLY) {
            Dom.byId(id).setHidden(k > 2);
        }
        for (String id : MULTI_ONLY) {
            Dom.byId(id).setHidden(k == 2);
        }
        for (int c = 0; c < PerceptronPalette.SIZE; c++) {
            Dom.byId("p-m-row-" + c).setHidden(c >= k);
            Dom.byId("p-m-wrow-" + c).setHidden(c >= k);
        }
        Dom.text("p-plane-heading", k > 2 ? "The regions" : "The line");
        for (Map.Entry<String, String> field : PerceptronReadout.fields(session).entrySet()) {
            Dom.text(field.getKey(), field.getValue());
        }
    }
}
