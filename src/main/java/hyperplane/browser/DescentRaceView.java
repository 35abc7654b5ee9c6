package hyperplane.browser;

import hyperplane.engine.Expression2D;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.Keyed;
import hyperplane.engine.Optimizer;
import hyperplane.engine.Surface;
import hyperplane.sim.DescentRace;
import hyperplane.sim.RaceCursor;
import hyperplane.sim.RaceLandscape;
import hyperplane.sim.RacePreset;
import hyperplane.state.RaceSettings;
import hyperplane.view.ContourBands;
import hyperplane.view.ContourPlot;
import hyperplane.view.Format;
import hyperplane.view.RaceTexts;
import hyperplane.view.Theme;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The gradient-descent view's two-variable mode: a mode select that swaps the one-variable explorer for this panel,
 * the surface (built in, or a typed f(x, y) whose gradient is computed symbolically) and its condition number, a
 * preset, the β the racers share, up to four racers (an optimizer and its rate each) and the contour plot, where a
 * click, a tap or the arrow keys on the focused plot choose the start. Every change runs all racers again from the
 * start ({@link DescentRace}) and shows where each one ends; Reset, Step, Play and "To the end" move a
 * {@link RaceCursor} over those runs, so the paths, the result lines and the table grow together step by step. The
 * settings go into the link (gd2.*, {@link RaceSettings}); a preset only fills the controls. The page's frame loop
 * reaches {@link #frame} through the gradient-descent view.
 */
final class DescentRaceView {
    /** The racer slots. */
    static final int RACERS = 4;
    private static final int CAP = 20000;
    private static final String OFF = "off";
    /** The narrowest logical width of the plot; a phone's canvas is its displayed width, so its text keeps its size. */
    private static final int MIN_WIDTH = 240;

    private final HTMLSelectElement mode = Dom.select("gd-mode");
    private final HTMLSelectElement surfaceChoice = Dom.select("race-surface");
    private final HTMLSelectElement conditionChoice = Dom.select("race-condition");
    private final HTMLSelectElement presetChoice = Dom.select("race-preset");
    private final HTMLSelectElement betaChoice = Dom.select("race-beta");
    private final HTMLSelectElement tableChoice = Dom.select("race-table-racer");
    private final HTMLSelectElement[] optimizers = new HTMLSelectElement[RACERS];
    private final HTMLSelectElement[] rates = new HTMLSelectElement[RACERS];
    private final HTMLInputElement expressionField = Dom.input("race-expr");
    private final HTMLButtonElement playButton = Dom.button("race-play");
    private final HTMLElement results = Dom.byId("race-results");
    private final HTMLElement rows = Dom.byId("race-rows");
    private final HTMLCanvasElement element = Dom.canvas("race-plot");
    private final HtmlCanvas canvas = new HtmlCanvas(element);
    /** The plot's bands, drawn again only when they, the canvas's size or the theme change ({@link #show}). */
    private final HtmlCanvas bandsLayer = new HtmlCanvas(canvas.width(), canvas.height());
    /** What {@link #bandsLayer} shows: these bands at this size in this theme (null: nothing yet). */
    private ContourBands layerBands;
    private Theme layerTheme;
    /** The layout or the theme changed since the plot was last drawn: the next frame draws it again. */
    private boolean relayout;
    private final StateStore store;
    /** The typed f(x, y) in use, "" while a built-in surface is. */
    private String expression = "";
    private double x0;
    private double y0;
    private RaceLandscape landscape;
    private ContourBands bands;
    /** What {@link #bands} were computed for: surface, κ and formula. */
    private String bandsKey = "";
    private RaceCursor cursor;
    private final List<String> names = new ArrayList<>();
    /** The racer whose rows the table shows, and how many it shows (−1: rebuild). */
    private int tableRacer = -1;
    private int tableRows = -1;
    private boolean playing;
    private int frame;

    /** Shows {@code first}, the race settings the page started with. */
    DescentRaceView(StateStore store, RaceSettings first) {
        this.store = store;
        for (Surface s : Surface.values()) {
            Dom.addOption(surfaceChoice, s.key(), s.label());
        }
        Dom.addOption(surfaceChoice, RaceSettings.CUSTOM, "Your own f(x, y)");
        for (RacePreset p : RacePreset.values()) {
            Dom.addOption(presetChoice, p.key(), p.label());
        }
        for (int r = 0; r < RACERS; r++) {
            optimizers[r] = Dom.select("race-opt-" + r);
            rates[r] = Dom.select("race-rate-" + r);
            if (r > 0) {
                Dom.addOption(optimizers[r], OFF, "—"); // the first racer always runs
            }
            for (Optimizer o : Optimizer.values()) {
                Dom.addOption(optimizers[r], o.key(), o.label());
            }
            for (double rate : RaceSettings.RATES) {
                String text = Format.trimmed(rate, 6);
                Dom.addOption(rates[r], text, text);
            }
            selectNumber(rates[r], 0.01);
            Dom.on(optimizers[r], "change", e -> changed());
            Dom.on(rates[r], "change", e -> changed());
        }
        Dom.on(mode, "change", e -> {
            showMode();
            save();
        });
        Dom.on(surfaceChoice, "change", e -> {
            if (surfaceChoice.getValue().equals(RaceSettings.CUSTOM)) {
                useExpression();
                expressionField.focus();
            } else {
                expression = "";
                startAt(landscape().start());
                changed();
            }
        });
        Dom.on(expressionField, "change", e -> useExpression());
        expressionField.addEventListener("keydown", (KeyboardEvent e) -> {
            if (e.getKey().equals("Enter")) {
                e.preventDefault();
                useExpression();
            }
        });
        Dom.on(conditionChoice, "change", e -> changed());
        Dom.on(betaChoice, "change", e -> changed());
        Dom.on(tableChoice, "change", e -> showTable());
        Dom.on(presetChoice, "change", e -> {
            if (!presetChoice.getValue().isEmpty()) {
                applyPreset();
            }
        });
        Dom.on(element, "click", e -> {
            startAt(ContourPlot.planePoint(Dom.eventX(element, e), Dom.eventY(element, e), landscape.window(),
                    canvas.width(), canvas.height()));
            changed();
        });
        Dom.on(element, "keydown", e -> moveStart((KeyboardEvent) e));
        Dom.on(playButton, "click", e -> setPlaying(!playing));
        Dom.on(Dom.byId("race-step"), "click", e -> {
            setPlaying(false);
            if (cursor.atEnd()) {
                cursor.reset();  // at the end Step starts the race again, as Play does
            }
            cursor.step();
            show();
            Notices.announce(ContourPlot.stepText(cursor));
        });
        Dom.on(Dom.byId("race-reset"), "click", e -> {
            setPlaying(false);
            cursor.reset();
            show();
            Notices.announce(ContourPlot.stepText(cursor));
        });
        Dom.on(Dom.byId("race-end"), "click", e -> {
            setPlaying(false);
            cursor.toEnd();
            show();
            Notices.announce(ContourPlot.stepText(cursor));
        });
        LayoutChanges.listen(() -> relayout = true);
        restore(first);
    }

    /** Puts {@code settings} into the controls and runs the race if it is shown. */
    void restore(RaceSettings settings) {
        setPlaying(false);
        mode.setValue(settings.twoD() ? "2d" : "1d");
        expression = settings.expression();
        surfaceChoice.setValue(settings.custom() ? RaceSettings.CUSTOM : settings.surface().key());
        if (settings.custom()) {
            expressionField.setValue(expression);
        }
        clearError();
        selectNumber(conditionChoice, settings.condition());
        selectNumber(betaChoice, settings.beta());
        for (int r = 0; r < RACERS; r++) {
            boolean used = r < settings.racers().size();
            optimizers[r].setValue(used ? settings.racers().get(r).optimizer().key() : OFF);
            if (used) {
                selectNumber(rates[r], settings.racers().get(r).rate());
            }
        }
        x0 = settings.x0();
        y0 = settings.y0();
        showMode();
    }

    /** The settings the controls show. */
    private RaceSettings settings() {
        List<RaceSettings.Racer> racers = new ArrayList<>();
        for (int r = 0; r < RACERS; r++) {
            if (!optimizers[r].getValue().equals(OFF)) {
                racers.add(new RaceSettings.Racer(Keyed.fromKey(Optimizer.values(), optimizers[r].getValue(),
                        "optimizer"), Double.parseDouble(rates[r].getValue())));
            }
        }
        return new RaceSettings(mode.getValue().equals("2d"), builtIn(), expression,
                Double.parseDouble(conditionChoice.getValue()), Double.parseDouble(betaChoice.getValue()), racers,
                Math.max(-RaceSettings.MAX_START, Math.min(RaceSettings.MAX_START, x0)),
                Math.max(-RaceSettings.MAX_START, Math.min(RaceSettings.MAX_START, y0)));
    }

    private void save() {
        RaceSettings next = settings();
        store.update(s -> s.withRace(next));
    }

    /** Shows the one-variable explorer or this panel: every part of the view but the mode bar follows. */
    private void showMode() {
        boolean twoD = mode.getValue().equals("2d");
        HTMLElement section = Dom.byId("view-gradient-descent");
        for (int k = 0; k < section.getChildren().getLength(); k++) {
            HTMLElement child = (HTMLElement) section.getChildren().get(k);
            String id = child.getId();
            if (id.equals("gd-mode-bar")) {
                continue;
            }
            child.setHidden(id.equals("gd-2d") != twoD);
        }
        if (twoD) {
            race();
        } else {
            setPlaying(false);
        }
    }

    /** The built-in surface chosen, or the default one while a typed formula is. */
    private Surface builtIn() {
        Surface s = Keyed.byKey(Surface.values(), surfaceChoice.getValue());
        return s == null ? RaceSettings.defaults().surface() : s;
    }

    private RaceLandscape landscape() {
        return RaceLandscape.of(settings());
    }

    private void startAt(double[] point) {
        x0 = point[0];
        y0 = point[1];
    }

    /**
     * Races on the formula in the field: through the settings' check first, so that a formula that cannot be read
     * is named beside the field (with the character where it fails) and the race stays on the surface it had.
     */
    private void useExpression() {
        String text = expressionField.getValue();
        try {
            Expression2D.parse(text);
        } catch (ExpressionException e) {
            showError(RaceTexts.unreadable(e));
            surfaceChoice.setValue(expression.isEmpty() ? builtIn().key() : RaceSettings.CUSTOM);
            return;
        }
        boolean wasCustom = !expression.isEmpty();
        expression = text;
        surfaceChoice.setValue(RaceSettings.CUSTOM);
        clearError();
        if (!wasCustom) {
            startAt(landscape().start());
        }
        changed();
    }

    private void showError(String message) {
        expressionField.setAttribute("aria-invalid", "true");
        HTMLElement error = Dom.byId("race-expr-error");
        error.setTextContent(message);
        error.setHidden(false);
    }

    private void clearError() {
        expressionField.removeAttribute("aria-invalid");
        HTMLElement error = Dom.byId("race-expr-error");
        error.setTextContent("");
        error.setHidden(true);
    }

    private void applyPreset() {
        RacePreset preset = Keyed.fromKey(RacePreset.values(), presetChoice.getValue(), "preset");
        expression = "";
        clearError();
        surfaceChoice.setValue(preset.surface().key());
        selectNumber(conditionChoice, preset.condition() == 1 ? 50 : preset.condition());
        selectNumber(betaChoice, preset.beta());
        startAt(preset.surface().start());
        for (int r = 0; r < RACERS; r++) {
            boolean used = r < preset.racers().size();
            optimizers[r].setValue(used ? preset.racers().get(r).optimizer().key() : OFF);
            if (used) {
                selectNumber(rates[r], preset.racers().get(r).rate());
            }
        }
        presetChoice.setValue(""); // ready to apply any preset again
        changed();
    }

    /** Selects the option of {@code value}, adding it when a link asked for one not listed. */
    private static void selectNumber(HTMLSelectElement select, double value) {
        String text = Format.trimmed(value, 6);
        for (int k = 0; k < select.getOptions().getLength(); k++) {
            HTMLOptionElement o = (HTMLOptionElement) select.getOptions().item(k);
            if (Double.parseDouble(o.getValue()) == value) {
                select.setSelectedIndex(k);
                return;
            }
        }
        Dom.addOption(select, text, text);
        select.setValue(text);
    }

    private void changed() {
        race();
        save();
    }

    private void moveStart(KeyboardEvent e) {
        double[] w = landscape.window();
        double dx = (w[1] - w[0]) / 50;
        double dy = (w[3] - w[2]) / 50;
        switch (e.getKey()) {
            case "ArrowLeft" -> x0 = Math.max(w[0], x0 - dx);
            case "ArrowRight" -> x0 = Math.min(w[1], x0 + dx);
            case "ArrowUp" -> y0 = Math.min(w[3], y0 + dy);
            case "ArrowDown" -> y0 = Math.max(w[2], y0 - dy);
            default -> {
                return;
            }
        }
        e.preventDefault();
        changed();
    }

    /** Runs every racer from the start to its end and shows the whole race (the cursor at the end). */
    private void race() {
        setPlaying(false);
        RaceSettings settings = settings();
        landscape = RaceLandscape.of(settings);
        String key = settings.surface().key() + " " + settings.condition() + " " + settings.expression();
        if (!key.equals(bandsKey)) {
            bands = new ContourBands(landscape.function(), landscape.window());
            bandsKey = key;
        }
        Dom.byId("race-condition-field").setHidden(settings.custom() || settings.surface() != Surface.VALLEY);
        Dom.text("race-gradient", gradientText());
        List<DescentRace.Run> runs = new ArrayList<>();
        names.clear();
        for (int r = 0; r < RACERS; r++) {
            boolean on = !optimizers[r].getValue().equals(OFF);
            rates[r].setDisabled(!on);
            if (on) {
                Optimizer o = Keyed.fromKey(Optimizer.values(), optimizers[r].getValue(), "optimizer");
                double rate = Double.parseDouble(rates[r].getValue());
                runs.add(DescentRace.run(landscape.function(), x0, y0, o.create(settings.beta(), 0.999, 1e-8), rate,
                        landscape.tolerance(), CAP));
                names.add(o.label() + " (η " + rates[r].getValue() + ")");
            }
        }
        cursor = new RaceCursor(runs);
        results.setTextContent("");
        for (int k = 0; k < runs.size(); k++) {
            HTMLElement item = Dom.create("li");
            item.setAttribute("data-racer", Integer.toString(k));
            item.setAttribute("data-steps", Integer.toString(runs.get(k).steps()));
            item.setAttribute("style", "--racer: #" + Integer.toHexString(0x1000000 | ContourPlot.COLORS[k])
                    .substring(1));
            results.appendChild(item);
        }
        int chosen = Math.max(0, Math.min(runs.size() - 1, tableChoice.getSelectedIndex()));
        tableChoice.setTextContent("");
        for (int k = 0; k < names.size(); k++) {
            Dom.addOption(tableChoice, Integer.toString(k), names.get(k));
        }
        tableChoice.setSelectedIndex(chosen);
        Dom.text("race-start", "Start (" + Format.fixed(x0, 2) + ", " + Format.fixed(y0, 2) + ")");
        showTable();
    }

    private String gradientText() {
        if (expression.isEmpty()) {
            return RaceTexts.GRADIENT_HIDDEN;
        }
        try {
            return RaceTexts.gradient(Expression2D.parse(expression));
        } catch (ExpressionException e) {
            return "";  // not reached: the expression in use parses
        }
    }

    /** The table rebuilt for the racer chosen in "Steps of", then everything else at the cursor's step. */
    private void showTable() {
        tableRacer = -1;
        show();
    }

    /** Draws the plot, the result lines, the step number and the table at the cursor's step. */
    private void show() {
        boolean resized = canvas.fitToDisplay(MIN_WIDTH);
        if (resized || layerBands != bands || layerTheme != canvas.theme()) {
            bandsLayer.resize(canvas.width(), canvas.height());
            ContourPlot.drawBands(bandsLayer, canvas.width(), canvas.height(), bands);
            layerBands = bands;
            layerTheme = canvas.theme();
        }
        canvas.image(bandsLayer.element(), 0, 0, canvas.width(), canvas.height(), false);
        ContourPlot.drawRace(canvas, canvas.width(), canvas.height(), bands, x0, y0, cursor);
        for (int k = 0; k < names.size(); k++) {
            HTMLElement item = (HTMLElement) results.getChildren().get(k);
            item.setTextContent(names.get(k) + ": " + ContourPlot.resultAt(cursor, k, landscape.function()));
        }
        HTMLElement number = Dom.byId("race-step-number");
        number.setTextContent(ContourPlot.stepText(cursor));
        number.setAttribute("data-step", Integer.toString(cursor.current()));
        number.setAttribute("data-last", Integer.toString(cursor.last()));
        updateRows();
    }

    /** Adds the rows the cursor's step has reached to the table, or rebuilds it for another racer or an earlier step. */
    private void updateRows() {
        int racer = Math.max(0, Math.min(names.size() - 1, tableChoice.getSelectedIndex()));
        DescentRace.Run run = cursor.runs().get(racer);
        int wanted = ContourPlot.rowCount(cursor, racer);
        if (racer != tableRacer || wanted < tableRows) {
            rows.setTextContent("");
            tableRacer = racer;
            tableRows = 0;
        }
        for (; tableRows < wanted; tableRows++) {
            HTMLElement row = Dom.create("tr");
            for (String cell : ContourPlot.row(run, tableRows, landscape.function())) {
                HTMLElement td = Dom.create("td");
                td.setTextContent(cell);
                row.appendChild(td);
            }
            rows.appendChild(row);
        }
    }

    /** Play or pause; Play at the end starts again from step 0. */
    void setPlaying(boolean value) {
        if (value && cursor.atEnd()) {
            cursor.reset();
        }
        playing = value;
        frame = 0;
        playButton.setAttribute("aria-pressed", value ? "true" : "false");
        playButton.setAttribute("aria-label", value ? "Pause the race" : "Play the race");
        // While the lines change every frame, screen readers hold them; the end is announced instead.
        results.setAttribute("aria-busy", value ? "true" : "false");
    }

    /**
     * One animation frame of the page's loop (while the view is shown): after a change of layout or theme the plot is
     * drawn again; while playing, the racers step on at the pace of RaceCursor.
     */
    void frame() {
        if (relayout && cursor != null) {
            relayout = false;
            show();  // at the size the plot is shown now, in the current theme
        }
        if (!playing) {
            return;
        }
        frame++;
        if (cursor.play(frame, Dom.prefersReducedMotion()) > 0) {
            show();
        }
        if (cursor.atEnd()) {
            setPlaying(false);
            Notices.announce(ContourPlot.stepText(cursor));
        }
    }
}
