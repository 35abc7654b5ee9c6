package hyperplane.browser;

import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import hyperplane.engine.Network;
import hyperplane.sim.Comparison;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.ClassPalette;
import hyperplane.view.FirstLayerLines;
import hyperplane.view.ColorScale;
import hyperplane.view.CompareTable;
import hyperplane.view.GridSampler;
import hyperplane.view.HeatmapPass;
import hyperplane.view.HeatmapRaster;
import hyperplane.view.LineChart;
import hyperplane.view.LossChart;
import hyperplane.view.NetworkDiagram;
import hyperplane.view.NeuronColors;
import hyperplane.view.NodeRef;
import hyperplane.view.PointColumns;
import hyperplane.view.PlaygroundRedraws;
import hyperplane.view.PointPlot;
import hyperplane.view.Viewport;
import hyperplane.view.WeightSource;
import org.teavm.jso.dom.css.CSSStyleDeclaration;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Draws the playground: the decision-boundary heatmap with the points and axes, the network diagram
 * with each neuron's own small heatmap, and the loss chart. Buffers are made when the network's shape or
 * the data change, never per frame or per pixel.
 *
 * <p>Layers: the heatmap is a canvas of its own, 100 × 100 pixels, which CSS stretches under the main canvas over the
 * plot's rectangle; the main canvas above it holds the axes, the points, the first-layer lines and the cursor, and is
 * drawn again only when one of them changes. The diagram's links are a canvas of their own under the diagram. So a
 * frame of training puts 100 × 100 new pixels into the heatmap and draws the nodes' boxes and thumbnails, and the
 * browser composites the layers, instead of drawing every canvas's picture again and rasterizing it on the main
 * thread (measured at 4× CPU throttling, that was a good part of each frame).
 *
 * <p>Speed: the main heatmap is evaluated row by row (PlaygroundSession#evaluateRow, a row of points per pass through
 * the network) within a time budget per frame; a network too large to evaluate all 100 rows in one frame's budget (8
 * layers of 16 neurons) is evaluated over several frames, rows in an interleaved order, and the image is replaced when
 * a pass completes. The neuron thumbnails share one pixel atlas (one putImageData for all) and the diagram's links
 * are stroked in (colour, width) batches. What is drawn again in a frame (the overlay, the diagram, which of its
 * links, the loss chart) is {@link PlaygroundRedraws}'s decision.
 */
final class PlaygroundRenderer {
    /** Heatmap cells per side of the main canvas. */
    static final int GRID = 100;
    private static final int THUMB = HeatmapRaster.THUMBNAIL_SIZE;
    private static final double DIAGRAM_LABELS = 44;
    /** The narrowest logical width a canvas is laid out for; a narrower screen scales it down. */
    private static final int MIN_WIDTH = 240;

    /** Axes, points, first-layer lines and cursor, over the heatmap's layer. */
    private final HtmlCanvas main;
    /** Axes and points, drawn again only when they change: during training only the heatmap moves. */
    private final HtmlCanvas overlay;
    /** What is drawn again in a frame. */
    private final PlaygroundRedraws redraws = new PlaygroundRedraws();
    private final HtmlCanvas diagramCanvas;
    /** The diagram's links, in their layer under the diagram, stroked again as PlaygroundRedraws#linksDue says. */
    private final HtmlCanvas links;
    private final HtmlCanvas chartCanvas;
    /** The heatmap's layer under the main canvas, one pixel a cell, stretched over the plot by CSS. */
    private final HTMLCanvasElement heatmapLayer = Dom.canvas("heatmap");
    private final PixelImage heatmapImage = new PixelImage(heatmapLayer, GRID, GRID);
    private PixelImage thumbAtlas;
    private int[] atlasPixels = new int[0];
    private final HeatmapRaster heatmap = new HeatmapRaster(GRID, GRID);
    private final HeatmapRaster thumbnail = HeatmapRaster.thumbnail();
    private final double[] grid = new double[GRID * GRID];
    private LineChart chart;

