package hyperplane.view;

/**
 * The axes of a {@link LineChart}'s panels: the frame lines, the tick marks and labels, and faint grid lines at the
 * ticks (under the series). Labels are drawn where they fit: a y label right-aligned left of the axis (the chart
 * makes its left margin wide enough), an x label centred under its tick but moved inwards at either end of the
 * chart so that it never leaves it, and left out when it would overlap the label before it.
 */
final class ChartAxes {
    /** The grid lines' opacity. */
    static final double GRID_ALPHA = 0.12;
    /** The least space between two x labels, in pixels. */
    static final double LABEL_GAP = 6;
    private static final double FONT = Axes.FONT_SIZE;

    private ChartAxes() {
    }

    /**
     * A panel: its left and bottom lines, and for each y tick a mark, a label and a grid line across the panel.
     */
    static void panel(Canvas canvas, ChartScale scale, double left, double right, double top, double bottom,
                      double[] ticks, String[] labels) {
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setStroke(canvas.theme().ink(), 1);
        canvas.setFill(canvas.theme().ink());
        canvas.setFontSize(FONT);
        canvas.line(left, top, left, bottom);
        canvas.line(left, bottom, right, bottom);
        for (int i = 0; i < ticks.length; i++) {
            double py = scale.pixel(ticks[i]);
            canvas.line(left - Axes.TICK_LENGTH, py, left, py);
            canvas.text(labels[i], left - Axes.TICK_LENGTH - 2, py, TextAlign.RIGHT);
        }
        canvas.setAlpha(GRID_ALPHA);
        for (double tick : ticks) {
            double py = scale.pixel(tick);
            if (py < bottom - 0.5) {
                canvas.line(left + 0.5, py, right, py);
            }
        }
        canvas.setAlpha(1);
    }

    /** Faint vertical lines at the x ticks across a panel (none on the left edge, which is the axis). */
    static void xGrid(Canvas canvas, ChartScale scale, double[] ticks, double top, double bottom) {
        canvas.setStroke(canvas.theme().ink(), 1);
        canvas.setAlpha(GRID_ALPHA);
        for (double tick : ticks) {
            double px = scale.pixel(tick);
            if (px > scale.pixel(scale.low()) + 0.5) {
                canvas.line(px, top, px, bottom);
            }
        }
        canvas.setAlpha(1);
    }

    /**
     * Tick marks under {@code bottom} and their labels, each label kept within [minX, maxX] and left out when it
     * would come closer than {@link #LABEL_GAP} to the previous one.
     */
    static void xLabels(Canvas canvas, ChartScale scale, double bottom, double[] ticks, String[] labels,
                        double minX, double maxX) {
        canvas.setAlpha(1);
        canvas.setStroke(canvas.theme().ink(), 1);
        canvas.setFill(canvas.theme().ink());
        canvas.setFontSize(FONT);
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ticks.length; i++) {
            double px = scale.pixel(ticks[i]);
            canvas.line(px, bottom, px, bottom + Axes.TICK_LENGTH);
            double half = canvas.textWidth(labels[i], FONT) / 2;
            double center = Math.max(minX + half, Math.min(maxX - half, px));
            if (center - half < lastRight + LABEL_GAP) {
                continue;
            }
            canvas.text(labels[i], center, bottom + Axes.TICK_LENGTH + 8, TextAlign.CENTER);
            lastRight = center + half;
        }
    }

    /** The ticks that are whole numbers. */
    static double[] wholeNumbers(double[] ticks) {
        int count = 0;
        double[] whole = new double[ticks.length];
        for (double tick : ticks) {
            if (tick == Math.rint(tick)) {
                whole[count++] = tick;
            }
        }
        return java.util.Arrays.copyOf(whole, count);
    }
}
