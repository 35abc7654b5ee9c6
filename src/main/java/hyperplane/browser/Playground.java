package hyperplane.browser;

import hyperplane.sim.PlaygroundSession;
import hyperplane.state.AppState;
import hyperplane.state.CompareSettings;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.CompareTable;
import hyperplane.view.DiagnosisReport;
import hyperplane.view.FrameBudget;
import hyperplane.view.Format;
import hyperplane.view.NodeRef;
import hyperplane.view.PlaygroundControl;
import hyperplane.view.PlaygroundText;
import hyperplane.view.TrainingPace;
import java.util.function.Consumer;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playground view: wires the session (sim) to the controls, the point editor and the renderer, and
 * runs training from the page's frame loop. It holds no training logic of its own.
 */
final class Playground implements Views.View, FrameLoop.Client {
    private final PlaygroundSession session;
    private final PlaygroundControls controls;
    private final PlaygroundRenderer renderer;
    private final PointEditor editor;
    private final Consumer<PlaygroundConfig> onChange;
    private final ProgressListener progress;
    /** How much a frame trains and how often the readouts and progress events follow. */
    private final TrainingPace pace = new TrainingPace();
    /** How much of a frame training and drawing may take, learnt from the frames' clock. */
    private final FrameBudget budget = new FrameBudget();
    /** This view's own work in the last frame (training and drawing), in ms. */
    private double lastWorkMs;
    /** The line that says why a run is not learning. */
    private final DiagnosisReport diagnosis = new DiagnosisReport();
    /** The layer histograms and the gradient-flow chart, each behind its check box (reading the diagnosis's census). */
    private final InsidePanels insides = new InsidePanels();
    private final HTMLButtonElement playButton = Dom.button("play");
    private final HTMLCanvasElement networkCanvas = Dom.canvas("network");

    private boolean playing;
    private double drawMs;
    private double trainMs;
    /** How long this frame's readouts took (ms; 0 if none changed), for the speed measurements. */
    private double readoutsMs;
    private int epochsThisFrame;
    private boolean dirty = true;
    private boolean visible = true;
    private NodeRef hovered;
    private NodeRef keyboardNeuron;
    private final NeuronEditor neuronEditor = new NeuronEditor(this::writeParameter);
    private final ClassReadouts classReadouts;
    /** Compare mode: the further runs, trained in lock-step with this session (run A). */
    private final CompareView compare;

    /** Told of what happens to training: "play", "pause", "step", "reset", "progress", "diverged". */
    interface ProgressListener {
        void event(String event, int epoch, double trainLoss, double testLoss);
    }

    /**
     * @param session  the session to show (the page's only playground session; this view owns it from now on)
     * @param onChange told of every configuration the user makes (for the link and autosave)
     * @param progress told of training events (for an embedding page)
     * @param undo     makes regenerating and clearing the points undoable
     */
    Playground(PlaygroundSession session, Consumer<PlaygroundConfig> onChange, ProgressListener progress,
               Undo undo) {
        this.onChange = onChange;
        this.progress = progress;
        this.session = session;
        renderer = new PlaygroundRenderer();
        compare = new CompareView(session, new CompareView.Host() {
            @Override
            public void applyA(PlaygroundConfig config) {
                applyToA(config, false);
            }

            @Override
            public void changed() {
                compareChanged();
            }
        });
        renderer.showComparison(compare.comparison());
        controls = new PlaygroundControls(this::apply, undo);
        controls.show(session.config());
        renderer.draw(session, null, Double.NaN, Double.NaN, -1);
        editor = new PointEditor(Dom.canvas("canvas"), session::data, renderer::viewport,
                () -> session.config().problem(), points -> apply(shown().config().withPoints(points)),
                () -> dirty = true, undo);
        classReadouts = new ClassReadouts(this::shown, Dom.canvas("canvas"), renderer::viewport,
                () -> describe(described()));
        Dom.on(playButton, "click", e -> setPlaying(!playing));
        Dom.on(Dom.byId("step"), "click", e -> step());
        Dom.on(Dom.byId("reset"), "click", e -> reset());
        wireDiagram();
        session.onEdited(this::edited);
        updateReadouts();
    }

    /** The configuration shown now. */
    PlaygroundConfig config() {
        return shown().config();
    }

    /** Shows or hides the view; a hidden view neither trains nor draws. */
    @Override
    public void setVisible(boolean value) {
        visible = value;
        if (!value) {
            setPlaying(false);
        }
        dirty = true;
    }

    /** A link or "start over": its configuration (the session rebuilds only what differs from the current one). */
    @Override
    public void restore(AppState state) {
        compare.comparison().select(0); // the link's playground keys are run A's
        apply(state.playground());
        compare.restore(state.compare());
    }

