package hyperplane.browser;

import hyperplane.data.DatasetKind;
import hyperplane.sim.Comparison;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.CompareSettings;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.ClassPalette;
import hyperplane.view.ColorScale;
import hyperplane.view.CompareShortcuts;
import hyperplane.view.CompareTable;
import hyperplane.view.GridSampler;
import hyperplane.view.HeatmapPass;
import hyperplane.view.HeatmapRaster;
import hyperplane.view.NeuronColors;
import hyperplane.view.PlaygroundRedraws;
import hyperplane.view.PointColumns;
import hyperplane.view.Viewport;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playground's Compare mode (wiring only; the runs live in {@link Comparison}, the words in
 * {@link CompareTable}): the buttons that start a comparison, the run chooser that decides which run the settings
 * controls edit, one small heatmap per run with its loss and share right, and the table of the settings that differ.
 * The loss chart's overlay is drawn by the playground's renderer from the same comparison.
 */
final class CompareView {
    /** The least logical width a run's tile is drawn at (CSS pixels): its axis labels and points stay legible. */
    private static final int TILE_MIN_WIDTH = 80;
    /** Heatmap cells per side of a run's tile: small, so four runs cost little more than one main heatmap. */
    static final int GRID = 40;

    /** What the playground does when the comparison changes. */
    interface Host {
        /** A's configuration changed (a run was kept as the single run, or a new A): apply it to the session. */
        void applyA(PlaygroundConfig config);

        /** The runs or the selection changed: show the selected run's settings, draw, save. */
        void changed();
    }

    private final Comparison comparison;
    private final Host host;
    private Consumer<CompareSettings> onSettings = s -> { };
    private final Tile[] tiles = new Tile[CompareSettings.MAX_RUNS];
    private final HTMLElement panel = Dom.byId("compare-panel");
    private final PointColumns points = new PointColumns();
    /** Axes and points, shared by every tile (same points, same size). */
    private HtmlCanvas overlay;
    private Viewport viewport;
    private GridSampler sampler;
    private DatasetKind domainOf;
    private Object overlayOf;
    private boolean overlayTest;
    /** The tile drawn last while training (they take turns). */
    private int nextTile;
    private final ColorScale continuous = ColorScale.continuous();
    private final ColorScale discrete = ColorScale.discretized();

    /** One run's tile: its canvas, the heatmap's buffers and its caption. */
    private static final class Tile {
        final HTMLElement figure;
        final HtmlCanvas canvas;
        final HeatmapPass pass = new HeatmapPass(GRID);
        final HeatmapRaster raster = new HeatmapRaster(GRID, GRID);
        final PixelImage image = new PixelImage(GRID, GRID);
        final double[] grid = new double[GRID * GRID];

        Tile(int run) {
            figure = Dom.byId("compare-tile-" + run);
            canvas = new HtmlCanvas(Dom.canvas("compare-canvas-" + run));
        }
    }

    CompareView(PlaygroundSession a, Host host) {
        comparison = new Comparison(a);
        this.host = host;
        for (int run = 0; run < tiles.length; run++) {
            tiles[run] = new Tile(run);
            int chosen = run;
            Dom.on(Dom.byId("compare-run-" + run), "click", e -> select(chosen));
        }
        Dom.on(Dom.byId("compare-start"), "click", e -> start(List.of(Map.of())));
        Dom.on(Dom.byId("compare-rates"), "click", e -> shortcut(CompareShortcuts.learningRates(a.config())));
        Dom.on(Dom.byId("compare-losses"), "click", e -> shortcut(CompareShortcuts.losses(a.config())));
        Dom.on(Dom.byId("compare-activations"), "click", e -> shortcut(CompareShortcuts.activations(a.config())));
        Dom.on(Dom.byId("compare-add"), "click", e -> add());
        Dom.on(Dom.byId("compare-remove"), "click", e -> remove());
        Dom.on(Dom.byId("compare-keep"), "click", e -> keepOnly());
        show();
    }

    /** Registers who saves the comparison (the link and the autosave). */
    void onSettings(Consumer<CompareSettings> listener) {
        onSettings = listener;
    }

