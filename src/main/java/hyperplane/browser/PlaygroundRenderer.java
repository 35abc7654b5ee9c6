package hyperplane.browser;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Network;
import hyperplane.sim.LossHistory;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.Axes;
import hyperplane.view.ColorScale;
import hyperplane.view.Format;
import hyperplane.view.GridSampler;
import hyperplane.view.HeatmapRaster;
import hyperplane.view.LineChart;
import hyperplane.view.NetworkDiagram;
import hyperplane.view.NodeRef;
import hyperplane.view.PointPlot;
import hyperplane.view.TextAlign;
import hyperplane.view.Viewport;

/**
 * Draws the playground: the decision-boundary heatmap with the points and axes, the network diagram
 * with each neuron's own small heatmap, and the loss chart. Buffers are made when the network's shape or
 * the data change, never per frame or per pixel.
 */
final class PlaygroundRenderer {
    /** Heatmap cells per side of the main canvas. */
    static final int GRID = 100;
    private static final int THUMB = HeatmapRaster.THUMBNAIL_SIZE;
    private static final double PLOT_LEFT = 30;
    private static final double PLOT_TOP = 8;
    private static final double PLOT_MARGIN_BOTTOM = 24;
    private static final double PLOT_MARGIN_RIGHT = 8;
    private static final double DIAGRAM_LABELS = 44;

    private final HtmlCanvas main;
    /** Axes and points, drawn again only when they change: during training only the heatmap moves. */
    private final HtmlCanvas overlay;
    private Dataset overlayData;
    private Viewport overlayViewport;
    private boolean overlayTest;
    private int overlayHighlight = -2;
    private final HtmlCanvas diagramCanvas;
    private final HtmlCanvas chartCanvas;
    private final PixelImage heatmapImage = new PixelImage(GRID, GRID);
    private final PixelImage thumbImage = new PixelImage(THUMB, THUMB);
    private final HeatmapRaster heatmap = new HeatmapRaster(GRID, GRID);
    private final HeatmapRaster thumbnail = HeatmapRaster.thumbnail();
    private final double[] grid = new double[GRID * GRID];
    private final LineChart chart;
    private final ColorScale continuous = ColorScale.continuous();
    private final ColorScale discrete = ColorScale.discretized();

    private Viewport viewport;
    private GridSampler sampler;
    private GridSampler thumbSampler;
    private DatasetKind domainOf;
    private NetworkDiagram diagram;
    private int[] diagramSizes;
    private double[][] neuronGrids = new double[0][];

    private Dataset pointsOf;
    private double[] trainX = new double[0];
    private double[] trainY = new double[0];
    private int[] trainLabels = new int[0];
    private int trainCount;
    private double[] testX = new double[0];
    private double[] testY = new double[0];
    private int[] testLabels = new int[0];
    private int testCount;

    PlaygroundRenderer() {
        main = new HtmlCanvas(Dom.canvas("canvas"));
        overlay = new HtmlCanvas(main.width(), main.height());
        diagramCanvas = new HtmlCanvas(Dom.canvas("network"));
        chartCanvas = new HtmlCanvas(Dom.canvas("loss-chart"));
        chart = new LineChart(0, 0, chartCanvas.width(), chartCanvas.height());
        chart.setTitles("epoch", "loss");
    }

    /** The mapping between data and the main canvas, for the point editor. */
    Viewport viewport() {
        return viewport;
    }

    /** The diagram's current layout, for hit tests (null before the first draw). */
    NetworkDiagram diagram() {
        return diagram;
    }

    private void layout(PlaygroundSession session) {
        DatasetKind kind = session.config().dataset();
        if (kind != domainOf) {
            domainOf = kind;
            viewport = new Viewport(kind.minX(), kind.maxX(), kind.minY(), kind.maxY(), PLOT_LEFT, PLOT_TOP,
                    main.width() - PLOT_LEFT - PLOT_MARGIN_RIGHT, main.height() - PLOT_TOP - PLOT_MARGIN_BOTTOM);
            sampler = new GridSampler(viewport, GRID);
            thumbSampler = new GridSampler(viewport, THUMB);
        }
        int[] sizes = session.network().sizes();
        if (diagramSizes == null || !java.util.Arrays.equals(sizes, diagramSizes)) {
            diagramSizes = sizes;
            diagram = new NetworkDiagram(sizes, DIAGRAM_LABELS, 6, diagramCanvas.width() - DIAGRAM_LABELS - 6,
                    diagramCanvas.height() - 12);
            neuronGrids = new double[session.neuronCount()][THUMB * THUMB];
        }
        if (session.data() != pointsOf) {
            splitPoints(session.data(), session.config().problem());
        }
    }

