package hyperplane.view;

/**
 * A chart of series over epochs (train and test loss, the share classified right), drawn into
 * a pixel rectangle so that it stays readable at any epoch count. Value k of a series belongs to epoch k + 1.
 *
 * <p><b>Layout</b>, top to bottom: a strip with the y title at its left and, for two or more series, the legend at
 * its right (wrapped onto more rows when the title leaves no room, so that no line is ever drawn under it); the
 * main panel; for share series ({@link #addShareSeries}) a row with their title and a lower panel on a 0–100 %
 * axis (left out when the chart is too low to hold it); then the epoch labels and the x title. The left margin is
 * as wide as the widest y label; an x label near an end is moved inwards to stay inside the rectangle, and one
 * that would overlap its neighbour is left out ({@link ChartAxes}).
 *
 * <p><b>Epoch axis.</b> Linear from 0 to the longest count while that is at most {@link #LINEAR_EPOCHS}; beyond it,
 * logarithmic from epoch 1, so that the first epochs, where a loss falls fastest, keep their width however long
 * the run ("epoch (log scale)").
 *
 * <p><b>Main y axis</b> ({@link YScale}). Linear: from the smallest finite value (0 when none is negative) to the
 * largest, rounded up to a tick; a flat series gets [v − 1, v + 1]. Logarithmic: from 10^⌊log10 min⌋ to
 * 10^⌈log10 max⌉ over the positive finite values; values ≤ 0 lie on the bottom edge. {@link YScale#AUTO} is
 * logarithmic when the positive values span more than a factor of ten ("loss (log scale)"). No finite value at
 * all gives [0, 1].
 *
 * <p><b>Downsampling</b> ({@link ChartPlotter}). Each series is reduced to one pair of values per pixel column:
 * the column's least and greatest value in the order they occur, so spikes survive and 100 000 epochs draw as at
 * most 2 × width points; a column holding a single value draws it at its own epoch. NaN and ±∞ values are
 * skipped; a column with none finite breaks the line there (a diverged run's curve stops). Nothing is allocated
 * per value. Not thread-safe.
 */
public final class LineChart {
    /** How the main panel's y axis is scaled. */
    public enum YScale {
        LINEAR,
        LOG,
        /** Logarithmic when the positive values span more than a factor of ten, else linear. */
        AUTO
    }

    /**
     * The most series one chart holds, share series included: four compared runs' training and test losses and their
     * shares classified right, or the gradient-flow chart's eight hidden layers and the output layer.
     */
    public static final int MAX_SERIES = 16;
    /** Histories up to this many epochs are drawn on a linear epoch axis; longer lines on a logarithmic one. */
    public static final int LINEAR_EPOCHS = 100;
    /** Height of the strip's rows. */
    static final double ROW = 16;
    /** Height of the row between the panels that holds the share panel's title. */
    static final double SHARE_ROW = 20;
    /** Between the strip and the main panel: room for the top y label. */
    static final double GAP_TOP = 8;
    /** Below the lowest panel: the tick labels and the x title. */
    static final double BOTTOM = 34;
    static final double RIGHT = 8;
    /** The share panel's part of the height the panels share. */
    static final double SHARE_PART = 0.33;
    /** A share panel would be lower than this: the chart leaves the shares out. */
    static final double MIN_SHARE_PANEL = 14;
    /** A share panel lower than this labels only 0% and 100%. */
    static final double SHARE_HALVES = 44;
    /** About one y tick per this many pixels, one x tick per {@link Axes#PIXELS_PER_TICK}. */
    static final double PIXELS_PER_Y_TICK = 22;
    /** A dashed series' dashes and gaps, in pixels. */
    static final double DASH_ON = 6;
    static final double DASH_OFF = 4;
    private static final double FONT = Axes.FONT_SIZE;

    private double left;
    private double top;
    private double width;
    private double height;
    private YScale yScale = YScale.LINEAR;
    private String xTitle = "";
    private String yTitle = "";
    private String shareTitle = "% correct";

