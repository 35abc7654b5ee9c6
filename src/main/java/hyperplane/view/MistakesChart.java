package hyperplane.view;

/**
 * The Perceptron view's bar chart of mistakes per epoch, drawn into a canvas {@code width} × {@code height}.
 *
 * <p><b>Layout.</b> The plot area leaves {@link #TOP} pixels above for the title "mistakes", {@link #BOTTOM} below
 * for the epoch labels and the title "epoch", {@link #RIGHT} on the right, and on the left the room its widest
 * y label needs (at least {@link #MIN_LEFT}). Epoch e of n (counted from 1, as the view's text counts them) owns
 * the band [left + (e − 1)·w, left + e·w) with w = plot width / n; its bar fills the band but a gap (at most
 * {@link #MAX_BAR} wide, centred), so every bar lies inside the plot area: it never covers the y axis, the titles or the canvas's right edge. The axes are
 * drawn last, over the bars' bases.
 *
 * <p><b>Many epochs.</b> When there are more epochs than pixel columns, each column is one bar showing the most
 * mistakes of the epochs it covers, so a bad epoch is never averaged away. Labels are whole epoch numbers at the
 * middle of their band; the y axis counts whole mistakes from 0. The bars are in the theme's second series colour
 * (a brown on the light page that is neither class colour).
 */
public final class MistakesChart {
    /** Room above the plot area for the title "mistakes". */
    static final double TOP = 20;
    /** Room below the plot area for the epoch labels and the title "epoch". */
    static final double BOTTOM = 34;
    /** Room right of the plot area. */
    static final double RIGHT = 10;
    /** The widest bar: with few epochs a bar is a bar, not a block filling the plot. */
    static final double MAX_BAR = 24;
    /** The least room left of the plot area. */
    static final double MIN_LEFT = 28;

    private MistakesChart() {
    }

