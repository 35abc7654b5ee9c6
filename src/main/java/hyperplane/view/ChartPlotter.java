package hyperplane.view;

/**
 * Draws one series of a {@link LineChart} into its panel. The series is reduced to one pair of values per pixel
 * column ({@link ColumnExtremes}, columns of any width, as a logarithmic epoch axis needs): the column's least and
 * greatest finite value in the order they occur, drawn at the column's middle, or a value alone in its column at its
 * own epoch. Value k belongs to epoch k + 1. A column with values but none finite breaks the line; a column with no
 * value at all (a log axis spreads the first epochs over many columns) is passed over.
 *
 * <p>Buffers are sized by the widest plot drawn so far. Not thread-safe.
 */
final class ChartPlotter {

    private double[] early = new double[0];
    private double[] late = new double[0];
    private int[] starts = new int[1];
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    private ChartScale x;
    private ChartScale y;
    private double left;
    private double right;
    private double top;
    private double bottom;

    /** The epoch scale and the panel (its value scale and its pixel rectangle) the next series are drawn into. */
    void panel(ChartScale epochs, ChartScale values, double panelLeft, double panelRight, double panelTop,
               double panelBottom) {
        x = epochs;
        y = values;
        left = panelLeft;
        right = panelRight;
        top = panelTop;
        bottom = panelBottom;
        int columns = Math.max(0, (int) (right - left));
        if (early.length < columns) {
            early = new double[columns];
            late = new double[columns];
            starts = new int[columns + 1];
            xs = new double[2 * columns];
            ys = new double[2 * columns];
        }
    }

    /** Draws the first {@code count} values in colour {@code rgb} as a line, dashed when {@code dashed}. */
    void draw(Canvas canvas, double[] values, int count, int rgb, boolean dashed) {
        int columns = Math.max(0, (int) (right - left));
        if (count == 0 || columns == 0) {
            return;
        }
        starts[0] = 0;
        for (int c = 1; c < columns; c++) {
            // The first value whose epoch (index + 1) lies at or right of the column's left edge.
            int first = (int) Math.ceil(x.value(left + c) - 1 - 1e-9);
            starts[c] = Math.max(starts[c - 1], Math.min(count, Math.max(0, first)));
        }
        starts[columns] = count;
        ColumnExtremes.downsample(values, starts, columns, early, late);
        canvas.setAlpha(1);
        canvas.setDash(dashed ? LineChart.DASH_ON : 0, dashed ? LineChart.DASH_OFF : 0);
        canvas.setStroke(rgb, 1.5);
        canvas.setFill(rgb);
        line(canvas, columns);
    }

    /** The pixel y of a value, kept inside the panel. */
    private double pixelY(double v) {
        return Math.max(top, Math.min(bottom, y.pixel(v)));
    }

    /** The pixel x of column c: its one value's own epoch, or the column's middle. */
    private double columnX(int c) {
        return starts[c + 1] - starts[c] == 1 ? x.pixel(starts[c] + 1) : left + c + 0.5;
    }

    private void line(Canvas canvas, int columns) {
        int points = 0;
        int drawn = 0;
        for (int c = 0; c < columns; c++) {
            if (starts[c] == starts[c + 1]) {
                continue;
            }
            double a = early[c];
            if (a != a) {
                flush(canvas, points);
                points = 0;
                continue;
            }
            double px = columnX(c);
            xs[points] = px;
            ys[points] = pixelY(a);
            points++;
            drawn++;
            if (late[c] != a) {
                xs[points] = px;
                ys[points] = pixelY(late[c]);
                points++;
            }
        }
        flush(canvas, points);
        if (drawn == 1 && points == 1) {
            canvas.circle(xs[0], ys[0], 2, true, false);
        }
    }

    private void flush(Canvas canvas, int points) {
        if (points >= 2) {
            canvas.polyline(xs, ys, points);
        }
    }

}