    private int seriesCount;
    private final String[] names = new String[MAX_SERIES];
    private final int[] colors = new int[MAX_SERIES];
    private final boolean[] shares = new boolean[MAX_SERIES];
    /** Which series are drawn dashed (a compared run's test loss). */
    private final boolean[] dashed = new boolean[MAX_SERIES];
    private final double[][] data = new double[MAX_SERIES][];
    private final int[] counts = new int[MAX_SERIES];

    private final ChartPlotter plotter = new ChartPlotter();
    private final ChartLegend legend = new ChartLegend();
    /** Which series have a legend entry: those of the main panel. */
    private final boolean[] named = new boolean[MAX_SERIES];

    /** The scales and the rectangles of the last {@link #draw}. */
    private final ChartScale x = new ChartScale();
    private final ChartScale y = new ChartScale();
    private final ChartScale share = new ChartScale();
    private double plotLeft;
    private double plotRight;
    private double plotTop;
    private double mainBottom;
    private double shareTop;
    private double plotBottom;
    private boolean hasShares;

    /**
     * Creates a chart occupying the pixel rectangle with its top-left corner at (left, top).
     *
     * @throws IllegalArgumentException as {@link #setArea}
     */
    public LineChart(double left, double top, double width, double height) {
        setArea(left, top, width, height);
    }

    /**
     * Moves or resizes the chart.
     *
     * @throws IllegalArgumentException if a coordinate is not finite, or the rectangle is narrower than 100 or
     *     lower than 60 pixels (a title row, a few pixels of plot and the epoch labels), or larger than 8192
     */
    public void setArea(double left, double top, double width, double height) {
        if (!Double.isFinite(left) || !Double.isFinite(top)) {
            throw new IllegalArgumentException("chart origin (" + left + ", " + top + ") must be finite");
        }
        if (!(width >= 100 && width <= 8192) || !(height >= 60 && height <= 8192)) {
            throw new IllegalArgumentException("size (" + width + " × " + height + ") must be 100..8192 wide and "
                    + "60..8192 high");
        }
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
    }

    /** How the main panel's y axis is scaled (linear by default). */
    public void setYScale(YScale scale) {
        if (scale == null) {
            throw new IllegalArgumentException("scale must be given");
        }
        yScale = scale;
    }

    /** Sets the axis titles: the x title under the epoch labels, the y title at the top left; null counts as "". */
    public void setTitles(String xTitle, String yTitle) {
        this.xTitle = xTitle == null ? "" : xTitle;
        this.yTitle = yTitle == null ? "" : yTitle;
    }