    private final ColorScale continuous = ColorScale.continuous();
    private final ColorScale discrete = ColorScale.discretized();

    private Viewport viewport;
    private GridSampler sampler;
    private GridSampler thumbSampler;
    /** The first layer's lines over the heatmap, when the configuration shows them. */
    private FirstLayerLines firstLayer;
    private DatasetKind domainOf;
    private NetworkDiagram diagram;
    private int[] diagramSizes;
    private double[][] neuronGrids = new double[0][];
    private Network weightsOf;
    private WeightSource weightSource;

    /**
     * The next row of the thumbnails' grid to evaluate: while training, a large network's thumbnails are evaluated a
     * few rows a frame within the heatmap's budget, and the atlas is replaced when every row is done.
     */
    private int thumbRow;

    /** The main heatmap's pass, spread over frames when it does not fit one frame's budget. */
    private final HeatmapPass pass = new HeatmapPass(GRID);

    /** The points of the overlay, filled when it is drawn again (only when the data change). */
    private final PointColumns points = new PointColumns();

    /**
     * What the main canvas shows now: whether it must be drawn again although nothing on it moved (a new size or
     * theme), the first-layer lines (see drawMain) and the keyboard cursor it was drawn with. Otherwise it is left as
     * it is (each drawing is rasterized again when the frame is committed). And whether the heatmap's layer is
     * stretched smoothly (1), with hard pixel edges (0) or not set yet (−1).
     */
    private boolean mainStale = true;
    private int heatmapSmooth = -1;
    private int mainLines = -2;
    private double mainCursorX = Double.NaN;
    private double mainCursorY = Double.NaN;

    /** How long the last draw spent on the main plot, the diagram and the loss chart, in ms (0 for a part skipped). */
    private double mainMs;
    private double diagramMs;
    private double chartMs;
    /** The runs whose losses the chart overlays when there are several, or null. */
    private Comparison comparison;

    PlaygroundRenderer() {
        main = new HtmlCanvas(Dom.canvas("canvas"));
        overlay = new HtmlCanvas(main.width(), main.height());
        diagramCanvas = new HtmlCanvas(Dom.canvas("network"));
        links = HtmlCanvas.layer(Dom.canvas("network-links"));
        chartCanvas = new HtmlCanvas(Dom.canvas("loss-chart"));
        newChart();
    }

    private void newChart() {
        chart = LossChart.create(chartCanvas.width(), chartCanvas.height());
    }

    /**
     * Lays each canvas out at the width it is shown (up to the page's size for it), so that labels and points
     * keep their size on a narrow screen; a canvas whose size changed starts its layout again.
     */
    private boolean fitCanvases() {
        boolean resized = false;
        if (main.fitToDisplay(MIN_WIDTH)) {
            overlay.resize(main.width(), main.height());
            mainStale = true;
            domainOf = null; // a new viewport, so the overlay is drawn again too
            resized = true;
        }
        if (diagramCanvas.fitToDisplay(MIN_WIDTH)) {
            diagramSizes = null;
            resized = true;
        }
        if (chartCanvas.fitToDisplay(MIN_WIDTH)) {
            newChart();
            redraws.forgetChart();
        }
        return resized;
    }

    /** The mapping between data and the main canvas, for the point editor. */
    Viewport viewport() {
        return viewport;
    }

    /** In Compare mode the loss chart overlays every run of {@code runs} (CompareTable#chart). */
    void showComparison(Comparison runs) {
        comparison = runs;
    }

    /** The diagram's current layout, for hit tests (null before the first draw). */
    NetworkDiagram diagram() {
        return diagram;
    }

