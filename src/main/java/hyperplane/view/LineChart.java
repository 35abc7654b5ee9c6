package hyperplane.view;

/**
 * A small chart of one or more series over epochs (train and test loss, mistakes per epoch), drawn into a pixel
 * rectangle with axes, tick labels, axis titles and a legend.
 *
 * <p><b>Data.</b> Each series is a {@code double[]} and a count; value k is plotted at x = k (so a loss history
 * whose element 0 is "before training" starts at epoch 0). The x range is [0, max(1, longest count − 1)].
 *
 * <p><b>Y range.</b> Linear: from the smallest to the largest finite value over all series, widened to include 0
 * when no value is negative (losses and counts start their axis at 0); a flat series gets [v − 1, v + 1].
 * Log scale: from 10^⌊log10 min⌋ to 10^⌈log10 max⌉ over the positive finite values (at least one decade);
 * values ≤ 0 are drawn at the bottom edge. With no finite value at all the range is [0, 1].
 *
 * <p><b>Downsampling.</b> A history longer than the plot is wide is reduced to one column per pixel by
 * {@link ColumnExtremes#downsample}: each column keeps its minimum and maximum, in the order they occur, so spikes survive and
 * 100 000 epochs draw as at most 2 × width points. NaN and ±∞ values are skipped; a column with none finite
 * breaks the line there (a diverged run's curve simply stops).
 *
 * <p>Buffers are sized by the plot width and made again only when the width grows. Not thread-safe.
 */
public final class LineChart {
    /** How a series is drawn. */
    public enum Style {
        /** A polyline through the values. */
        LINE,
        /** One bar per value (per pixel column when downsampled) from the axis base to the value. */
        BARS
    }

    /** The most series one chart holds. */
    public static final int MAX_SERIES = 4;
    /** Pixel margins between the outer rectangle and the plot area, room for labels and titles. */
    public static final double MARGIN_LEFT = 46;
    public static final double MARGIN_RIGHT = 8;
    public static final double MARGIN_TOP = 18;
    public static final double MARGIN_BOTTOM = 34;
    /** Height of one legend row in pixels. */
    public static final double LEGEND_ROW = 14;

    private double left;
    private double top;
    private double width;
    private double height;
    private boolean logScale;
    private String xTitle = "";
    private String yTitle = "";

    private int seriesCount;
    private final String[] names = new String[MAX_SERIES];
    private final int[] colors = new int[MAX_SERIES];
    private final Style[] styles = new Style[MAX_SERIES];
    private final double[][] data = new double[MAX_SERIES][];
    private final int[] counts = new int[MAX_SERIES];

    /** Per-column extremes in time order, and the polyline being built; sized to the plot width. */
    private double[] early = new double[0];
    private double[] late = new double[0];
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    /** The y range of the last {@link #draw}, in value units (not logarithms). */
    private double yLow;
    private double yHigh;

    /**
     * Creates a chart occupying the pixel rectangle with its top-left corner at (left, top).
     *
     * @throws IllegalArgumentException as {@link #setArea}
     */
    public LineChart(double left, double top, double width, double height) {
        setArea(left, top, width, height);
    }

    /**
     * Moves or resizes the chart; the plot area is the rectangle minus the margins.
     *
     * @throws IllegalArgumentException if a coordinate is not finite or the rectangle leaves no plot area
     */
    public void setArea(double left, double top, double width, double height) {
        if (!Double.isFinite(left) || !Double.isFinite(top)) {
            throw new IllegalArgumentException("chart origin (" + left + ", " + top + ") must be finite");
        }
        if (!(width > MARGIN_LEFT + MARGIN_RIGHT + 1) || Double.isInfinite(width) || width > 8192) {
            throw new IllegalArgumentException("width (" + width + ") must be in "
                    + (MARGIN_LEFT + MARGIN_RIGHT + 1) + "..8192");
        }
        if (!(height > MARGIN_TOP + MARGIN_BOTTOM + 1) || Double.isInfinite(height) || height > 8192) {
            throw new IllegalArgumentException("height (" + height + ") must be in "
                    + (MARGIN_TOP + MARGIN_BOTTOM + 1) + "..8192");
        }
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        int columns = columns();
        if (early.length < columns) {
            early = new double[columns];
            late = new double[columns];
            xs = new double[2 * columns];
            ys = new double[2 * columns];
        }
    }

    /** Chooses a logarithmic y axis (for losses spanning decades) or a linear one (the default). */
    public void setLogScale(boolean logScale) {
        this.logScale = logScale;
    }

    /** Sets the axis titles, drawn under the x axis and above the y axis; null counts as empty. */
    public void setTitles(String xTitle, String yTitle) {
        this.xTitle = xTitle == null ? "" : xTitle;
        this.yTitle = yTitle == null ? "" : yTitle;
    }

    /** Removes every series. */
    public void clearSeries() {
        for (int s = 0; s < seriesCount; s++) {
            data[s] = null;
            names[s] = null;
        }
        seriesCount = 0;
    }

