package hyperplane.browser;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.engine.Activation;
import hyperplane.sim.BackpropWalkthrough;
import hyperplane.sim.PlaygroundSession;
import hyperplane.view.Axes;
import hyperplane.view.BackpropDiagram;
import hyperplane.view.ClassPalette;
import hyperplane.view.ColorScale;
import hyperplane.view.GridSampler;
import hyperplane.view.HeatmapPass;
import hyperplane.view.HeatmapRaster;
import hyperplane.view.PointColumns;
import hyperplane.view.PointPlot;
import hyperplane.view.Viewport;
import java.util.List;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The inspector's drawings: a small copy of the playground's canvas (heatmap, points, the inspected point
 * ringed), the same for the network before the last applied update, and the network diagram with the step's
 * layer outlined and, in backward steps, links sized and coloured by ∂C/∂w instead of w. Buffers are made when
 * the domain or the network's shape change, never per pixel.
 */
final class BackpropPlot {
    private static final int GRID = 64;
    private static final double MARGIN_LEFT = 28;
    private static final double MARGIN = 6;
    private static final double MARGIN_BOTTOM = 22;
    private static final int HIGHLIGHT = 0x1B5E8C;
    /** The narrowest logical width a canvas is laid out for; a narrower screen scales it down. */
    private static final int MIN_WIDTH = 240;

    private final HtmlCanvas main;
    private final HtmlCanvas before;
    private final HtmlCanvas diagramCanvas;
    private final PixelImage image = new PixelImage(GRID, GRID);
    private final HeatmapRaster heatmap = new HeatmapRaster(GRID, GRID);
    private final double[] grid = new double[GRID * GRID];
    private final HeatmapPass classes = new HeatmapPass(GRID);
    private final ColorScale continuous = ColorScale.continuous();
    private final ColorScale discrete = ColorScale.discretized();

    private Viewport viewport;
    private GridSampler sampler;
    private DatasetKind domainOf;
    private final BackpropDiagram diagram = new BackpropDiagram();

    /** The training points as drawn. */
    private final PointColumns points = new PointColumns();

    BackpropPlot(HTMLCanvasElement point, HTMLCanvasElement beforeCanvas, HTMLCanvasElement network) {
        main = new HtmlCanvas(point);
        before = new HtmlCanvas(beforeCanvas);
        diagramCanvas = new HtmlCanvas(network);
    }

    /** Draws the session's boundary and training points on the main canvas, ringing dataset point {@code point}. */
    void draw(PlaygroundSession session, int point) {
        drawData(main, session, point);
    }

    /** Draws the boundary as it is now into the "before" canvas and shows it (called just before an update). */
    void drawBefore(PlaygroundSession session, int point) {
        before.resize(main.width(), main.height()); // drawn with the main picture's viewport
        drawData(before, session, point);
        Dom.byId("bp-after").setHidden(false);
    }

    /** Hides the "before" picture (another point, or the view shown again). */
    void hideBefore() {
        Dom.byId("bp-after").setHidden(true);
    }

    /** The dataset index of the training point within maxPixels of the pixel (px, py), or −1. */
    int nearestTrainingPoint(double px, double py, double maxPixels) {
        if (viewport == null) {
            return -1;
        }
        int i = PointPlot.nearest(viewport, points.xs(), points.ys(), points.count(), px, py, maxPixels);
        return i < 0 ? -1 : points.index()[i];
    }

    private void layout(PlaygroundSession session) {
        // Laid out at the width it is shown, so points and labels keep their size on a narrow screen.
        if (main.fitToDisplay(MIN_WIDTH)) {
            domainOf = null;
        }
        DatasetKind kind = session.config().dataset();
        if (kind != domainOf) {
            domainOf = kind;
            viewport = new Viewport(kind.minX(), kind.maxX(), kind.minY(), kind.maxY(), MARGIN_LEFT, MARGIN,
                    main.width() - MARGIN_LEFT - MARGIN, main.height() - MARGIN - MARGIN_BOTTOM);
            sampler = new GridSampler(viewport, GRID);
        }
        points.fill(session.data(), PointColumns.Which.TRAIN);
    }

    private void drawData(HtmlCanvas canvas, PlaygroundSession session, int point) {
        layout(session);
        boolean discretize = session.config().discretize();
        if (session.network().size(session.network().layerCount()) > 1) {
            // More than two classes: the playground's class map (the inspector itself waits for one output).
            classes.show(session.network(), -1, -1, discretize);
            classes.evaluate(session, sampler, grid, Double.POSITIVE_INFINITY, () -> 0);
            heatmap.fillClasses(grid, GRID, discretize ? ClassPalette.discretized() : ClassPalette.continuous(), 255);
        } else {
            session.evaluateGrid(sampler.xs(), sampler.ys(), GRID, grid);
            double min = session.config().output() == Activation.SIGMOID ? 0 : -1;
            heatmap.fill(grid, GRID, min, 1, discretize ? discrete : continuous, 255);
        }
        image.put(heatmap.pixels());
        canvas.clear();
        canvas.image(image.canvas(), viewport.left(), viewport.top(), viewport.width(), viewport.height(),
                !session.config().discretize());
        Axes.draw(canvas, viewport);
        PointPlot.draw(canvas, viewport, points, false);
        Dataset data = session.data();
        if (point >= 0 && point < data.size()) {
            PointPlot.highlight(canvas, viewport, data.x1(point), data.x2(point));
            // A second, wider ring in the accent colour: the inspected point must stand out among hundreds.
            canvas.setDash(0, 0);
            canvas.setStroke(HIGHLIGHT, 2.5);
            canvas.circle(viewport.toPixelX(data.x1(point)), viewport.toPixelY(data.x2(point)), 11, false, true);
        }
    }

    /** The diagram for a step (see {@link BackpropDiagram}), laid out at the width it is shown. */
    void drawDiagram(BackpropWalkthrough walk, int step, int focus, List<Feature> features) {
        diagramCanvas.fitToDisplay(MIN_WIDTH);
        diagramCanvas.clear();
        diagram.draw(diagramCanvas, diagramCanvas.width(), diagramCanvas.height(), walk, step, focus, features);
    }

    /** What the diagram shows now, in words (for the legend below it and for screen readers). */
    String legend(BackpropWalkthrough walk, int step) {
        return BackpropDiagram.legend(walk, step);
    }
}