    /** Lays the canvases out for the session; true when a canvas or the diagram's shape is new. */
    private boolean layout(PlaygroundSession session) {
        boolean newShape = fitCanvases();
        DatasetKind kind = session.config().dataset();
        if (kind != domainOf) {
            domainOf = kind;
            viewport = PlaygroundRedraws.plotViewport(kind, main.width(), main.height());
            placeHeatmap();
            sampler = new GridSampler(viewport, GRID);
            thumbSampler = new GridSampler(viewport, THUMB);
            firstLayer = new FirstLayerLines(viewport);
        }
        int[] sizes = session.network().sizes();
        if (diagramSizes == null || !java.util.Arrays.equals(sizes, diagramSizes)) {
            newShape = true; // an empty thumbnail atlas: draw every part at once
            diagramSizes = sizes;
            links.resize(diagramCanvas.width(), diagramCanvas.height());
            redraws.forgetLinks();
            diagram = new NetworkDiagram(sizes, DIAGRAM_LABELS, 6, diagramCanvas.width() - DIAGRAM_LABELS - 6,
                    diagramCanvas.height() - 12);
            neuronGrids = new double[session.neuronCount()][THUMB * THUMB];
            thumbRow = 0;
            atlasPixels = new int[THUMB * THUMB * neuronGrids.length];
            thumbAtlas = new PixelImage(THUMB * neuronGrids.length, THUMB);
        }
        Network network = session.network();
        if (network != weightsOf) {
            weightsOf = network;
            weightSource = network::weight; // made once per network, not per frame
        }
        return newShape;
    }

    /** Stretches the heatmap's layer over the plot's rectangle of the main canvas, in shares of its size. */
    private void placeHeatmap() {
        CSSStyleDeclaration style = heatmapLayer.getStyle();
        style.setProperty("left", percent(viewport.left(), main.width()));
        style.setProperty("top", percent(viewport.top(), main.height()));
        style.setProperty("width", percent(viewport.width(), main.width()));
        style.setProperty("height", percent(viewport.height(), main.height()));
    }

    private static String percent(double part, double whole) {
        return 100 * part / whole + "%";
    }

    /**
     * Draws the session's current state: while training, the parts that fit this frame ({@link PlaygroundRedraws#plan});
     * otherwise everything.
     *
     * @param selected the neuron whose output the main canvas shows instead of the network's, or null
     * @param cursorX  the keyboard cursor in data coordinates, or NaN when the canvas is not focused
     * @param highlighted the index (in the dataset) of a point to ring, or -1
     * @param heatmapBudgetMs how long the main heatmap may evaluate in this call (a pass that does not finish
     *     goes on in the next call), and the thumbnails too while training; infinity finishes the pass
     * @param training whether training runs (then the parts share the frames, and the loss chart is redrawn only
     *     every few frames)
     * @param spentMs  what this frame spent before drawing (training), in ms
     * @param budgetMs the frame's budget for training and drawing (FrameBudget), in ms
     * @param withChart whether the loss chart may be drawn in this frame (else {@link #drawChartAlone} draws it)
     * @return true if a part is not drawn yet or the heatmap pass is not finished, so another draw is needed
     */
    boolean draw(PlaygroundSession session, NodeRef selected, double cursorX, double cursorY, int highlighted,
            double heatmapBudgetMs, boolean training, double spentMs, double budgetMs, boolean withChart) {
        boolean newShape = layout(session);
        boolean pending = !redraws.plan(training && !newShape, spentMs, budgetMs);
        mainMs = 0;
        diagramMs = 0;
        chartMs = 0;
        double start = Dom.now();
        if (redraws.drawsNow(PlaygroundRedraws.PLOT)) {
            pending |= drawMain(session, selected, cursorX, cursorY, highlighted, heatmapBudgetMs);
            mainMs = Dom.now() - start;
            redraws.drawn(PlaygroundRedraws.PLOT, mainMs);
        }
        if (redraws.drawsNow(PlaygroundRedraws.THUMBNAILS)) {
            double thumbnailsStart = Dom.now();
            pending |= !fillThumbnails(session, training && !newShape ? heatmapBudgetMs : Double.POSITIVE_INFINITY);
            double ms = Dom.now() - thumbnailsStart;
            diagramMs += ms;
            redraws.drawn(PlaygroundRedraws.THUMBNAILS, ms);
        }
        if (redraws.drawsNow(PlaygroundRedraws.DIAGRAM)) {
            double diagramStart = Dom.now();
            drawDiagram(session, selected, training);
            double ms = Dom.now() - diagramStart;
            diagramMs += ms;
            redraws.drawn(PlaygroundRedraws.DIAGRAM, ms);
        }
        if (withChart && redraws.chartDue(session.history(), training)) {
            drawChart(session);
        }
        return pending;
    }