    Comparison comparison() {
        return comparison;
    }

    /** The run the controls edit now: A, or the chosen run of a comparison. */
    PlaygroundSession shown() {
        return comparison.selectedRun();
    }

    /** A link's or a lesson's comparison (nothing changes when it is the one shown). */
    void restore(CompareSettings next) {
        if (next.equals(comparison.settings())) {
            return;
        }
        comparison.restore(next);
        takeNotice();
        show();
        host.changed();
    }

    /** A classic comparison: A takes the setup's settings where it has not, and its runs join it from epoch 0. */
    private void shortcut(CompareShortcuts.Setup setup) {
        if (setup == null) {
            Notices.show(CompareShortcuts.NO_CROSS_ENTROPY);
            return;
        }
        comparison.keepOnly(0);
        if (!setup.a().equals(comparison.run(0).config())) {
            host.applyA(setup.a());
        }
        start(setup.runs());
    }

    /** A new comparison of A with runs of these overrides (empty: an exact copy), all from epoch 0. */
    private void start(List<Map<String, String>> runs) {
        comparison.compare(runs);
        comparison.select(runs.size() == 1 ? 1 : 0);
        Notices.announce(comparison.count() + " runs from the same start; the settings now edit run "
                + CompareTable.letter(comparison.selected()) + ".");
        changed();
    }

    private void add() {
        if (comparison.count() >= CompareSettings.MAX_RUNS) {
            Notices.show("A comparison holds at most " + CompareSettings.MAX_RUNS + " runs.");
            return;
        }
        comparison.add(Map.of());
        Notices.announce("Run " + CompareTable.letter(comparison.selected()) + " added, a copy of A; every run is"
                + " back at epoch 0.");
        changed();
    }

    private void remove() {
        int run = comparison.selected();
        PlaygroundConfig before = comparison.run(0).config();
        PlaygroundConfig a = comparison.remove(run);
        if (a != before) {
            host.applyA(a);
        }
        Notices.announce("Run " + CompareTable.letter(run) + " removed.");
        changed();
    }

    private void keepOnly() {
        int run = comparison.selected();
        PlaygroundConfig a = comparison.keepOnly(run);
        host.applyA(a);
        Notices.announce("Run " + CompareTable.letter(run) + " is the single run again"
                + (run == 0 ? "." : ", from epoch 0."));
        changed();
    }

    private void select(int run) {
        if (run < comparison.count() && run != comparison.selected()) {
            comparison.select(run);
            Notices.announce("The settings now edit run " + CompareTable.letter(run) + ".");
            show();
            host.changed();
        }
    }

    private void changed() {
        show();
        host.changed();
    }

    /** Tells the saver, and shows a notice of runs that had to change. */
    void saved() {
        takeNotice();
        onSettings.accept(comparison.settings());
    }

    private void takeNotice() {
        String notice = comparison.takeNotice();
        if (notice != null) {
            Notices.show(notice);
        }
    }

    /** The chooser, the tiles shown and the differences table, after the runs changed. */
    void show() {
        boolean active = comparison.active();
        panel.setHidden(!active);
        Dom.byId("compare-start").setTextContent(active ? "Copy a run" : "Compare runs");
        Dom.byId("compare-start").setHidden(active);
        for (int run = 0; run < tiles.length; run++) {
            boolean present = active && run < comparison.count();
            HTMLElement tab = Dom.byId("compare-run-" + run);
            tab.setHidden(!present);
            tab.setAttribute("aria-pressed", run == comparison.selected() ? "true" : "false");
            tiles[run].figure.setHidden(!present);
            tiles[run].figure.setAttribute("data-selected", run == comparison.selected() ? "true" : "false");
        }
        Dom.byId("compare-add").setHidden(comparison.count() >= CompareSettings.MAX_RUNS);
        Dom.byId("compare-grid").setAttribute("data-runs", Integer.toString(comparison.count()));
        showDifferences();
    }