    private void splitPoints(Dataset data, ProblemType problem) {
        pointsOf = data;
        int n = data.size();
        if (trainX.length < n) {
            trainX = new double[n];
            trainY = new double[n];
            trainLabels = new int[n];
            testX = new double[n];
            testY = new double[n];
            testLabels = new int[n];
        }
        trainCount = 0;
        testCount = 0;
        for (int i = 0; i < n; i++) {
            // Regression targets are coloured by sign: positive blue, negative orange.
            int label = problem == ProblemType.REGRESSION ? (data.label(i) > 0 ? 1 : 0) : (int) data.label(i);
            if (data.isTrain(i)) {
                trainX[trainCount] = data.x1(i);
                trainY[trainCount] = data.x2(i);
                trainLabels[trainCount++] = label;
            } else {
                testX[testCount] = data.x1(i);
                testY[testCount] = data.x2(i);
                testLabels[testCount++] = label;
            }
        }
    }

    /**
     * Draws everything for the session's current state.
     *
     * @param selected the neuron whose output the main canvas shows instead of the network's, or null
     * @param cursorX  the keyboard cursor in data coordinates, or NaN when the canvas is not focused
     * @param highlighted the index (in the dataset) of a point to ring, or -1
     */
    void draw(PlaygroundSession session, NodeRef selected, double cursorX, double cursorY, int highlighted) {
        layout(session);
        drawMain(session, selected, cursorX, cursorY, highlighted);
        drawDiagram(session, selected);
        drawChart(session.history());
    }

    private void drawMain(PlaygroundSession session, NodeRef selected, double cursorX, double cursorY,
                          int highlighted) {
        PlaygroundConfig config = session.config();
        Network network = session.network();
        double min;
        double max;
        if (selected == null || selected.layer() == network.layerCount()) {
            session.evaluateGrid(sampler.xs(), sampler.ys(), GRID, grid);
            min = config.output() == Activation.SIGMOID ? 0 : -1;
            max = 1;
        } else {
            evaluateNeuron(session, selected);
            double m = rangeOf(network, selected.layer(), grid, GRID * GRID);
            min = activationMin(network, selected.layer(), m);
            max = m;
        }
        heatmap.fill(grid, GRID, min, max, config.discretize() ? discrete : continuous, 255);
        heatmapImage.put(heatmap.pixels());
        main.clear();
        main.image(heatmapImage.canvas(), viewport.left(), viewport.top(), viewport.width(), viewport.height(),
                !config.discretize());
        if (session.data() != overlayData || viewport != overlayViewport || config.showTest() != overlayTest
                || highlighted != overlayHighlight) {
            drawOverlay(session.data(), config.showTest(), highlighted);
        }
        main.image(overlay.element(), 0, 0, main.width(), main.height(), true);
        if (cursorX == cursorX) {
            drawCursor(cursorX, cursorY);
        }
    }

    private void drawOverlay(Dataset data, boolean showTest, int highlighted) {
        overlayData = data;
        overlayViewport = viewport;
        overlayTest = showTest;
        overlayHighlight = highlighted;
        overlay.clear();
        Axes.draw(overlay, viewport);
        PointPlot.draw(overlay, viewport, trainX, trainY, trainLabels, trainCount, false);
        if (showTest) {
            PointPlot.draw(overlay, viewport, testX, testY, testLabels, testCount, true);
        }
        if (highlighted >= 0 && highlighted < data.size()) {
            PointPlot.highlight(overlay, viewport, data.x1(highlighted), data.x2(highlighted));
        }
    }