    /**
     * Switches to {@code next} (from a control, the point editor, a link or an import). In Compare mode it is the
     * selected run's new configuration: the comparison passes shared settings to every run and keeps model settings
     * to that run (Comparison#apply).
     */
    void apply(PlaygroundConfig next) {
        applyToA(compare.comparison().apply(next), shown().diverged());
    }

    /** Run A (this session) takes {@code next}; the controls, the editor and the link follow the shown run. */
    private void applyToA(PlaygroundConfig next, boolean wasDiverged) {
        session.apply(next);
        PlaygroundSession shown = shown();
        neuronEditor.follow(shown.network(), shown.config());
        controls.show(shown.config());
        if (wasDiverged && !shown.diverged()) {
            Notices.hide();
        }
        compare.show();
        dirty = true;
        onChange.accept(next);
        compare.saved();
    }

    /** The runs of the comparison or its selection changed: the controls show the selected run; save. */
    private void compareChanged() {
        PlaygroundSession shown = shown();
        for (int run = 1; run < compare.comparison().count(); run++) {
            compare.comparison().run(run).onEdited(this::edited);
        }
        controls.show(shown.config());
        neuronEditor.follow(shown.network(), shown.config());
        dirty = true;
        compare.saved();
        updateReadouts();
    }

    /** The run the controls, the main canvas and the diagram show: this session, or the comparison's chosen run. */
    private PlaygroundSession shown() {
        return compare.comparison().selectedRun();
    }

    /** A link's comparison (after its playground configuration), or none; saved with the state by {@code saver}. */
    void compare(CompareSettings settings, Consumer<CompareSettings> saver) {
        compare.onSettings(saver);
        compare.restore(settings);
    }

    void setPlaying(boolean value) {
        if (value && compare.comparison().allDiverged()) {
            reportDivergence();
            return;
        }
        if (value && session.trainCount() == 0) {
            Notices.show(TrainingPace.NO_POINTS);
            return;
        }
        if (value == playing) {
            return;
        }
        playing = value;
        dirty = true; // paused, every run's tile is drawn at once (while playing they take turns)
        if (value) {
            pace.start();
        } else {
            session.finishCounting(); // a paused run shows the losses of the epoch it trained last
        }
        playButton.setAttribute("aria-pressed", value ? "true" : "false");
        playButton.setAttribute("aria-label", value ? "Pause" : "Play");
        tell(value ? "play" : "pause");
        if (!value) {
            announceProgress();
        }
    }

    private void tell(String event) {
        progress.event(event, session.epoch(), session.trainLoss(), session.testLoss());
    }

    void step() {
        setPlaying(false);
        if (session.trainCount() == 0) {
            Notices.show(TrainingPace.NO_POINTS);
            return;
        }
        compare.comparison().step();
        if (session.diverged()) {
            reportDivergence();
        }
        dirty = true;
        tell("step");
        announceProgress();
    }

    void reset() {
        setPlaying(false);
        compare.comparison().reset();
        controls.show(shown().config());
        onChange.accept(session.config());
        compare.saved();
        neuronEditor.follow(shown().network(), shown().config());
        neuronEditor.refresh();
        Notices.hide();
        dirty = true;
        tell("reset");
        Notices.announce("Network reset to its initial weights; epoch 0.");
    }

    /**
     * The session's one edit listener, after any of its edit methods changed the parameters (a value typed into
     * the neuron editor, an import, the inspector's applied update): the controls, the editor (but the field
     * being typed in), the neuron's description, the picture and the link (whose configuration, or in a comparison
     * the run's overrides, now hold the weights) follow.
     */
    private void edited() {
        compare.comparison().startsChanged();
        controls.show(shown().config());
        neuronEditor.refresh();
        describe(described());
        dirty = true;
        onChange.accept(session.config());
        compare.saved();
    }

    /** A weight or bias typed into the neuron editor goes to the session, which validates it and tells edited(). */
    private void writeParameter(int layer, int to, int from, double value) {
        if (from < 0) {
            shown().setBias(layer, to, value);
        } else {
            shown().setWeight(layer, to, from, value);
        }
    }

    /** The neuron the description below the diagram is about: pointed at, chosen by keys, or being edited. */
    private NodeRef described() {
        return hovered != null ? hovered : keyboardNeuron != null ? keyboardNeuron : neuronEditor.node();
    }

    /**
     * The session, read-only use (for the link's epoch, the inspector, exports), with the losses of every epoch trained
     * counted (see PlaygroundSession#trainSlice).
     */
    PlaygroundSession session() {
        session.finishCounting();
        return session;
    }