    private void showDifferences() {
        HTMLElement head = Dom.byId("compare-diff-head");
        HTMLElement body = Dom.byId("compare-diff-body");
        head.setTextContent("");
        body.setTextContent("");
        if (!comparison.active()) {
            return;
        }
        head.appendChild(ClassReadouts.cell("th", "Setting", "col"));
        for (int run = 0; run < comparison.count(); run++) {
            HTMLElement th = ClassReadouts.cell("th", CompareTable.letter(run), "col");
            th.setAttribute("style", "border-bottom: 4px solid " + CompareTable.css(run));
            head.appendChild(th);
        }
        for (String[] row : CompareTable.differences(comparison)) {
            HTMLElement tr = Dom.create("tr");
            tr.appendChild(ClassReadouts.cell("th", row[0], "row"));
            if (row.length == 1) {
                HTMLElement td = ClassReadouts.cell("td", "", null);
                td.setAttribute("colspan", Integer.toString(comparison.count()));
                td.setTextContent("The runs have the same settings: they stay identical, epoch by epoch.");
                tr.appendChild(td);
            }
            for (int i = 1; i < row.length; i++) {
                tr.appendChild(ClassReadouts.cell("td", row[i], null));
            }
            body.appendChild(tr);
        }
    }

    /**
     * Draws the runs' tiles (a small grid each): all of them when the runs stand still; while they train one tile a
     * frame in turn, so that four runs cost a frame no more heatmap than one, and each tile still moves at a quarter
     * of the frame rate or better.
     */
    void draw(boolean training) {
        if (!comparison.active()) {
            return;
        }
        PlaygroundSession a = comparison.run(0);
        HtmlCanvas first = tiles[0].canvas;
        for (int run = 0; run < comparison.count(); run++) {
            tiles[run].canvas.fitToDisplay(TILE_MIN_WIDTH);
        }
        DatasetKind kind = a.config().dataset();
        boolean resized = overlay == null || overlay.width() != first.width() || overlay.height() != first.height();
        if (resized) {
            overlay = new HtmlCanvas(first.width(), first.height());
        }
        if (resized || kind != domainOf) {
            domainOf = kind;
            viewport = PlaygroundRedraws.plotViewport(kind, first.width(), first.height());
            sampler = new GridSampler(viewport, GRID);
            overlayOf = null;
        }
        boolean newOverlay = overlayOf != a.data() || overlayTest != a.config().showTest();
        if (newOverlay) {
            overlayOf = a.data();
            overlayTest = a.config().showTest();
            overlay.clear();
            PlaygroundRedraws.drawOverlay(overlay, viewport, a.data(), overlayTest, -1, points);
        }
        if (training && !newOverlay) {
            nextTile = (nextTile + 1) % comparison.count();
            drawTile(tiles[nextTile], comparison.run(nextTile));
            return;
        }
        for (int run = 0; run < comparison.count(); run++) {
            drawTile(tiles[run], comparison.run(run));
        }
    }

    /** Each run's caption (loss, share right), at the pace of the playground's other readouts. */
    void captions() {
        for (int run = 0; run < comparison.count() && comparison.active(); run++) {
            Dom.text("compare-caption-" + run, CompareTable.caption(comparison.run(run)));
        }
    }

    private void drawTile(Tile tile, PlaygroundSession run) {
        PlaygroundConfig config = run.config();
        tile.pass.show(run.network(), -1, -1, config.discretize());
        tile.pass.evaluate(run, sampler, tile.grid, Double.POSITIVE_INFINITY, Dom::now);
        if (tile.pass.showsClasses()) {
            tile.raster.fillClasses(tile.grid, GRID, config.discretize() ? ClassPalette.discretized()
                    : ClassPalette.continuous(), 255);
        } else {
            ColorScale scale = config.discretize() ? discrete : continuous;
            tile.raster.fill(tile.grid, GRID, NeuronColors.outputMin(config.output()), 1, scale, 255);
        }
        tile.image.put(tile.raster.pixels());
        HtmlCanvas canvas = tile.canvas;
        canvas.clear();
        canvas.image(tile.image.canvas(), viewport.left(), viewport.top(), viewport.width(), viewport.height(),
                !config.discretize());
        canvas.image(overlay.element(), 0, 0, canvas.width(), canvas.height(), true);
    }
}
