package hyperplane.browser;

import hyperplane.engine.Keyed;
import hyperplane.engine.Optimizer;
import hyperplane.engine.Surface;
import hyperplane.sim.DescentRace;
import hyperplane.sim.RacePreset;
import hyperplane.state.RaceSettings;
import hyperplane.view.ContourPlot;
import hyperplane.view.Format;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The gradient-descent view's two-variable mode: a mode select that swaps the one-variable explorer for this panel,
 * the surface and its condition number, a preset, the β the racers share, up to four racers (an optimizer and its rate
 * each) and the contour plot, where a click, a tap or the arrow keys on the focused plot choose the start. Every
 * change runs all racers again from the start ({@link DescentRace}), lists each one's result beside its colour and
 * puts the settings in the link (gd2.*, {@link RaceSettings}); a preset only fills the controls.
 */
final class DescentRaceView {
    /** The racer slots. */
    static final int RACERS = 4;
    private static final int CAP = 20000;
    private static final int SIZE = 480;
    private static final String OFF = "off";

    private final HTMLSelectElement mode = Dom.select("gd-mode");
    private final HTMLSelectElement surfaceChoice = Dom.select("race-surface");
    private final HTMLSelectElement conditionChoice = Dom.select("race-condition");
    private final HTMLSelectElement presetChoice = Dom.select("race-preset");
    private final HTMLSelectElement betaChoice = Dom.select("race-beta");
    private final HTMLSelectElement tableChoice = Dom.select("race-table-racer");
    private final HTMLSelectElement[] optimizers = new HTMLSelectElement[RACERS];
    private final HTMLSelectElement[] rates = new HTMLSelectElement[RACERS];
    private final HTMLCanvasElement element = Dom.canvas("race-plot");
    private final HtmlCanvas canvas = new HtmlCanvas(element);
    private final StateStore store;
    private double x0;
    private double y0;

    /** Shows {@code first}, the race settings the page started with. */
    DescentRaceView(StateStore store, RaceSettings first) {
        this.store = store;
        for (Surface s : Surface.values()) {
            Dom.addOption(surfaceChoice, s.key(), s.label());
        }
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
            double[] start = surface().start();
            x0 = start[0];
            y0 = start[1];
            changed();
        });
        Dom.on(conditionChoice, "change", e -> changed());
        Dom.on(betaChoice, "change", e -> changed());
        Dom.on(tableChoice, "change", e -> race());
        Dom.on(presetChoice, "change", e -> {
            if (!presetChoice.getValue().isEmpty()) {
                applyPreset();
            }
        });
        Dom.on(element, "click", e -> {
            double[] window = surface().window();
            x0 = ContourPlot.planeX(Dom.eventX(element, e), SIZE, window);
            y0 = ContourPlot.planeY(Dom.eventY(element, e), SIZE, window);
            changed();
        });
        Dom.on(element, "keydown", e -> moveStart((KeyboardEvent) e));
        restore(first);
    }

    /** Puts {@code settings} into the controls and runs the race if it is shown. */
    void restore(RaceSettings settings) {
        mode.setValue(settings.twoD() ? "2d" : "1d");
        surfaceChoice.setValue(settings.surface().key());
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
        return new RaceSettings(mode.getValue().equals("2d"), surface(),
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
        }
    }

    private Surface surface() {
        return Keyed.fromKey(Surface.values(), surfaceChoice.getValue(), "surface");
    }

    private void applyPreset() {
        RacePreset preset = Keyed.fromKey(RacePreset.values(), presetChoice.getValue(), "preset");
        surfaceChoice.setValue(preset.surface().key());
        selectNumber(conditionChoice, preset.condition() == 1 ? 50 : preset.condition());
        selectNumber(betaChoice, preset.beta());
        double[] start = preset.surface().start();
        x0 = start[0];
        y0 = start[1];
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
        double[] w = surface().window();
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

    /** Runs every racer from the start and shows the plot and the results. */
    private void race() {
        Surface surface = surface();
        double condition = Double.parseDouble(conditionChoice.getValue());
        double beta = Double.parseDouble(betaChoice.getValue());
        Dom.byId("race-condition-field").setHidden(surface != Surface.VALLEY);
        double tolerance = surface == Surface.ROSENBROCK ? 1e-6 : 1e-4;
        List<DescentRace.Run> runs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int r = 0; r < RACERS; r++) {
            boolean on = !optimizers[r].getValue().equals(OFF);
            rates[r].setDisabled(!on);
            if (on) {
                Optimizer o = Keyed.fromKey(Optimizer.values(), optimizers[r].getValue(), "optimizer");
                double rate = Double.parseDouble(rates[r].getValue());
                runs.add(DescentRace.run(surface, condition, x0, y0, o.create(beta, 0.999, 1e-8), rate, tolerance,
                        CAP));
                names.add(o.label() + " (η " + rates[r].getValue() + ")");
            }
        }
        ContourPlot.draw(canvas, SIZE, surface, condition, surface.window(), x0, y0, runs);
        HTMLElement list = Dom.byId("race-results");
        list.setTextContent("");
        for (int k = 0; k < runs.size(); k++) {
            HTMLElement item = Dom.create("li");
            item.setAttribute("data-racer", Integer.toString(k));
            item.setAttribute("data-steps", Integer.toString(runs.get(k).steps()));
            item.setAttribute("style", "--racer: #" + Integer.toHexString(0x1000000 | ContourPlot.COLORS[k])
                    .substring(1));
            item.setTextContent(names.get(k) + ": " + ContourPlot.result(runs.get(k), surface, condition));
            list.appendChild(item);
        }
        showTable(runs, names, surface, condition);
        Dom.text("race-start", "Start (" + Format.fixed(x0, 2) + ", " + Format.fixed(y0, 2) + ")");
    }

    /** The step table of the racer chosen in "Steps of" (the first when the choice is gone). */
    private void showTable(List<DescentRace.Run> runs, List<String> names, Surface surface, double condition) {
        int chosen = Math.max(0, Math.min(runs.size() - 1, tableChoice.getSelectedIndex()));
        tableChoice.setTextContent("");
        for (int k = 0; k < names.size(); k++) {
            Dom.addOption(tableChoice, Integer.toString(k), names.get(k));
        }
        tableChoice.setSelectedIndex(chosen);
        HTMLElement body = Dom.byId("race-rows");
        body.setTextContent("");
        for (String[] cells : ContourPlot.rows(runs.get(chosen), surface, condition)) {
            HTMLElement row = Dom.create("tr");
            for (String cell : cells) {
                HTMLElement td = Dom.create("td");
                td.setTextContent(cell);
                row.appendChild(td);
            }
            body.appendChild(row);
        }
    }
}