    /**
     * Draws the loss chart if its history changed, and nothing else (a frame of the readouts' own, see
     * Playground#draw).
     */
    void drawChartAlone(PlaygroundSession session) {
        mainMs = 0;
        diagramMs = 0;
        chartMs = 0;
        if (redraws.chartDue(session.history(), false)) {
            drawChart(session);
        }
    }

    /** Draws the loss chart (every run's in a comparison) and times it into {@link #chartMs}. */
    private void drawChart(PlaygroundSession session) {
        double start = Dom.now();
        if (comparison != null && comparison.active()) {
            CompareTable.chart(chart, comparison, comparison.run(0).testCount() > 0);
        } else {
            LossChart.show(chart, session.history(), session.config().problem() == ProblemType.CLASSIFICATION,
                    chartCanvas.theme());
        }
        chartCanvas.clear();
        chart.draw(chartCanvas);
        chartMs = Dom.now() - start;
    }

    /** How long the last draw spent on the main plot (heatmap, overlay), in ms; 0 if it was not drawn. */
    double mainMs() {
        return mainMs;
    }

    /** How long the last draw spent on the diagram (thumbnails, links), in ms; 0 if neither was drawn. */
    double diagramMs() {
        return diagramMs;
    }

    /** How long the last draw spent on the loss chart, in ms; 0 if it was not drawn. */
    double chartMs() {
        return chartMs;
    }

    /** Draws everything now, finishing the heatmap (for the first frame). */
    void draw(PlaygroundSession session, NodeRef selected, double cursorX, double cursorY, int highlighted) {
        draw(session, selected, cursorX, cursorY, highlighted, Double.POSITIVE_INFINITY, false, 0, Double.POSITIVE_INFINITY,
                true);
    }

    private boolean drawMain(PlaygroundSession session, NodeRef selected, double cursorX, double cursorY,
                          int highlighted, double budgetMs) {
        PlaygroundConfig config = session.config();
        Network network = session.network();
        // With K > 2 classes a chosen output neuron shows its class's probability; none shows the class map.
        boolean oneOutput = network.size(network.layerCount()) == 1;
        boolean output = selected == null || (oneOutput && selected.layer() == network.layerCount());
        int layer = output ? -1 : selected.layer();
        int neuron = output ? -1 : selected.neuron();
        pass.show(network, layer, neuron, config.discretize());
        boolean finished = pass.evaluate(session, sampler, grid, budgetMs, Dom::now);
        if (finished && pass.showsClasses()) {
            ClassPalette tints = config.discretize() ? ClassPalette.discretized() : ClassPalette.continuous();
            heatmap.fillClasses(grid, GRID, tints, 255);
            heatmapImage.put(heatmap.pixels());
        } else if (finished) {
            double max = output ? 1 : NeuronColors.max(network, layer, grid, GRID * GRID);
            double min = output ? NeuronColors.outputMin(config.output()) : NeuronColors.min(network, layer, max);
            ColorScale scale = config.discretize() ? discrete : continuous;
            scale = output ? scale : NeuronColors.scaleOf(network, layer, neuron, scale);
            heatmap.fill(grid, GRID, min, max, scale, 255);
            heatmapImage.put(heatmap.pixels());
        }
        int smooth = config.discretize() ? 0 : 1;
        if (finished && smooth != heatmapSmooth) {
            heatmapSmooth = smooth;
            if (smooth == 0) {
                heatmapLayer.getClassList().add("pixelated");
            } else {
                heatmapLayer.getClassList().remove("pixelated");
            }
        }
        boolean overlayChanged = redraws.overlayChanged(session.data(), viewport, config.showTest(), highlighted);
        if (overlayChanged) {
            overlay.clear();
            PlaygroundRedraws.drawOverlay(overlay, viewport, session.data(), config.showTest(), highlighted, points);
        }
        // The first-layer lines: −2 when not shown, else the neuron whose line stands out (−1: none). They move with
        // the weights, so with each new heatmap.
        int lines = !config.showLines() ? -2 : selected != null && selected.layer() == 1 ? selected.neuron() : -1;
        boolean linesMoved = lines > -2 && finished;
        if (overlayChanged || mainStale || linesMoved || lines != mainLines || !same(cursorX, mainCursorX)
                || !same(cursorY, mainCursorY)) {
            mainStale = false;
            mainLines = lines;
            mainCursorX = cursorX;
            mainCursorY = cursorY;
            main.clear();
            if (lines > -2) {
                firstLayer.update(network, config.features());
                firstLayer.draw(main, lines);
            }
            main.image(overlay.element(), 0, 0, main.width(), main.height(), true);
            if (cursorX == cursorX) {
                PointPlot.cursor(main, viewport, cursorX, cursorY);
            }
        }
        return !finished;
    }