    /**
     * Adds a series that is read (not copied) at every {@link #draw}: the first {@code count} values of
     * {@code values}.
     *
     * @throws IllegalArgumentException if there are already {@link #MAX_SERIES} series, values is null, count is
     *     negative or larger than values.length, or style is null
     */
    public void addSeries(String name, int rgb, Style style, double[] values, int count) {
        if (seriesCount == MAX_SERIES) {
            throw new IllegalArgumentException("a chart holds at most " + MAX_SERIES + " series");
        }
        if (values == null || style == null) {
            throw new IllegalArgumentException("values and style must not be null");
        }
        if (count < 0 || count > values.length) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0.." + values.length);
        }
        names[seriesCount] = name == null ? "" : name;
        colors[seriesCount] = rgb;
        styles[seriesCount] = style;
        data[seriesCount] = values;
        counts[seriesCount] = count;
        seriesCount++;
    }

    /**
     * Updates how many values of series {@code index} to draw (the history grew).
     *
     * @throws IllegalArgumentException if the index or count is out of range
     */
    public void setCount(int index, int count) {
        if (index < 0 || index >= seriesCount) {
            throw new IllegalArgumentException("series index (" + index + ") must be in 0.." + (seriesCount - 1));
        }
        if (count < 0 || count > data[index].length) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0.." + data[index].length);
        }
        counts[index] = count;
    }

    /** Number of pixel columns of the plot area, ⌊plot width⌋. */
    public int columns() {
        return (int) (width - MARGIN_LEFT - MARGIN_RIGHT);
    }

    public double plotLeft() {
        return left + MARGIN_LEFT;
    }

    public double plotTop() {
        return top + MARGIN_TOP;
    }

    public double plotWidth() {
        return width - MARGIN_LEFT - MARGIN_RIGHT;
    }

    public double plotHeight() {
        return height - MARGIN_TOP - MARGIN_BOTTOM;
    }

    /** Lower end of the y range used by the last draw. */
    public double yLow() {
        return yLow;
    }

    /** Upper end of the y range used by the last draw. */
    public double yHigh() {
        return yHigh;
    }

    /** Draws axes, titles, every series and the legend. */
    public void draw(Canvas canvas) {
        computeRange();
        double plotLeft = plotLeft();
        double plotTop = plotTop();
        double plotWidth = plotWidth();
        double plotHeight = plotHeight();
        int longest = 0;
        for (int s = 0; s < seriesCount; s++) {
            longest = Math.max(longest, counts[s]);
        }
        double xMax = Math.max(1, longest - 1);

        drawAxes(canvas, plotLeft, plotTop, plotWidth, plotHeight, xMax);
        int columns = columns();
        for (int s = 0; s < seriesCount; s++) {
            int count = counts[s];
            if (count == 0) {
                continue;
            }
            int used = ColumnExtremes.downsample(data[s], count, columns, early, late);
            canvas.setAlpha(1);
            canvas.setDash(0, 0);
            canvas.setStroke(colors[s], 1.5);
            canvas.setFill(colors[s]);
            if (styles[s] == Style.BARS) {
                drawBars(canvas, used, count, plotLeft, plotWidth, xMax);
            } else {
                drawLine(canvas, used, count, plotLeft, plotWidth, xMax);
            }
        }
        drawLegend(canvas, plotLeft + plotWidth, plotTop);
    }

    private void computeRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < seriesCount; s++) {
            double[] values = data[s];
            for (int k = 0; k < counts[s]; k++) {
                double v = values[k];
                if (Double.isFinite(v) && (!logScale || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            yLow = logScale ? 0.1 : 0;
            yHigh = 1;
        } else if (logScale) {
            int lowExponent = (int) Math.floor(Math.log10(min));
            int highExponent = (int) Math.ceil(Math.log10(max));
            if (highExponent <= lowExponent) {
                highExponent = lowExponent + 1;
            }
            yLow = Ticks.powerOfTen(lowExponent);
            yHigh = Ticks.powerOfTen(highExponent);
        } else {
            if (min >= 0) {
                min = 0;
            }
            if (min == max) {
                min -= 1;
                max += 1;
            }
            yLow = min;
            yHigh = max;
        }
    }

    /** Pixel y of a value; non-positive values on a log scale go to the bottom edge; NaN stays NaN. */
    double pixelY(double v) {
        double bottom = plotTop() + plotHeight();
        double t;
        if (logScale) {
            if (v <= 0) {
                return bottom;
            }
            t = (Math.log10(v) - Math.log10(yLow)) / (Math.log10(yHigh) - Math.log10(yLow));
        } else {
            t = (v - yLow) / (yHigh - yLow);
        }
        return bottom - t * plotHeight();
    }

    /** Pixel x of column c out of {@code used} columns holding {@code count} values on an x range [0, xMax]. */
    private static double columnX(int c, int used, int count, double plotLeft, double plotWidth, double xMax) {
        double index = used == count ? c : (c + 0.5) * count / used - 0.5;
        return plotLeft + index / xMax * plotWidth;
    }

    private void drawLine(Canvas canvas, int used, int count, double plotLeft, double plotWidth, double xMax) {
        int points = 0;
        for (int c = 0; c < used; c++) {
            double a = early[c];
            if (a != a) {
                flush(canvas, points);
                points = 0;
                continue;
            }
            double px = columnX(c, used, count, plotLeft, plotWidth, xMax);
            xs[points] = px;
            ys[points] = pixelY(a);
            points++;
            if (late[c] != a) {
                xs[points] = px;
                ys[points] = pixelY(late[c]);
                points++;
            }
        }
        flush(canvas, points);
        if (used == 1 && early[0] == early[0]) {
            canvas.circle(xs[0], ys[0], 2, true, false);
        }
    }

    private void flush(Canvas canvas, int points) {
        if (points >= 2) {
            canvas.polyline(xs, ys, points);
        }
    }

    private void drawBars(Canvas canvas, int used, int count, double plotLeft, double plotWidth, double xMax) {
        double base = pixelY(logScale ? yLow : Math.max(yLow, Math.min(0, yHigh)));
        double barWidth = Math.max(1, Math.min(plotWidth / used, plotWidth / (xMax + 1)) - 1);
        for (int c = 0; c < used; c++) {
            double v = Math.max(early[c], late[c]);
            if (v != v) {
                continue;
            }
            double px = columnX(c, used, count, plotLeft, plotWidth, xMax);
            double py = pixelY(v);
            canvas.fillRect(px - barWidth / 2, Math.min(py, base), barWidth, Math.abs(base - py));
        }
    }

    private void drawAxes(Canvas canvas, double plotLeft, double plotTop, double plotWidth, double plotHeight,
                          double xMax) {
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setStroke(ColorScale.TEXT, 1);
        canvas.setFill(ColorScale.TEXT);
        canvas.setFontSize(Axes.FONT_SIZE);
        double bottom = plotTop + plotHeight;
        canvas.line(plotLeft, plotTop, plotLeft, bottom);
        canvas.line(plotLeft, bottom, plotLeft + plotWidth, bottom);

        int maxX = Axes.maxTicksFor(plotWidth);
        double[] xTicks = Ticks.values(0, xMax, maxX);
        double xStep = Ticks.step(0, xMax, maxX);
        // Epochs are whole numbers: never label 0.5.
        String[] xLabels = Ticks.labels(xTicks, Math.max(1, xStep));
        for (int i = 0; i < xTicks.length; i++) {
            if (xStep < 1 && xTicks[i] != Math.floor(xTicks[i])) {
                continue;
            }
            double px = plotLeft + xTicks[i] / xMax * plotWidth;
            canvas.line(px, bottom, px, bottom + Axes.TICK_LENGTH);
            canvas.text(xLabels[i], px, bottom + Axes.TICK_LENGTH + 8, TextAlign.CENTER);
        }

        if (logScale) {
            int low = (int) Math.round(Math.log10(yLow));
            int high = (int) Math.round(Math.log10(yHigh));
            int every = Math.max(1, (high - low + Axes.maxTicksFor(plotHeight) - 1) / Axes.maxTicksFor(plotHeight));
            for (int k = low; k <= high; k += every) {
                drawYTick(canvas, plotLeft, Ticks.powerOfTen(k), Ticks.format(Ticks.powerOfTen(k), Math.max(0, -k)));
            }
        } else {
            int maxY = Axes.maxTicksFor(plotHeight);
            double[] yTicks = Ticks.values(yLow, yHigh, maxY);
            String[] yLabels = Ticks.labels(yTicks, Ticks.step(yLow, yHigh, maxY));
            for (int i = 0; i < yTicks.length; i++) {
                drawYTick(canvas, plotLeft, yTicks[i], yLabels[i]);
            }
        }
        if (!xTitle.isEmpty()) {
            canvas.text(xTitle, plotLeft + plotWidth / 2, bottom + Axes.TICK_LENGTH + 22, TextAlign.CENTER);
        }
        if (!yTitle.isEmpty()) {
            canvas.text(yTitle, plotLeft, plotTop - MARGIN_TOP / 2, TextAlign.LEFT);
        }
    }

    private void drawYTick(Canvas canvas, double plotLeft, double value, String label) {
        double py = pixelY(value);
        canvas.line(plotLeft - Axes.TICK_LENGTH, py, plotLeft, py);
        canvas.text(label, plotLeft - Axes.TICK_LENGTH - 2, py, TextAlign.RIGHT);
    }

    /** Legend rows at the top right of the plot: "name" right-aligned, then a swatch in the series colour. */
    private void drawLegend(Canvas canvas, double right, double plotTop) {
        canvas.setAlpha(1);
        for (int s = 0; s < seriesCount; s++) {
            double y = plotTop + LEGEND_ROW * (s + 0.5);
            canvas.setFill(ColorScale.TEXT);
            canvas.text(names[s], right - 28, y, TextAlign.RIGHT);
            if (styles[s] == Style.BARS) {
                canvas.setFill(colors[s]);
                canvas.fillRect(right - 22, y - 4, 14, 8);
            } else {
                canvas.setStroke(colors[s], 2);
                canvas.line(right - 22, y, right - 8, y);
            }
        }
    }
}
