package hyperplane.browser;

import hyperplane.data.Dataset;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.DatasetCsv;
import hyperplane.state.FormatException;
import hyperplane.state.ImportedModel;
import hyperplane.state.ModelJson;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.ClassPalette;
import hyperplane.view.ColorSlots;
import hyperplane.view.ImportText;
import hyperplane.view.Theme;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The playground's files: the model as JSON and the points as CSV (both ways), and a PNG of the canvas
 * with a legend. An import that does not fit is refused with a message naming what is wrong, and the
 * current model and points stay exactly as they were.
 */
final class ImportExport {
    private final Playground playground;
    private final Undo undo;

    ImportExport(Playground playground, Undo undo) {
        this.playground = playground;
        this.undo = undo;
        Dom.on(Dom.byId("export-model"), "click", e -> exportModel());
        Dom.on(Dom.byId("export-points"), "click", e -> exportPoints());
        Dom.on(Dom.byId("export-png"), "click", e -> exportPicture());
        Dom.on(Dom.byId("import-model"), "click", e -> Dom.byId("import-model-file").click());
        Dom.on(Dom.byId("import-points"), "click", e -> Dom.byId("import-points-file").click());
        FileIO.onPick(Dom.byId("import-model-file"), FileIO.MAX_BYTES,
                (name, text, error, count) -> importModel(name, text, error, ImportText.onlyOneRead(count, name)));
        FileIO.onPick(Dom.byId("import-points-file"), FileIO.MAX_BYTES,
                (name, text, error, count) -> importPoints(name, text, error, ImportText.onlyOneRead(count, name)));
        FileIO.onDrop(Dom.byId("canvas"), FileIO.MAX_BYTES, (name, text, error, count) -> {
            String note = ImportText.onlyOneRead(count, name);
            if (name.toLowerCase().endsWith(".json")) {
                importModel(name, text, error, note);
            } else {
                importPoints(name, text, error, note);
            }
        });
    }

    private void exportModel() {
        PlaygroundSession session = playground.shownRun();
        try {
            FileIO.download("hyperplane-model.json",
                    ModelJson.write(session.network(), session.config().features()), "application/json");
            Notices.announce("Model saved as hyperplane-model.json.");
        } catch (IllegalArgumentException e) {
            Notices.error("The model cannot be saved: " + e.getMessage() + ". Reset the network first.");
        }
    }

    private void exportPoints() {
        FileIO.download("hyperplane-points.csv", DatasetCsv.write(playground.session().data()), "text/csv");
        Notices.announce("Points saved as hyperplane-points.csv.");
    }

    /**
     * Reads a model; on success the configuration takes its shape and the network its weights. {@code note} goes
     * before what the page says (that only one of several files was read, or "").
     */
    void importModel(String name, String text, String error, String note) {
        if (!error.isEmpty()) {
            refuse(name, error, note);
            return;
        }
        ImportedModel model;
        PlaygroundConfig adopted;
        try {
            model = ModelJson.read(text);
            adopted = ModelJson.adopt(playground.config(), model);
        } catch (FormatException e) {
            refuse(name, e.getMessage(), note);
            return;
        }
        playground.setPlaying(false);
        playground.apply(adopted);
        // The configuration just adopted is the shown run's (in a comparison, the chosen run's): so are the weights.
        playground.shownRun().loadParameters(model.network());
        Notices.show(note + ImportText.modelImported(name, adopted));
    }

    /** Reads points; on success they become the user's own points. {@code note} as for {@link #importModel}. */
    void importPoints(String name, String text, String error, String note) {
        if (!error.isEmpty()) {
            refuse(name, error, note);
            return;
        }
        Dataset points;
        try {
            PlaygroundConfig config = playground.config();
            points = DatasetCsv.read(text, config.dataset(), config.classes(),
                    needed -> ImportText.moreClasses(config, needed));
        } catch (FormatException e) {
            refuse(name, e.getMessage(), note);
            return;
        }
        undo.run(note + ImportText.pointsImported(name, points),
                () -> playground.apply(playground.config().withPoints(points)));
    }

    private static void refuse(String name, String reason, String note) {
        Notices.error(note + ImportText.refused(name, reason));
    }

    private void exportPicture() {
        String losses = ImportText.losses(playground.shownRun());
        StringBuilder colours = new StringBuilder();
        for (int c = 0; c < playground.config().classes(); c++) {
            colours.append(c == 0 ? "" : ",").append(ColorSlots.css(ClassPalette.color(c)));
        }
        Theme theme = HtmlCanvas.shownTheme();
        FileIO.downloadUrl("hyperplane.png", picture(Dom.canvas("canvas"), losses, colours.toString(),
                ColorSlots.css(theme.paper()), ColorSlots.css(theme.ink()), ColorSlots.css(theme.muted())));
    }

    /**
     * The canvas with the layers under it (the heatmap) on the theme's paper (as on the page: the axes' labels are
     * drawn in the theme's ink), with a legend strip below: each class (colours "#rrggbb,…") and the run's numbers.
     */
    @JSBody(params = {"canvas", "losses", "colours", "paper", "ink", "muted"}, script = "var pad = 12, strip = 54;"
            + "var out = document.createElement('canvas'); out.width = canvas.width + 2 * pad;"
            + "out.height = canvas.height + 2 * pad + strip; var g = out.getContext('2d');"
            + "var k = canvas.width / (+canvas.dataset.logicalWidth || canvas.width);"
            + "g.fillStyle = paper; g.fillRect(0, 0, out.width, out.height);"
            + "var box = canvas.getBoundingClientRect(), sx = canvas.width / box.width || 1,"
            + " sy = canvas.height / box.height || 1, layers = canvas.parentNode.querySelectorAll('canvas');"
            + "for (var i = 0; i < layers.length; i++) { var c = layers[i], b = c.getBoundingClientRect();"
            + " g.imageSmoothingEnabled = getComputedStyle(c).imageRendering !== 'pixelated';"
            + " g.drawImage(c, pad + (b.left - box.left) * sx, pad + (b.top - box.top) * sy, b.width * sx,"
            + " b.height * sy); }"
            + "g.imageSmoothingEnabled = true; g.scale(k, k); var y = (canvas.height + pad) / k + 18, x = pad / k;"
            + "g.font = '13px system-ui, sans-serif'; g.textBaseline = 'middle';"
            + "var list = colours.split(','), step = list.length > 2 ? 52 : 80;"
            + "for (var c = 0; c < list.length; c++) { var at = x + c * step;"
            + "g.fillStyle = list[c]; g.beginPath(); g.arc(at + 6, y, 5, 0, 7); g.fill();"
            + "g.fillStyle = ink; g.fillText(list.length > 2 ? '' + c : 'class ' + c, at + 16, y); }"
            + "g.fillText('Hyperplane', x + list.length * step + 10, y); g.fillStyle = muted;"
            + "g.fillText(losses, x, y + 22);"
            + "return out.toDataURL('image/png');")
    private static native String picture(HTMLCanvasElement canvas, String losses, String colours, String paper,
            String ink, String muted);
}
