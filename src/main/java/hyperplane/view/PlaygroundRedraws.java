package hyperplane.view;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.sim.LossHistory;
import java.util.List;

/**
 * What the playground's renderer draws again in a frame, and the parts of its picture that need no browser: the
 * main plot's viewport, the overlay of axes and points (drawn to a cached layer only when it changes: during
 * training only the heatmap moves), the diagram's input labels, and the throttles on the diagram and the loss
 * chart. The browser's renderer keeps the images and asks this class; so the decisions are tested on the JVM.
 *
 * <p>While training, the loss chart is redrawn only when the history grew, at most every {@link #CHART_EVERY}
 * frames, and a diagram that took longer than {@link #SLOW_DIAGRAM_MS} to draw is drawn every second frame (the
 * thumbnails of a large network then change 30 times a second, the heatmap still 60).
 */
public final class PlaygroundRedraws {
    /** The main plot's margins in the canvas, in CSS pixels: room for the axes' labels at left and bottom. */
    static final double PLOT_LEFT = 30;
    static final double PLOT_TOP = 8;
    static final double PLOT_MARGIN_BOTTOM = 24;
    static final double PLOT_MARGIN_RIGHT = 8;
    /** While training, the loss chart is redrawn at most once in this many frames. */
    static final int CHART_EVERY = 4;
    /** While training, a diagram slower than this (in ms) is redrawn every second frame only. */
    static final double SLOW_DIAGRAM_MS = 2;

    private Dataset overlayData;
    private Viewport overlayViewport;
    private boolean overlayTest;
    private int overlayHighlight = -2;

    private int chartFrames;
    private int chartSize = -1;
    private LossHistory chartOf;
    private double chartLast = Double.NaN;

    private double diagramMs;
    private boolean diagramSkipped;

    /** The main plot's viewport for {@code kind}'s domain on a canvas of the given logical size. */
    public static Viewport plotViewport(DatasetKind kind, double width, double height) {
        return new Viewport(kind.minX(), kind.maxX(), kind.minY(), kind.maxY(), PLOT_LEFT, PLOT_TOP,
                width - PLOT_LEFT - PLOT_MARGIN_RIGHT, height - PLOT_TOP - PLOT_MARGIN_BOTTOM);
    }

    /**
     * Whether the overlay must be drawn again for these points, viewport, test-point switch and ringed point;
     * if so they are remembered as drawn.
     */
    public boolean overlayChanged(Dataset data, Viewport viewport, boolean showTest, int highlighted) {
        if (data == overlayData && viewport == overlayViewport && showTest == overlayTest
                && highlighted == overlayHighlight) {
            return false;
        }
        overlayData = data;
        overlayViewport = viewport;
        overlayTest = showTest;
        overlayHighlight = highlighted;
        return true;
    }

    /**
     * Draws the axes, the training points, the test points if shown, and a ring round point {@code highlighted}
     * (a dataset index; none if out of range) onto a cleared overlay.
     *
     * @param points a reused buffer, filled here
     */
    public static void drawOverlay(Canvas canvas, Viewport viewport, Dataset data, boolean showTest, int highlighted,
            PointColumns points) {
        Axes.draw(canvas, viewport);
        points.fill(data, PointColumns.Which.TRAIN);
        PointPlot.draw(canvas, viewport, points, false);
        if (showTest) {
            points.fill(data, PointColumns.Which.TEST);
            PointPlot.draw(canvas, viewport, points, true);
        }
        if (highlighted >= 0 && highlighted < data.size()) {
            PointPlot.highlight(canvas, viewport, data.x1(highlighted), data.x2(highlighted));
        }
    }

    /** The input features' labels, right-aligned left of the diagram's input nodes, sized with the nodes. */
    public static void drawInputLabels(Canvas canvas, NetworkDiagram diagram, List<Feature> features) {
        canvas.setFill(canvas.theme().ink());
        canvas.setFontSize(Math.min(13, Math.max(9, diagram.nodeSize() * 0.55)));
        for (int i = 0; i < diagram.layerSize(0); i++) {
            canvas.text(features.get(i).label(), diagram.nodeLeft(0) - 5, diagram.nodeY(0, i), TextAlign.RIGHT);
        }
    }

    /**
     * Whether the diagram is drawn this frame: always when paused; while training, a slow one every second frame.
     * A skipped diagram is drawn next frame, so the caller asks for another frame.
     */
    public boolean diagramNow(boolean training) {
        if (training && diagramMs > SLOW_DIAGRAM_MS && !diagramSkipped) {
            diagramSkipped = true;
            return false;
        }
        diagramSkipped = false;
        return true;
    }

    /** How long the diagram just drawn took, in ms (for {@link #diagramNow}). */
    public void diagramDrawn(double ms) {
        diagramMs = ms;
    }

    /** Forgets the chart drawn, so that the next {@link #chartDue} says yes if it may (its canvas was resized). */
    public void forgetChart() {
        chartOf = null;
    }

    /**
     * Counts a frame and says whether the loss chart is drawn in it: when the history changed, and while training
     * no more than every {@link #CHART_EVERY} frames. The history only grows, or is cleared and begun again; a new
     * last value catches a restart of equal size.
     */
    public boolean chartDue(LossHistory history, boolean training) {
        chartFrames++;
        int size = history.size();
        double last = size > 0 ? history.train(size - 1) : Double.NaN;
        boolean changed = history != chartOf || size != chartSize || !same(last, chartLast);
        if (!changed || (training && chartFrames < CHART_EVERY)) {
            return false;
        }
        chartOf = history;
        chartSize = size;
        chartLast = last;
        chartFrames = 0;
        return true;
    }

    private static boolean same(double a, double b) {
        return a == b || (a != a && b != b);
    }
}