    /** The comparison with every run starting from its weights now (Comparison#settingsWithWeightsNow). */
    CompareSettings comparisonWithWeightsNow() {
        return compare.comparison().settingsWithWeightsNow();
    }

    /** The letter of the run on show in a comparison ("B"), or "" when there is a single run. */
    String shownRunLetter() {
        return compare.comparison().active() ? CompareTable.letter(compare.comparison().selected()) : "";
    }

    /**
     * The run on show, whose settings the controls edit and whose network the diagram draws: run A, or in a
     * comparison the chosen run (for saving and loading a model), its last epoch's losses counted.
     */
    PlaygroundSession shownRun() {
        PlaygroundSession run = shown();
        run.finishCounting();
        return run;
    }

    @Override
    public void frame(double timestamp) {
        budget.frame(timestamp, lastWorkMs);
        double start = Dom.now();
        int epochBefore = session.epoch();
        if (visible && playing) {
            train(timestamp);
        }
        double trained = Dom.now();
        trainMs = trained - start;
        epochsThisFrame = session.epoch() - epochBefore;
        readoutsMs = 0;
        boolean drawn = visible && dirty;
        if (drawn) {
            dirty = false;
            draw();
            drawMs = Dom.now() - trained;
        } else if (visible && pace.readoutsStale() && !playing) {
            pace.readoutsShown();
            updateReadouts();
        }
        if (visible) {
            insides.update(shown(), diagnosis.census(), playing, Dom.now(), Dom.now() - start < budget.ms());
        }
        lastWorkMs = Dom.now() - start;
        if (drawn) {
            publishStats(trainMs, drawMs, epochsThisFrame, renderer.mainMs(), renderer.diagramMs(),
                    renderer.chartMs(), readoutsMs, budget.ms());
        } else {
            publishStats(trainMs, 0, epochsThisFrame, 0, 0, 0, readoutsMs, budget.ms());
        }
    }

    /**
     * This frame's timings in ms (0 for what it did not do), for the speed measurements (window.hyperplaneStats):
     * training, drawing in all, and of the drawing the main plot, the diagram, the loss chart and the readouts; and
     * the frame's budget (FrameBudget).
     */
    @org.teavm.jso.JSBody(params = {"train", "draw", "epochs", "main", "diagram", "chart", "readouts", "budget"},
            script = "window.hyperplaneStats = {trainMs: train, drawMs: draw, epochsPerFrame: epochs, mainMs: main,"
                    + " diagramMs: diagram, chartMs: chart, readoutsMs: readouts, budgetMs: budget};")
    private static native void publishStats(double train, double draw, int epochs, double main, double diagram,
            double chart, double readouts, double budget);

    /** One frame's training at the configuration's speed (TrainingPace#train); a diverged network pauses. */
    private void train(double timestamp) {
        // With n runs A gets 1/n of the training time (the others then train as many epochs in catchUp).
        int runs = compare.comparison().count();
        double frameBudget = drawMs + (budget.ms() - drawMs) / runs;
        if (pace.train(session, session.config().speed(), timestamp, drawMs, Dom::now, frameBudget)) {
            dirty = true;
        }
        if (compare.comparison().catchUp()) {
            dirty = true;
        }
        if (compare.comparison().allDiverged()) {
            setPlaying(false);
            reportDivergence();
        } else {
            Notices.announceThrottled(PlaygroundText.progress(session), TrainingPace.ANNOUNCE_MS);
            if (pace.progressDue(Dom.now())) {
                tell("progress");
            }
        }
    }

    private void reportDivergence() {
        tell("diverged");
        Notices.error(TrainingPace.divergence(session));
    }

    /**
     * Draws what changed. While training on a device where the browser's own work crowds the frame
     * (FrameBudget#tight), the readouts and the loss chart are updated together in a frame of their own, the picture
     * waiting for the next one: most of their cost is the browser's (laying out and painting the text, committing
     * the chart's canvas), which their script time does not show, and on top of a picture's frame it made the frame
     * late (measured at 4× CPU throttling, where most late frames were frames with readouts).
     */
    private void draw() {
        boolean apart = playing && budget.tight();
        if (apart && pace.readoutsDue(true, Dom.now())) {
            renderer.drawChartAlone(shown());
            updateReadouts();
            dirty = true;
            return;
        }
        NodeRef selected = hovered != null ? hovered : keyboardNeuron;
        compare.draw(playing);
        boolean pending = renderer.draw(shown(), selected, editor.cursorX(), editor.cursorY(), editor.dragging(),
                TrainingPace.heatmapBudget(playing, budget.ms()), playing, trainMs, budget.ms(), !apart);
        if (pending) {
            dirty = true; // the heatmap pass goes on next frame
        }
        if (!apart && pace.readoutsDue(playing, Dom.now())) {
            updateReadouts();
        }
    }