    private static boolean same(double a, double b) {
        return a == b || (a != a && b != b);
    }

    /**
     * Every neuron's output on the small grid, coloured into one atlas (thumbnail k at x = k·THUMB) and pushed with
     * one putImageData; {@link #drawDiagram} then draws each node's part of the atlas. The grid's rows are evaluated
     * until {@code budgetMs} is spent (at least one row a call); returns whether the last row was done and the atlas
     * replaced. Paused (an infinite budget), the grid is evaluated from its first row, all with the weights shown.
     */
    private boolean fillThumbnails(PlaygroundSession session, double budgetMs) {
        if (budgetMs == Double.POSITIVE_INFINITY) {
            thumbRow = 0;
        }
        double start = Dom.now();
        do {
            session.evaluateNeuronsRow(thumbSampler.xs(), thumbSampler.ys(), THUMB, thumbRow++, neuronGrids);
        } while (thumbRow < THUMB && Dom.now() - start < budgetMs);
        if (thumbRow < THUMB) {
            return false;
        }
        thumbRow = 0;
        ColorScale scale = session.config().discretize() ? discrete : continuous;
        NeuronColors.fillAtlas(session.network(), neuronGrids, thumbnail, THUMB, scale, atlasPixels);
        thumbAtlas.put(atlasPixels);
        return true;
    }

    private void drawDiagram(PlaygroundSession session, NodeRef selected, boolean training) {
        Network network = session.network();
        int due = redraws.linksDue(training, selected, diagram.layerCount() - 1);
        if (due == PlaygroundRedraws.ALL_LINKS) {
            links.clear();
            diagram.drawLinks(links, weightSource, selected, 1, diagram.layerCount() - 1);
        } else {
            double from = diagram.linkStartX(due);
            links.clear(from, 0, diagram.linkEndX(due) - from, links.height());
            diagram.drawLinks(links, weightSource, selected, due, due);
        }
        diagramCanvas.clear();
        diagram.drawBoxes(diagramCanvas, selected);
        double size = diagram.nodeSize();
        int k = 0;
        for (int l = 0; l <= network.layerCount(); l++) {
            for (int j = 0; j < network.size(l); j++) {
                diagramCanvas.imagePart(thumbAtlas.canvas(), k * THUMB, 0, THUMB, THUMB, diagram.nodeLeft(l) + 1,
                        diagram.nodeTop(l, j) + 1, size - 2, size - 2, true);
                k++;
            }
        }
        PlaygroundRedraws.drawInputLabels(diagramCanvas, diagram, session.config().features());
        if (session.config().showLines()) {
            FirstLayerLines.markNodes(diagramCanvas, diagram, selected);
        }
    }
}