    /**
     * Draws the chart of {@code mistakes[0 … count − 1]}, the mistakes of epochs 1 … count (NaN and negative
     * values draw no bar). With no epoch yet it draws the axes and titles alone.
     *
     * @throws IllegalArgumentException if count is not in 0 … mistakes.length, or the canvas leaves no plot area
     */
    public static void draw(Canvas canvas, double width, double height, double[] mistakes, int count) {
        if (mistakes == null || count < 0 || count > mistakes.length) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0..mistakes.length");
        }
        double most = 1;
        for (int e = 0; e < count; e++) {
            most = Math.max(most, mistakes[e]);
        }
        double plotHeight = height - TOP - BOTTOM;
        String[] yLabels = Axes.yLabels(0, most, plotHeight);
        double left = left(yLabels);
        double plotWidth = width - left - RIGHT;
        if (!(plotWidth >= 1) || !(plotHeight >= 1)) {
            throw new IllegalArgumentException("a " + width + " × " + height + " canvas leaves no plot area");
        }
        double bottom = TOP + plotHeight;
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        drawBars(canvas, mistakes, count, most, left, plotWidth, plotHeight);
        drawAxes(canvas, count, most, yLabels, left, plotWidth, bottom);
    }

    /** The left edge of the plot area: room for the widest y label, its tick and a gap. */
    static double left(String[] yLabels) {
        double widest = 0;
        for (String label : yLabels) {
            widest = Math.max(widest, Axes.labelWidth(label));
        }
        return Math.max(MIN_LEFT, Math.ceil(widest + Axes.TICK_LENGTH + 2 + PlotFrame.LABEL_GAP));
    }

    /**
     * Every how many epochs a label is written: the smallest of 1, 2, 5, 10, 20, 50, … that keeps labels
     * {@link #labelSpacing} apart. Labels go at epoch 1 and at the multiples of the step.
     */
    static int epochStep(int count, double plotWidth) {
        double band = plotWidth / count;
        double needed = labelSpacing(count);
        int step = 1;
        while (step * band < needed && step < count) {
            int digit = Integer.toString(step).charAt(0) - '0';
            step = digit == 2 ? step / 2 * 5 : step * 2;  // 1, 2, 5, 10, 20, 50, …
        }
        return step;
    }

    /** The pixels between two epoch labels: the widest label's width and a gap. */
    private static double labelSpacing(int count) {
        return Axes.labelWidth(Integer.toString(count)) + 10;
    }

    /** The pixel x of the middle of epoch {@code epoch}'s band (epochs counted from 1). */
    static double bandCentre(double epoch, int count, double left, double plotWidth) {
        return left + (epoch - 0.5) * plotWidth / count;
    }

    private static void drawBars(Canvas canvas, double[] mistakes, int count, double most, double left,
            double plotWidth, double plotHeight) {
        if (count == 0) {
            return;
        }
        canvas.setFill(canvas.theme().series2());
        double bottom = TOP + plotHeight;
        int columns = (int) Math.floor(plotWidth);
        int bars = Math.min(count, Math.max(1, columns));
        double band = plotWidth / bars;
        // A bar leaves a gap on each side of a tenth of its band, at most 2 px (none when bands are a pixel or two),
        // or more, so that it is at most MAX_BAR wide, and stays off the y axis's line (half a pixel wide on each side of left) and inside the plot's right edge.
        double gap = band < 3 ? 0 : Math.max(Math.min(2, band * 0.1), (band - MAX_BAR) / 2);
        for (int b = 0; b < bars; b++) {
            int first = (int) ((long) b * count / bars);
            int last = Math.max(first + 1, (int) ((long) (b + 1) * count / bars));
            double value = 0;
            for (int e = first; e < last; e++) {
                value = mistakes[e] > value ? mistakes[e] : value;  // NaN is never greater
            }
            if (!(value > 0)) {
                continue;
            }
            double top = bottom - value / most * plotHeight;
            double x = Math.max(left + 0.5, left + b * band + gap);
            double end = Math.min(left + plotWidth, left + (b + 1) * band - gap);
            canvas.fillRect(x, top, end - x, bottom - top);
        }
    }

    private static void drawAxes(Canvas canvas, int count, double most, String[] yLabels, double left,
            double plotWidth, double bottom) {
        canvas.setStroke(canvas.theme().ink(), 1);
        canvas.setFill(canvas.theme().ink());
        canvas.setFontSize(Axes.FONT_SIZE);
        canvas.line(left, TOP, left, bottom);
        canvas.line(left, bottom, left + plotWidth, bottom);
        double plotHeight = bottom - TOP;
        double[] yTicks = Ticks.values(0, most, Axes.maxTicksFor(plotHeight));
        for (int i = 0; i < yTicks.length; i++) {
            if (yTicks[i] != Math.floor(yTicks[i])) {
                continue;  // whole mistakes only
            }
            double py = bottom - yTicks[i] / most * plotHeight;
            canvas.line(left - Axes.TICK_LENGTH, py, left, py);
            canvas.text(yLabels[i], left - Axes.TICK_LENGTH - 2, py, TextAlign.RIGHT);
        }
        if (count > 0) {
            int step = epochStep(count, plotWidth);
            for (int epoch = step == 1 ? 1 : 0; epoch <= count; epoch += step) {
                boolean shown = epoch >= 1 || (step - 1) * plotWidth / count >= labelSpacing(count);
                int e = Math.max(1, epoch);  // epoch 1 leads, when it leaves room before the first multiple
                if (shown) {
                    double px = bandCentre(e, count, left, plotWidth);
                    canvas.line(px, bottom, px, bottom + Axes.TICK_LENGTH);
                    canvas.text(Integer.toString(e), px, bottom + Axes.TICK_LENGTH + 8, TextAlign.CENTER);
                }
            }
        }
        canvas.text("epoch", left + plotWidth / 2, bottom + Axes.TICK_LENGTH + 22, TextAlign.CENTER);
        canvas.text("mistakes", left, TOP / 2, TextAlign.LEFT);
    }
}
