package hyperplane.browser;

import hyperplane.engine.BuiltInFunction;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.GradientDescent;
import hyperplane.sim.DescentExplorer;
import hyperplane.sim.RegimePreset;
import hyperplane.state.AppState;
import hyperplane.state.DescentSettings;
import hyperplane.view.DescentFields;
import hyperplane.view.DescentPlot;
import hyperplane.view.DescentRows;
import hyperplane.view.DescentTable;
import hyperplane.view.DescentWindow;
import hyperplane.view.PlotFrame;
import hyperplane.view.PlotWindow;
import hyperplane.view.Viewport;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The gradient-descent explorer: wires a {@link DescentExplorer} to its fields, presets, run buttons, plot and
 * table. A bad value or formula is marked on its field (aria-invalid, a message it describes) and changes
 * nothing else. Settings are kept in the link as gd.f, gd.expr, gd.x0, gd.eta, gd.tol and gd.cap.
 *
 * <p>The plot starts on {@link DescentWindow#of}: y fitted to the stretch of the curve the run visits. It pans
 * (drag anywhere but the start point, or arrow keys on the focused plot) and zooms (wheel, + and −, the zoom
 * buttons) like the activations plot; "Reset view" or Home goes back to the fitted window.
 */
final class GradientDescentView implements Views.View, FrameLoop.Client {
    /** Replaced as a whole when a link or "start over" brings other settings (see {@link #restore}). */
    private DescentExplorer explorer;
    private final StateStore store;
    /** The two-variable mode, restored with this view. */
    private final DescentRaceView race;
    private final HTMLCanvasElement element = Dom.canvas("gd-plot");
    private final HtmlCanvas canvas = new HtmlCanvas(element);
    private final DescentPlot plot = new DescentPlot();
    private final HTMLSelectElement functionChoice = Dom.select("gd-function");
    private final HTMLInputElement expression = Dom.input(DescentFields.EXPRESSION);
    private final HTMLInputElement startField = Dom.input(DescentFields.Number.START.id());
    private final HTMLButtonElement playButton = Dom.button("gd-play");
    private final HTMLElement rows = Dom.byId("gd-rows");
    private final DescentRows shownRows = new DescentRows();
    private final DescentRows.Table table = new RowsTable();
    private final PlotPanZoom view = new PlotPanZoom(element, canvas, DescentPlot.LEFT, this::redraw);
    /** The fitted window of the current settings, where "Reset view" returns. */
    private PlotWindow home;
    private boolean playing;
    private boolean visible;
    private boolean dirty = true;
    private boolean draggingStart;
    private int frame;

    /** Shows {@code explorer}, made from the store's gd.* settings at start-up. */
    GradientDescentView(StateStore store, DescentExplorer first, DescentRaceView race) {
        this.store = store;
        this.race = race;
        this.explorer = first;
        expression.setAttribute("placeholder", DescentFields.EXPRESSION_PLACEHOLDER);
        wireFields();
        for (RegimePreset preset : RegimePreset.values()) {
            Dom.on(Dom.byId("gd-preset-" + preset.key()), "click", e -> {
                DescentExplorer next = new DescentExplorer(explorer.settings());
                next.applyPreset(preset);
                use(next.settings());
                clearErrors();
                showSettings();
                Notices.announce(DescentFields.presetApplied(preset));
            });
        }
        Dom.on(playButton, "click", e -> setPlaying(!playing));
        Dom.on(Dom.byId("gd-step"), "click", e -> {
            setPlaying(false);
            explorer.step();
            dirty = true;
            Notices.announce(DescentTable.status(explorer.run()));
        });
        Dom.on(Dom.byId("gd-end"), "click", e -> {
            setPlaying(false);
            explorer.toEnd();
            dirty = true;
            Notices.announce(DescentTable.status(explorer.run()));
        });
        Dom.on(Dom.byId("gd-reset"), "click", e -> {
            setPlaying(false);
            explorer.reset();
            dirty = true;
            Notices.announce(DescentFields.backTo(explorer.start()));
        });
        wireDrag();
        wireZoom();
        showSettings();
        use(explorer.settings());
    }

    @Override
    public void setVisible(boolean value) {
        visible = value;
        if (!value) {
            setPlaying(false);
            race.setPlaying(false);
        }
        dirty = true;
    }

    private void setPlaying(boolean value) {
        if (value && explorer.run().isFinished()) {
            explorer.reset();
        }
        playing = value;
        playButton.setAttribute("aria-pressed", value ? "true" : "false");
        playButton.setAttribute("aria-label", value ? "Pause" : "Play");
        dirty = true;
    }

    /**
     * A link or "start over": its gd.* settings (checked by the codec and at start). Other settings than the
     * current ones start a new run (paused, at step 0); the same ones leave the run where it is. Either way the
     * fields show the settings, not what was last typed into them.
     */
    @Override
    public void restore(AppState state) {
        race.restore(state.race());
        DescentSettings next = state.descent();
        if (!next.equals(explorer.settings())) {
            setPlaying(false);
            use(next);
        }
        clearErrors();
        showSettings();
    }

    /**
     * Takes {@code next} as the explorer's settings: the run and its fitted window are made first, and only when
     * both can be made do they replace the current ones and reach the link and the saved state.
     *
     * @throws IllegalArgumentException if the window cannot be fitted; nothing changes then
     */
    private void use(DescentSettings next) {
        DescentExplorer candidate = new DescentExplorer(next);
        PlotWindow fitted = DescentWindow.of(candidate);
        explorer = candidate;
        home = fitted;
        view.setWindow(home);
        store.update(s -> s.withDescent(next));
        Dom.text("gd-derivative", DescentFields.derivative(explorer.derivativeText()));
        dirty = true;
    }

    private void wireFields() {
        Dom.on(functionChoice, "change", e -> {
            String key = functionChoice.getValue();
            if (key.equals(DescentExplorer.CUSTOM)) {
                expression.setValue(explorer.expressionText());  // the last formula typed comes back
                useExpression();
                expression.focus();
            } else {
                use(explorer.settings().withBuiltIn(BuiltInFunction.byKey(key)));
                clearError(startField, DescentFields.Number.START.errorId());
                showSettings();
            }
        });
        Dom.on(expression, "change", e -> useExpression());
        expression.addEventListener("keydown", (KeyboardEvent e) -> {
            if (e.getKey().equals("Enter")) {
                e.preventDefault();
                useExpression();
            }
        });
        for (DescentFields.Number number : DescentFields.Number.values()) {
            HTMLInputElement field = Dom.input(number.id());
            // The value goes through the settings' check; a refused one is named beside the field.
            Dom.on(field, "change", e -> {
                try {
                    use(number.typed(explorer.settings(), field.getValue()));
                    clearError(field, number.errorId());
                } catch (IllegalArgumentException ex) {
                    showError(field, number.errorId(), ex.getMessage());
                }
            });
        }
    }

    private void useExpression() {
        String text = expression.getValue();
        try {
            use(explorer.settings().withExpression(text));
            clearError(expression, DescentFields.errorId(DescentFields.EXPRESSION));
            functionChoice.setValue(DescentExplorer.CUSTOM);
        } catch (IllegalArgumentException e) {
            showError(expression, DescentFields.errorId(DescentFields.EXPRESSION), DescentFields.expressionRefused(e));
        } catch (ExpressionException e) {
            showError(expression, DescentFields.errorId(DescentFields.EXPRESSION),
                    DescentFields.expressionUnreadable(e));
        }
    }

    private void showError(HTMLInputElement field, String errorId, String message) {
        field.setAttribute("aria-invalid", "true");
        HTMLElement error = Dom.byId(errorId);
        error.setTextContent(message);
        error.setHidden(false);
    }

    private void clearError(HTMLInputElement field, String errorId) {
        field.removeAttribute("aria-invalid");
        HTMLElement error = Dom.byId(errorId);
        error.setTextContent("");
        error.setHidden(true);
    }

    private void clearErrors() {
        clearError(expression, DescentFields.errorId(DescentFields.EXPRESSION));
        for (DescentFields.Number number : DescentFields.Number.values()) {
            clearError(Dom.input(number.id()), number.errorId());
        }
    }

    /** Puts the explorer's settings into the fields. */
    private void showSettings() {
        functionChoice.setValue(explorer.functionKey());
        expression.setValue(DescentFields.expressionShown(explorer));
        for (DescentFields.Number number : DescentFields.Number.values()) {
            Dom.input(number.id()).setValue(number.shown(explorer));
        }
    }

    @Override
    public void frame(double timestamp) {
        if (visible) {
            race.frame();
        }
        if (visible && playing) {
            advance();
        }
        if (visible && dirty) {
            dirty = false;
            draw();
            updateTable();
            updateStatus();
        }
    }

    /** Plays one frame's steps (DescentExplorer#stepsPerFrame); a finished run pauses. */
    private void advance() {
        frame++;
        if (explorer.play(frame, Dom.prefersReducedMotion()) > 0) {
            dirty = true;
        }
        if (explorer.run().isFinished()) {
            setPlaying(false);
            Notices.announce(DescentTable.status(explorer.run()));
        }
    }

    private void updateStatus() {
        HTMLElement status = Dom.byId("gd-status");
        status.setAttribute("data-status", DescentTable.statusKey(explorer.run()));
        status.setTextContent(DescentTable.status(explorer.run()));
    }

    private void updateTable() {
        shownRows.update(explorer.run(), table);
    }

    /** The table's tbody, kept by {@link DescentRows}. */
    private final class RowsTable implements DescentRows.Table {
        private HTMLElement gapRow;
        private HTMLElement lastRow;

        @Override
        public void clear() {
            rows.setTextContent("");
            gapRow = null;
            lastRow = null;
        }

        @Override
        public void append(int k, String id) {
            rows.appendChild(row(explorer.run(), k, id));
        }

        @Override
        public void gap(String text) {
            if (gapRow == null) {
                gapRow = Dom.create("tr");
                HTMLElement cell = Dom.create("td");
                cell.setAttribute("colspan", "4");
                cell.setClassName("gap");
                gapRow.appendChild(cell);
                rows.appendChild(gapRow);
            }
            gapRow.getFirstChild().setTextContent(text);
        }

        @Override
        public void last(int k) {
            if (lastRow != null) {
                rows.removeChild(lastRow);
            }
            lastRow = row(explorer.run(), k, "gd-row-last");
            rows.appendChild(lastRow);
        }
    }

    private static HTMLElement row(GradientDescent run, int k, String id) {
        HTMLElement tr = Dom.create("tr");
        tr.setAttribute("id", id);
        HTMLElement step = Dom.create("th");
        step.setAttribute("scope", "row");
        step.setTextContent(Integer.toString(k));
        tr.appendChild(step);
        tr.appendChild(cell(run.x(k)));
        tr.appendChild(cell(run.value(k)));
        tr.appendChild(cell(run.derivative(k)));
        return tr;
    }

    private static HTMLElement cell(double v) {
        HTMLElement td = Dom.create("td");
        td.setTextContent(DescentTable.cell(v));
        return td;
    }

    private void wireDrag() {
        Dom.on(element, "pointerdown", e -> {
            if (view.viewport() == null) {
                return;
            }
            double px = Dom.eventX(element, e);
            if (DescentPlot.grabsStart(view.viewport(), px, explorer.start())) {
                draggingStart = true;
                setPlaying(false);
            } else {
                view.startPan(px, Dom.eventY(element, e));
            }
            Dom.capturePointer(element, Dom.pointerId(e));
        });
        Dom.on(element, "pointermove", e -> {
            if (view.viewport() == null) {
                return;
            }
            double px = Dom.eventX(element, e);
            double py = Dom.eventY(element, e);
            if (draggingStart) {
                explorer.setStart(DescentPlot.draggedStart(view.viewport(), view.window(), px));
                startField.setValue(DescentFields.Number.START.shown(explorer));
                clearError(startField, DescentFields.Number.START.errorId());
                dirty = true;
            } else if (view.panTo(px, py)) {
                dirty = true;
            } else {
                boolean grabs = DescentPlot.grabsStart(view.viewport(), px, explorer.start());
                element.getStyle().setProperty("cursor", grabs ? "ew-resize" : "grab");
            }
        });
        Dom.on(element, "pointerup", e -> endDrag());
        Dom.on(element, "pointercancel", e -> endDrag());
    }

    private void wireZoom() {
        view.wire("gd", () -> home);
        element.addEventListener("keydown", (KeyboardEvent e) -> key(e));
    }

    private void redraw() {
        dirty = true;
    }

    /** Arrow keys pan, + and − zoom, Home fits the window again (PlotFrame#afterKey). */
    private void key(KeyboardEvent e) {
        PlotWindow window = PlotFrame.afterKey(view.window(), e.getKey(), home);
        if (window == null) {
            return;
        }
        view.setWindow(window);
        e.preventDefault();
        dirty = true;
    }

    private void endDrag() {
        view.endPan();
        if (draggingStart) {
            draggingStart = false;
            use(explorer.settings());
        }
    }

    private void draw() {
        Viewport viewport = view.layout();
        plot.draw(canvas, canvas.width(), canvas.height(), view.window(), viewport, explorer);
    }
}
