package hyperplane.browser;

import hyperplane.data.Dataset;
import hyperplane.view.Axes;
import hyperplane.view.ClassRegions;
import hyperplane.view.MistakesChart;
import hyperplane.view.PerceptronGeometry;
import hyperplane.view.PerceptronPalette;
import hyperplane.view.PointColumns;
import hyperplane.view.PointPlot;
import hyperplane.view.Viewport;

/**
 * Draws the Perceptron view: the two half-planes, the line and its normal for the weights shown (which move
 * between steps) — with K ≥ 3 classes each class's region and the lines between them — the points with the visited
 * one ringed, and the mistakes-per-epoch bars. Point buffers are refilled only when the points change.
 */
final class PerceptronRenderer {
    private static final double LEFT = 30;
    private static final double TOP = 8;
    private static final double BOTTOM = 24;
    private static final double RIGHT = 8;

    /** The narrowest logical width a canvas is laid out for; a narrower screen scales it down. */
    private static final int MIN_WIDTH = 240;

    private final HtmlCanvas main = new HtmlCanvas(Dom.canvas("p-canvas"));
    private final HtmlCanvas chartCanvas = new HtmlCanvas(Dom.canvas("p-chart"));
    private Viewport viewport;
    private PerceptronGeometry geometry;
    private ClassRegions regions;

    private Dataset pointsOf;
    private final PointColumns columns = new PointColumns();
    /** Point colours for K ≥ 3 classes, from {@link PerceptronPalette}; grown with the points. */
    private int[] fills = new int[0];
    private int[] outlines = new int[0];

    PerceptronRenderer() {
        layOutMain();
    }

    private void layOutMain() {
        viewport = new Viewport(0, 1, 0, 1, LEFT, TOP, main.width() - LEFT - RIGHT, main.height() - TOP - BOTTOM);
        geometry = new PerceptronGeometry(viewport);
        regions = new ClassRegions(viewport);
    }

    Viewport viewport() {
        return viewport;
    }

    /**
     * @param weights     the weights (w1, w2, b) to draw the line for, or with K ≥ 3 classes the K rows
     * @param classes     the number of classes K
     * @param highlighted the index of the visited point, or -1
     * @param cursorX     the keyboard cursor in data coordinates, NaN when not shown
     */
    void draw(Dataset points, double[] weights, int classes, int highlighted, double cursorX, double cursorY) {
        if (points != pointsOf) {
            pointsOf = points;
            columns.fill(points, PointColumns.Which.ALL);
            if (fills.length < columns.count()) {
                fills = new int[columns.count()];
                outlines = new int[columns.count()];
            }
            for (int i = 0; i < columns.count(); i++) {
                int c = (int) points.label(columns.index()[i]);
                fills[i] = PerceptronPalette.fill(c);
                outlines[i] = PerceptronPalette.outline(c);
            }
        }
        double[] xs = columns.xs();
        double[] ys = columns.ys();
        // Laid out at the width it is shown, so points and labels keep their size on a narrow screen.
        if (main.fitToDisplay(MIN_WIDTH)) {
            layOutMain();
        }
        main.clear();
        if (classes > 2 && weights.length >= 3 * classes) {
            regions.update(weights, classes);
            regions.draw(main);
        } else {
            geometry.update(weights[0], weights[1], weights[2]);
            geometry.draw(main);
        }
        Axes.draw(main, viewport);
        PointPlot.draw(main, viewport, xs, ys, fills, outlines, columns.count(), false);
        if (highlighted >= 0 && highlighted < columns.count()) {
            PointPlot.highlight(main, viewport, xs[highlighted], ys[highlighted]);
        }
        if (cursorX == cursorX) {
            PointPlot.cursor(main, viewport, cursorX, cursorY);
        }
    }

    /** The mistakes of each completed epoch as bars, epochs numbered from 1 (see {@link MistakesChart}). */
    void drawChart(double[] mistakes) {
        chartCanvas.fitToDisplay(MIN_WIDTH);
        chartCanvas.clear();
        MistakesChart.draw(chartCanvas, chartCanvas.width(), chartCanvas.height(), mistakes, mistakes.length);
    }
}
