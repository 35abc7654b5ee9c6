package hyperplane.browser;

import hyperplane.data.Dataset;
import hyperplane.data.Feature;
import hyperplane.data.FeatureMap;
import hyperplane.engine.BackpropTrace;
import hyperplane.sim.BackpropWalkthrough;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.AppState;
import hyperplane.state.BackpropSettings;
import hyperplane.state.ModelJson;
import hyperplane.view.BackpropCursor;
import hyperplane.view.BackpropReadout;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The backprop inspector: one training point of the playground's live network, its forward pass, cost and
 * backward pass step by step with the engine's numbers ({@link BackpropWalkthrough} over
 * {@link hyperplane.engine.Network#trace}), and the one-point update. Works on the playground's session, which
 * is paused while this view is shown. Every number is set as text; values carry data-kind, data-layer,
 * data-neuron (and data-from for ∂C/∂w) attributes and the full-precision value in data-value for tests. Behind a
 * softmax output the readouts show the probabilities and the one-hot target as vectors. The choices and sentences
 * are {@link BackpropReadout}'s.
 */
final class BackpropView implements Views.View {
    private static final int DECIMALS = BackpropReadout.DECIMALS;
    private static final double PICK_PIXELS = 14;

    private final StateStore store;
    private final Playground playground;
    private final BackpropPlot plot;
    private final HTMLSelectElement pointSelect = Dom.select("bp-point");
    private final HTMLSelectElement neuronSelect = Dom.select("bp-neuron");
    private final HTMLInputElement showAll = Dom.input("bp-all");
    private final HTMLButtonElement prev = Dom.button("bp-prev");
    private final HTMLButtonElement next = Dom.button("bp-next");
    private final HTMLButtonElement apply = Dom.button("bp-apply");
    private final HTMLElement steps = Dom.byId("bp-steps");
    private final HTMLCanvasElement pointCanvas = Dom.canvas("bp-canvas");

    private boolean visible;
    private BackpropWalkthrough walk;
    /** The point, the step and the neuron written out in full. */
    private final BackpropCursor cursor = new BackpropCursor();
    /** Training points' dataset indices, in list order. */
    private int[] trainIndex = new int[0];

    BackpropView(StateStore store, Playground playground) {
        this.store = store;
        this.playground = playground;
        this.plot = new BackpropPlot(pointCanvas, Dom.canvas("bp-before"), Dom.canvas("bp-network"));
        read(store.state());
        Dom.on(pointSelect, "change", e -> choosePoint(Integer.parseInt(pointSelect.getValue())));
        Dom.on(neuronSelect, "change", e -> {
            cursor.setFocus(Integer.parseInt(neuronSelect.getValue()));
            render();
        });
        Dom.on(showAll, "change", e -> {
            store.update(s -> s.withBackprop(s.backprop().withShowAll(showAll.isChecked())));
            render();
        });
        Dom.on(prev, "click", e -> go(cursor.step() - 1));
        Dom.on(next, "click", e -> go(cursor.step() + 1));
        Dom.on(apply, "click", e -> applyUpdate());
        Dom.on(pointCanvas, "click", this::canvasClick);
        Dom.byId("view-backprop").addEventListener("keydown", (KeyboardEvent e) -> key(e));
        // The canvases are laid out at the width they are shown (BackpropPlot): a new width draws them again.
        LayoutChanges.listen(this::render);
    }

    /** The bp.* settings of {@code state} (checked by the codec): the point, the step and whether all steps show. */
    private void read(AppState state) {
        BackpropSettings settings = state.backprop();
        cursor.read(settings);
        showAll.setChecked(settings.showAll());
    }

    /** Keeps the point and step shown in the link and the saved state (the first training point as the default). */
    private void save() {
        int point = trainIndex.length == 0 ? -1 : BackpropReadout.linkedPoint(cursor.point(), trainIndex[0]);
        store.update(s -> s.withBackprop(s.backprop().withPoint(point).withStep(cursor.step())));
    }

    /**
     * A link or "start over": its point and step, on the playground's network as the link (restored just before)
     * made it. Shown at once when this view is on screen, else when it is next shown.
     */
    @Override
    public void restore(AppState state) {
        read(state);
        if (visible) {
            plot.hideBefore();
            rebuild();
        }
    }

    @Override
    public void setVisible(boolean value) {
        visible = value;
        if (value) {
            plot.hideBefore();
            rebuild();
        }
    }

    /** Reads the session again: the points list, the chosen point and its walkthrough, then draws. */
    private void rebuild() {
        PlaygroundSession session = playground.shownRun();
        String letter = playground.shownRunLetter();
        String runNote = letter.isEmpty() ? "" : BackpropReadout.runNote(letter);
        Dom.text("bp-run-note", runNote);
        Dom.byId("bp-run-note").setHidden(runNote.isEmpty());
        String ruleNote = BackpropReadout.ruleNote(session.config().optimization().optimizer());
        Dom.text("bp-rule-note", ruleNote);
        Dom.byId("bp-rule-note").setHidden(ruleNote.isEmpty());
        Dataset data = session.data();
        listPoints(data);
        if (trainIndex.length == 0) {
            walk = null;
            setControlsEnabled(false);
            steps.setTextContent("");
            HTMLElement note = Dom.create("p");
            note.setTextContent(BackpropCursor.NO_POINTS);
            steps.appendChild(note);
            Dom.text("bp-step-number", "–");
            Dom.text("bp-output", "–");
            Dom.text("bp-inputs", "–");
            Dom.text("bp-target", "–");
            Dom.text("bp-cost", "–");
            plot.draw(session, -1);
            return;
        }
        setControlsEnabled(true);
        BackpropReadout.Choice choice = BackpropReadout.choose(data, cursor.point(), trainIndex[0]);
        if (!choice.notice().isEmpty()) {
            Notices.show(choice.notice());
        }
        cursor.setPoint(choice.point());
        pointSelect.setValue(Integer.toString(cursor.point()));
        walk = BackpropWalkthrough.of(session.network(), new FeatureMap(session.config().features()), data,
                cursor.point());
        cursor.follow(walk);
        listNeurons();
        save();
        ((HTMLTextAreaElement) Dom.byId("bp-model")).setValue(
                ModelJson.write(session.network(), session.config().features()));
        render();
    }

    private void setControlsEnabled(boolean enabled) {
        prev.setDisabled(!enabled);
        next.setDisabled(!enabled);
        apply.setDisabled(!enabled);
        pointSelect.setDisabled(!enabled);
        neuronSelect.setDisabled(!enabled);
    }

    private void listPoints(Dataset data) {
        pointSelect.setTextContent("");
        trainIndex = BackpropReadout.trainingPoints(data);
        for (int i : trainIndex) {
            Dom.addOption(pointSelect, Integer.toString(i), BackpropReadout.pointLabel(data, i));
        }
    }

    /** The picker for the neuron written out in full (BackpropCursor#neuronChoices); off for a small layer. */
    private void listNeurons() {
        List<String> choices = cursor.neuronChoices(walk);
        neuronSelect.setTextContent("");
        if (choices.isEmpty()) {
            Dom.addOption(neuronSelect, "-1", "All (this layer is small)");
            neuronSelect.setDisabled(true);
            return;
        }
        for (int j = 0; j < choices.size(); j++) {
            Dom.addOption(neuronSelect, Integer.toString(j), choices.get(j));
        }
        neuronSelect.setDisabled(false);
        neuronSelect.setValue(Integer.toString(cursor.focus()));
    }

    private void choosePoint(int index) {
        cursor.setPoint(index);
        plot.hideBefore();
        rebuild();
        Notices.announce(BackpropCursor.inspecting(index));
    }

    private void go(int target) {
        if (walk == null || !cursor.go(walk, target)) {
            return;
        }
        save();
        listNeurons();
        render();
        Notices.announce(cursor.announcement(walk));
    }

    /** Arrows, n and p step (BackpropCursor#keyStep). */
    private void key(KeyboardEvent event) {
        int delta = BackpropCursor.keyStep(event.getKey(), targetTag(event));
        if (delta != 0) {
            go(cursor.step() + delta);
            event.preventDefault();
        }
    }

    private void canvasClick(Event event) {
        if (walk == null && trainIndex.length == 0) {
            return;
        }
        int nearest = plot.nearestTrainingPoint(Dom.eventX(pointCanvas, event), Dom.eventY(pointCanvas, event),
                PICK_PIXELS);
        if (nearest >= 0) {
            choosePoint(nearest);
        }
    }

    private void applyUpdate() {
        if (walk == null) {
            return;
        }
        PlaygroundSession session = playground.shownRun();
        double eta = session.config().learningRate();
        double outputBefore = walk.output();
        double costBefore = walk.cost();
        plot.drawBefore(session, cursor.point());
        BackpropWalkthrough applied = walk;
        if (!session.applyStep(network -> applied.applyTo(network, eta))) {
            Notices.error(BackpropReadout.refused(eta));
            return;
        }
        BackpropWalkthrough updated = walk;
        rebuild();
        double outputAfter = updated.outputOf(session.network());
        Dom.text("bp-apply-result", updated.softmaxOutput()
                ? BackpropReadout.appliedClass(eta, updated.targetClass(), outputBefore, outputAfter, costBefore,
                        walk.cost())
                : BackpropReadout.applied(eta, outputBefore, outputAfter, updated.target(0), costBefore,
                        walk.cost()));
    }

    private void render() {
        if (!visible || walk == null) {
            return;
        }
        BackpropTrace t = walk.trace();
        int l = walk.layerCount();
        int step = cursor.step();
        Dom.text("bp-step-number", cursor.stepNumber(walk));
        boolean softmax = walk.softmaxOutput();
        Dom.text("bp-output-label", softmax ? "Probabilities a" : "Output");
        Dom.text("bp-target-label", softmax ? "target y" : "target");
        if (softmax) {
            showOutputs();
        } else {
            setNumber(Dom.byId("bp-output"), t.a(l, 0));
            setNumber(Dom.byId("bp-target"), walk.target(0));
        }
        setNumber(Dom.byId("bp-cost"), walk.cost());
        showInputs();
        prev.setDisabled(step == 0);
        next.setDisabled(step == walk.stepCount() - 1);
        String focused = Dom.focusedId();
        steps.setTextContent("");
        boolean all = showAll.isChecked();
        for (int s = 0; s < walk.stepCount(); s++) {
            if (all || s == step) {
                steps.appendChild(new BackpropSteps(walk, cursor.focusFor(walk, s), DECIMALS,
                        playground.shownRun().config().features()).step(s, s == step));
            }
        }
        Dom.refocus(focused);
        plot.draw(playground.shownRun(), cursor.point());
        plot.drawDiagram(walk, step, cursor.focusFor(walk, step), playground.shownRun().config().features());
        Dom.text("bp-legend", plot.legend(walk, step));
    }

    /** The inputs a^0 as "x₁ = 0.5000, x₂ = …", each value tagged data-kind="input" for tests. */
    private void showInputs() {
        HTMLElement out = Dom.byId("bp-inputs");
        out.setTextContent("");
        List<Feature> features = playground.shownRun().config().features();
        for (int k = 0; k < walk.trace().size(0); k++) {
            if (k > 0) {
                out.appendChild(Dom.document().createTextNode(", "));
            }
            out.appendChild(Dom.document().createTextNode(features.get(k).label() + " = "));
            HTMLElement value = Dom.create("span");
            value.setAttribute("data-kind", "input");
            value.setAttribute("data-neuron", Integer.toString(k));
            setNumber(value, walk.input(k));
            out.appendChild(value);
        }
    }

    /**
     * Behind a softmax: the probabilities a^L as "(0.2000, 0.5000, 0.3000)" in bp-output and the one-hot target in
     * bp-target, each entry tagged data-kind "prob" or "target" with data-neuron k.
     */
    private void showOutputs() {
        int l = walk.layerCount();
        double[] a = new double[walk.trace().size(l)];
        double[] y = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = walk.trace().a(l, k);
            y[k] = walk.target(k);
        }
        showVector(Dom.byId("bp-output"), a, "prob", false);
        showVector(Dom.byId("bp-target"), y, "target", true);
    }

    /** "(v₀, v₁, …)", each entry a span of {@code kind}; {@code oneHot} writes the entries as 0 and 1. */
    private static void showVector(HTMLElement out, double[] values, String kind, boolean oneHot) {
        out.setTextContent("(");
        out.removeAttribute("data-value");
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                out.appendChild(Dom.document().createTextNode(", "));
            }
            HTMLElement value = Dom.create("span");
            value.setAttribute("data-kind", kind);
            value.setAttribute("data-neuron", Integer.toString(k));
            setNumber(value, values[k]);
            if (oneHot) {
                value.setTextContent(Integer.toString((int) values[k]));
            }
            out.appendChild(value);
        }
        out.appendChild(Dom.document().createTextNode(")"));
    }

    private static void setNumber(HTMLElement element, double value) {
        element.setTextContent(BackpropReadout.number(value));
        element.setAttribute("data-value", Double.toString(value));
    }

    @JSBody(params = "event", script = "return event.target && event.target.tagName ? event.target.tagName : '';")
    private static native String targetTag(Event event);
}
