package hyperplane.browser;

import hyperplane.data.Dataset;
import hyperplane.view.Axes;
import hyperplane.view.LineChart;
import hyperplane.view.PerceptronGeometry;
import hyperplane.view.PointColumns;
import hyperplane.view.PointPlot;
import hyperplane.view.Viewport;

/**
 * Draws the Perceptron view: the two half-planes, the line and its normal for the weights shown (which move
 * between steps), the points with the visited one ringed, and the mistakes-per-epoch bars. Point buffers are
 * refilled only when the points change.
 */
final class PerceptronRenderer {
    private static final double LEFT = 30;
    private static final double TOP = 8;
    private static final double BOTTOM = 24;
    private static final double RIGHT = 8;

    private final HtmlCanvas main = new HtmlCanvas(Dom.canvas("p-canvas"));
    private final HtmlCanvas chartCanvas = new HtmlCanvas(Dom.canvas("p-chart"));
    private final Viewport viewport;
    private final PerceptronGeometry geometry;
    private final LineChart chart;

    private Dataset pointsOf;
    private final PointColumns columns = new PointColumns();

    PerceptronRenderer() {
        viewport = new Viewport(0, 1, 0, 1, LEFT, TOP, main.width() - LEFT - RIGHT, main.height() - TOP - BOTTOM);
        geometry = new PerceptronGeometry(viewport);
        chart = new LineChart(0, 0, chartCanvas.width(), chartCanvas.height());
        chart.setTitles("epoch", "mistakes");
    }

    Viewport viewport() {
        return viewport;
    }

    /**
     * @param weights     the weights (w1, w2, b) to draw the line for
     * @param highlighted the index of the visited point, or -1
     * @param cursorX     the keyboard cursor in data coordinates, NaN when not shown
     */
    void draw(Dataset points, double[] weights, int highlighted, double cursorX, double cursorY) {
        if (points != pointsOf) {
            pointsOf = points;
            columns.fill(points, PointColumns.Which.ALL);
        }
        double[] xs = columns.xs();
        double[] ys = columns.ys();
        main.clear();
        geometry.update(weights[0], weights[1], weights[2]);
        geometry.draw(main);
        Axes.draw(main, viewport);
        PointPlot.draw(main, viewport, columns, false);
        if (highlighted >= 0 && highlighted < columns.count()) {
            PointPlot.highlight(main, viewport, xs[highlighted], ys[highlighted]);
        }
        if (cursorX == cursorX) {
            PointPlot.cursor(main, viewport, cursorX, cursorY);
        }
    }

    /** The mistakes of each completed epoch as bars. */
    void drawChart(double[] mistakes) {
        chart.clearSeries();
        chart.addSeries("mistakes", 0x8A6D3B, LineChart.Style.BARS, mistakes, mistakes.length);
        chartCanvas.clear();
        chart.draw(chartCanvas);
    }
}