    private void updateReadouts() {
        double start = Dom.now();
        neuronEditor.refresh();
        Dom.text("epoch", Integer.toString(shown().epoch()));
        String rate = PlaygroundControl.rateNow(shown().config(), shown().learningRate());
        Dom.text("rate-now", rate);
        HTMLElement rateNow = Dom.byId("rate-now");
        if (rateNow.isHidden() != rate.isEmpty()) {
            rateNow.setHidden(rate.isEmpty());
        }
        Dom.text("train-loss", Format.loss(shown().trainLoss()));
        Dom.text("test-loss", Format.loss(shown().testLoss()));
        Dom.text("canvas-summary", PlaygroundText.summary(shown()));
        classReadouts.update(editor.cursorX(), editor.cursorY(), pace.tablesDue(playing, Dom.now()));
        compare.captions();
        showDiagnosis();
        readoutsMs = Dom.now() - start;
    }

    /** The diagnosis line under the losses (of the run on show), and once per new finding in the live region. */
    private void showDiagnosis() {
        if (diagnosis.update(shown(), playing, Dom.now())) {
            HTMLElement line = Dom.byId("run-diagnosis");
            line.setTextContent(diagnosis.line());
            line.setAttribute("data-kind", diagnosis.kind());
            line.setHidden(diagnosis.line().isEmpty());
        }
        String said = diagnosis.takeAnnouncement();
        if (said != null) {
            Notices.announce(said);
        }
    }

    private void announceProgress() {
        Notices.announce(PlaygroundText.progress(session));
    }

    private void wireDiagram() {
        Dom.on(networkCanvas, "pointermove", e -> {
            NodeRef node = renderer.diagram() == null ? null
                    : renderer.diagram().nodeAt(Dom.eventX(networkCanvas, e), Dom.eventY(networkCanvas, e));
            if (!same(node, hovered)) {
                hovered = node;
                describe(described());
                dirty = true;
            }
        });
        // A click on a hidden or output neuron opens its weights for editing (as TensorFlow Playground's links do).
        Dom.on(networkCanvas, "click", e -> {
            NodeRef node = renderer.diagram() == null ? null
                    : renderer.diagram().nodeAt(Dom.eventX(networkCanvas, e), Dom.eventY(networkCanvas, e));
            if (node != null) {
                neuronEditor.open(shown().network(), node, shown().config());
            }
        });
        Dom.on(networkCanvas, "pointerleave", e -> {
            hovered = null;
            describe(described());
            dirty = true;
        });
        networkCanvas.addEventListener("keydown", (KeyboardEvent e) -> diagramKey(e));
        // The canvases are laid out at the width they are shown (PlaygroundRenderer): a new width redraws them.
        LayoutChanges.listen(() -> dirty = true);
        FocusOrder.keep(HTMLDocument.current().querySelector(".playground .output-column"));
        Dom.on(networkCanvas, "focus", e -> {
            if (keyboardNeuron == null) {
                keyboardNeuron = new NodeRef(shown().network().layerCount(), 0);
            }
            describe(keyboardNeuron);
            dirty = true;
        });
        Dom.on(networkCanvas, "blur", e -> {
            keyboardNeuron = null;
            describe(described());
            dirty = true;
        });
    }

    private static boolean same(NodeRef a, NodeRef b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Arrow keys move between neurons (PlaygroundText#moved), Enter edits one, Escape lets go. */
    private void diagramKey(KeyboardEvent event) {
        switch (event.getKey()) {
            case "Enter" -> {
                event.preventDefault();
                NodeRef node = keyboardNeuron == null ? new NodeRef(shown().network().layerCount(), 0) : keyboardNeuron;
                neuronEditor.open(shown().network(), node, shown().config());
            }
            case "Escape" -> {
                keyboardNeuron = null;
                describe(described());
                dirty = true;
            }
            default -> {
                NodeRef moved = PlaygroundText.moved(keyboardNeuron, event.getKey(), shown().network().sizes());
                if (moved != null) {
                    event.preventDefault();
                    keyboardNeuron = moved;
                    describe(keyboardNeuron);
                    dirty = true;
                }
            }
        }
    }

    private void describe(NodeRef node) {
        Dom.text("neuron-info", node == null ? PlaygroundText.NO_NEURON
                : PlaygroundText.describe(shown().network(), node, shown().config()));
    }
}