    private void drawCursor(double x, double y) {
        double px = viewport.toPixelX(x);
        double py = viewport.toPixelY(y);
        main.setAlpha(1);
        main.setDash(0, 0);
        main.setStroke(0xFFFFFF, 4);
        main.line(px - 10, py, px + 10, py);
        main.line(px, py - 10, px, py + 10);
        main.setStroke(0x5B2A9E, 2);
        main.line(px - 10, py, px + 10, py);
        main.line(px, py - 10, px, py + 10);
        main.circle(px, py, 6, false, true);
    }

    private void evaluateNeuron(PlaygroundSession session, NodeRef node) {
        double[] xs = sampler.xs();
        double[] ys = sampler.ys();
        Network network = session.network();
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                session.predict(xs[i], ys[j]);
                grid[j * GRID + i] = network.output(node.layer(), node.neuron());
            }
        }
    }

    /**
     * The upper end of the colour range for a neuron's outputs: 1 for sigmoid and tanh (their ranges),
     * else the largest magnitude seen, so an unbounded neuron still shows its shape.
     */
    private static double rangeOf(Network network, int layer, double[] values, int count) {
        if (layer > 0) {
            Activation a = network.activation(layer);
            if (a == Activation.SIGMOID || a == Activation.TANH) {
                return 1;
            }
        }
        double m = 0;
        for (int i = 0; i < count; i++) {
            double v = Math.abs(values[i]);
            if (v > m) {
                m = v;
            }
        }
        return m > 1e-12 ? m : 1;
    }

    private static double activationMin(Network network, int layer, double max) {
        return layer > 0 && network.activation(layer) == Activation.SIGMOID ? 0 : -max;
    }

    private void drawDiagram(PlaygroundSession session, NodeRef selected) {
        Network network = session.network();
        session.evaluateNeurons(thumbSampler.xs(), thumbSampler.ys(), THUMB, neuronGrids);
        diagramCanvas.clear();
        diagram.draw(diagramCanvas, network::weight, selected);
        double size = diagram.nodeSize();
        ColorScale scale = session.config().discretize() ? discrete : continuous;
        int k = 0;
        for (int l = 0; l <= network.layerCount(); l++) {
            for (int j = 0; j < network.size(l); j++) {
                double[] values = neuronGrids[k++];
                double max = rangeOf(network, l, values, THUMB * THUMB);
                double min = activationMin(network, l, max);
                if (l == network.layerCount() && network.activation(l) == Activation.SIGMOID) {
                    min = 0;
                }
                thumbnail.fill(values, THUMB, min, max, scale, 255);
                thumbImage.put(thumbnail.pixels());
                diagramCanvas.image(thumbImage.canvas(), diagram.nodeLeft(l) + 1, diagram.nodeTop(l, j) + 1,
                        size - 2, size - 2, true);
            }
        }
        diagramCanvas.setFill(ColorScale.TEXT);
        diagramCanvas.setFontSize(Math.min(13, Math.max(9, size * 0.55)));
        for (int i = 0; i < network.size(0); i++) {
            diagramCanvas.text(session.config().features().get(i).label(), diagram.nodeLeft(0) - 5,
                    diagram.nodeY(0, i), TextAlign.RIGHT);
        }
    }

    private void drawChart(LossHistory history) {
        chart.clearSeries();
        chart.addSeries("training", 0x1F2328, LineChart.Style.LINE, history.trainValues(), history.size());
        chart.addSeries("test", 0x8A6D3B, LineChart.Style.LINE, history.testValues(), history.size());
        chartCanvas.clear();
        chart.draw(chartCanvas);
    }

    /** A one-line summary of the neuron for the info line: its bias and incoming weights. */
    static String describe(Network network, NodeRef node, PlaygroundConfig config) {
        int l = node.layer();
        if (l == 0) {
            return "Input " + config.features().get(node.neuron()).label()
                    + ": the main canvas shows this feature's value over the plane.";
        }
        StringBuilder text = new StringBuilder();
        text.append(l == network.layerCount() ? "Output neuron" : "Layer " + l + ", neuron " + (node.neuron() + 1));
        text.append(" (").append(network.activation(l).label()).append("): bias ")
                .append(Format.fixed(network.bias(l, node.neuron()), 3)).append("; weights in ");
        for (int k = 0; k < network.size(l - 1); k++) {
            if (k > 0) {
                text.append(", ");
            }
            text.append(Format.fixed(network.weight(l, node.neuron(), k), 3));
        }
        return text.append('.').toString();
    }
}