    /** Sets the title over the share panel ("% correct" by default). */
    public void setShareTitle(String title) {
        shareTitle = title == null ? "" : title;
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
     * Adds a series to the main panel, read (not copied) at every {@link #draw}: the first {@code count} values of
     * {@code values}. Its name goes into the legend.
     *
     * @throws IllegalArgumentException if there are already {@link #MAX_SERIES} series, values or style is null,
     *     or count is negative or larger than values.length
     */
    public void addSeries(String name, int rgb, double[] values, int count) {
        add(name, rgb, values, count, false);
    }

    /**
     * As {@link #addSeries}, drawn dashed when {@code dash} (in the legend too); an empty name gives it no legend
     * entry (a compared run's test loss, in its run's colour).
     */
    public void addSeries(String name, int rgb, double[] values, int count, boolean dash) {
        add(name, rgb, values, count, false);
        dashed[seriesCount - 1] = dash;
    }

    /**
     * Adds a line of shares 0 … 1 to the panel under the main one (shown as 0–100 %), read as {@link #addSeries}
     * reads. It has no legend entry of its own: give it the colour of the main series it belongs to.
     *
     * @throws IllegalArgumentException as {@link #addSeries}
     */
    public void addShareSeries(int rgb, double[] values, int count) {
        add("", rgb, values, count, true);
    }

    /** As {@link #addShareSeries(int, double[], int)}, drawn dashed when {@code dash} (a compared run's test split). */
    public void addShareSeries(int rgb, double[] values, int count, boolean dash) {
        add("", rgb, values, count, true);
        dashed[seriesCount - 1] = dash;
    }

    private void add(String name, int rgb, double[] values, int count, boolean isShare) {
        if (seriesCount == MAX_SERIES) {
            throw new IllegalArgumentException("a chart holds at most " + MAX_SERIES + " series");
        }
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (count < 0 || count > values.length) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0.." + values.length);
        }
        names[seriesCount] = name == null ? "" : name;
        dashed[seriesCount] = false;
        colors[seriesCount] = rgb;
        shares[seriesCount] = isShare;
        data[seriesCount] = values;
        counts[seriesCount] = count;
        seriesCount++;
    }

    /**
     * Updates how many values of series {@code index} (in the order added) to draw (the history grew).
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

    /** The main panel as last drawn: left, top, right and bottom pixel. */
    public double[] mainPanel() {
        return new double[] {plotLeft, plotTop, plotRight, mainBottom};
    }

    /** The share panel as last drawn (left, top, right, bottom), or null when the chart had no share series. */
    public double[] sharePanel() {
        return hasShares ? new double[] {plotLeft, shareTop, plotRight, plotBottom} : null;
    }

    /** The legend as last drawn (left, top, right, bottom), or null when there was none. */
    public double[] legendBounds() {
        return legend.bounds();
    }

    /** Lower end of the main y range of the last draw. */
    public double yLow() {
        return y.low();
    }

    /** Upper end of the main y range of the last draw. */
    public double yHigh() {
        return y.high();
    }

    /** Whether the last draw put the epochs on a logarithmic axis. */
    public boolean logEpochs() {
        return x.log();
    }

    /** Whether the last draw put the main panel's values on a logarithmic axis. */
    public boolean logValues() {
        return y.log();
    }

    /** Draws the titles, the legend, the axes and every series (see the class comment for the layout). */
    public void draw(Canvas canvas) {
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setFontSize(FONT);
        int longest = 0;
        hasShares = false;
        for (int s = 0; s < seriesCount; s++) {
            longest = Math.max(longest, counts[s]);
            hasShares |= shares[s];
            named[s] = !shares[s] && !names[s].isEmpty();
        }
        double titleRoom = yTitle.isEmpty() ? 0 : canvas.textWidth(yTitle + logSuffix(), FONT) + ChartLegend.ENTRY_GAP;
        double strip = Math.max(ROW, legend.layOut(canvas, names, named, seriesCount, left, left + width - RIGHT,
                top, ROW, titleRoom));
        plotTop = top + strip + GAP_TOP;
        plotBottom = top + height - BOTTOM;
        plotBottom = Math.max(plotTop + 4, plotBottom);
        mainBottom = plotBottom;
        double panels = plotBottom - plotTop - SHARE_ROW;
        hasShares &= panels * SHARE_PART >= MIN_SHARE_PANEL;
        if (hasShares) {
            mainBottom = plotTop + panels * (1 - SHARE_PART);
            shareTop = mainBottom + SHARE_ROW;
        }
        // The y scales first with a provisional left edge: their labels decide the margin.
        setMainRange(mainBottom - plotTop);
        share.set(false, 0, 1, plotBottom, shareTop);
        double[] yTicks = y.ticks(yTickCount(mainBottom - plotTop));
        String[] yLabels = y.labels(yTicks, ChartScale.Labels.VALUES);
        double[] shareTicks = plotBottom - shareTop < SHARE_HALVES ? new double[] {0, 1}
                : share.ticks(yTickCount(plotBottom - shareTop));
        String[] shareLabels = share.labels(shareTicks, ChartScale.Labels.PERCENT);
        double labelWidth = Math.max(widest(canvas, yLabels), hasShares ? widest(canvas, shareLabels) : 0);
        plotLeft = left + Math.ceil(labelWidth) + Axes.TICK_LENGTH + 5;
        plotRight = left + width - RIGHT;
        setEpochRange(longest);

        double[] xTicks = x.ticks(Math.max(2, (int) ((plotRight - plotLeft) / Axes.PIXELS_PER_TICK)));
        if (!x.log()) {
            xTicks = ChartAxes.wholeNumbers(xTicks); // epochs are whole: never a tick at 0.5
        }
        ChartAxes.panel(canvas, y, plotLeft, plotRight, plotTop, mainBottom, yTicks, yLabels);
        ChartAxes.xGrid(canvas, x, xTicks, plotTop, mainBottom);
        if (hasShares) {
            ChartAxes.panel(canvas, share, plotLeft, plotRight, shareTop, plotBottom, shareTicks, shareLabels);
            ChartAxes.xGrid(canvas, x, xTicks, shareTop, plotBottom);
        }
        ChartAxes.xLabels(canvas, x, plotBottom, xTicks, x.labels(xTicks, ChartScale.Labels.EPOCHS), left + 2,
                left + width - 2);
        plotter.panel(x, y, plotLeft, plotRight, plotTop, mainBottom);
        for (int s = 0; s < seriesCount; s++) {
            if (!shares[s]) {
                plotter.draw(canvas, data[s], counts[s], colors[s], dashed[s]);
            }
        }
        plotter.panel(x, share, plotLeft, plotRight, shareTop, plotBottom);
        for (int s = 0; s < seriesCount; s++) {
            if (shares[s] && hasShares) {
                plotter.draw(canvas, data[s], counts[s], colors[s], dashed[s]);
            }
        }
        canvas.setDash(0, 0);
        drawTitles(canvas);
        legend.draw(canvas, names, colors, dashed, seriesCount);
    }

    /** " (log scale)" when the y title may have to say so (the scale is not fixed linear), else "". */
    private String logSuffix() {
        return yScale == YScale.LINEAR ? "" : " (log scale)";
    }

    private static int yTickCount(double pixels) {
        return Math.max(2, (int) (pixels / PIXELS_PER_Y_TICK));
    }

    private static double widest(Canvas canvas, String[] labels) {
        double w = 0;
        for (String label : labels) {
            w = Math.max(w, canvas.textWidth(label, FONT));
        }
        return w;
    }

    /** The main panel's value range and scale (see the class comment). */
    private void setMainRange(double pixels) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double minPositive = Double.POSITIVE_INFINITY;
        for (int s = 0; s < seriesCount; s++) {
            for (int k = 0; !shares[s] && k < counts[s]; k++) {
                double v = data[s][k];
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    if (v > 0) {
                        minPositive = Math.min(minPositive, v);
                    }
                }
            }
        }
        boolean log = max > 0 && (yScale == YScale.LOG || (yScale == YScale.AUTO && max > 10 * minPositive));
        if (log) {
            int low = (int) Math.floor(Math.log10(minPositive) + 1e-12);
            int high = (int) Math.ceil(Math.log10(max) - 1e-12);
            y.set(true, Ticks.powerOfTen(low), Ticks.powerOfTen(Math.max(high, low + 1)), mainBottom, plotTop);
            return;
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        if (min >= 0) {
            min = 0;
        }
        if (min == max) {
            min -= 1;
            max += 1;
        }
        double step = Ticks.step(min, max, yTickCount(pixels));
        double high = Math.ceil(max / step - 1e-9) * step;
        y.set(false, min, high > max ? high : max, mainBottom, plotTop);
    }

    /** The epoch axis for the longest count (see the class comment). */
    private void setEpochRange(int longest) {
        if (longest > LINEAR_EPOCHS) {
            x.set(true, 1, longest, plotLeft, plotRight);
        } else {
            x.set(false, 0, Math.max(1, longest), plotLeft, plotRight);
        }
    }

    private void drawTitles(Canvas canvas) {
        canvas.setAlpha(1);
        canvas.setFill(canvas.theme().ink());
        canvas.setFontSize(FONT);
        if (!yTitle.isEmpty()) {
            canvas.text(yTitle + (y.log() ? " (log scale)" : ""), left + 2, top + ROW / 2, TextAlign.LEFT);
        }
        if (hasShares && !shareTitle.isEmpty()) {
            canvas.text(shareTitle, plotLeft + 2, mainBottom + SHARE_ROW / 2, TextAlign.LEFT);
        }
        if (!xTitle.isEmpty()) {
            String title = xTitle + (x.log() ? " (log scale)" : "");
            double half = canvas.textWidth(title, FONT) / 2;
            double center = Math.max(left + half, Math.min(left + width - half, (plotLeft + plotRight) / 2));
            canvas.text(title, center, plotBottom + Axes.TICK_LENGTH + 22, TextAlign.CENTER);
        }
    }
}
