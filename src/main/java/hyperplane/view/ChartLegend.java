package hyperplane.view;

/**
 * A {@link LineChart}'s legend: one entry per named series (a swatch in its colour, a line or a bar, then its name),
 * right-aligned in the strip above the plots. Entries fill the first row beside the y title, then rows of their
 * own, so that the legend never lies over a plot; the chart places its plots under {@link #layOut}'s height.
 */
final class ChartLegend {
    /** A swatch this wide, then 4 pixels, then the name; entries this far apart. */
    static final double SWATCH = 16;
    static final double ENTRY_GAP = 12;
    private static final double FONT = Axes.FONT_SIZE;

    private final double[] bounds = new double[4];
    /** Where each series' entry starts (x) and the row it is on; NaN for a series without one. */
    private final double[] entryX = new double[LineChart.MAX_SERIES];
    private final int[] entryRow = new int[LineChart.MAX_SERIES];
    private double top;
    private double row;

    /**
     * Places the entries of the series with {@code named[s]} between {@code left} and {@code right} from {@code top},
     * in rows of {@code rowHeight}, the first row keeping {@code titleRoom} pixels free at its left. With fewer than
     * two such series there is no legend.
     *
     * @return the height of the rows used (0 without a legend)
     */
    double layOut(Canvas canvas, String[] names, boolean[] named, int count, double left, double right,
                  double stripTop, double rowHeight, double titleRoom) {
        top = stripTop;
        row = rowHeight;
        bounds[0] = bounds[1] = bounds[2] = bounds[3] = 0;
        int entries = 0;
        for (int s = 0; s < count; s++) {
            entryX[s] = Double.NaN;
            entries += named[s] ? 1 : 0;
        }
        if (entries < 2) {
            return 0;
        }
        int rows = 1;
        int rowStart = 0;
        double rowWidth = 0;
        double leftmost = right;
        for (int s = 0; s <= count; s++) {
            double entry = s < count && named[s] ? width(canvas, names[s]) : 0;
            double room = right - left - (rows == 1 ? titleRoom : 0);
            boolean full = s < count && named[s] && rowWidth > 0 && rowWidth + ENTRY_GAP + entry > room;
            if (s == count || full) {
                // Right-align the row just closed: its entries start at right − its width.
                double x0 = right - rowWidth;
                leftmost = Math.min(leftmost, x0);
                for (int e = rowStart; e < s; e++) {
                    if (named[e]) {
                        entryX[e] = x0;
                        entryRow[e] = rows - 1;
                        x0 += width(canvas, names[e]) + ENTRY_GAP;
                    }
                }
                if (s == count) {
                    break;
                }
                rows++;
                rowStart = s;
                rowWidth = 0;
            }
            if (named[s]) {
                rowWidth += (rowWidth > 0 ? ENTRY_GAP : 0) + entry;
            }
        }
        bounds[0] = Math.max(left, leftmost);
        bounds[1] = top;
        bounds[2] = right;
        bounds[3] = top + rows * row;
        return rows * row;
    }

    /** The legend's left, top, right and bottom as last laid out, or null when there is none. */
    double[] bounds() {
        return bounds[2] > bounds[0] ? bounds.clone() : null;
    }

    /** Draws the entries where {@link #layOut} put them. */
    void draw(Canvas canvas, String[] names, int[] colors, boolean[] dashed, int count) {
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setFontSize(FONT);
        for (int s = 0; s < count; s++) {
            double x0 = entryX[s];
            if (x0 != x0) {
                continue;
            }
            double cy = top + row * (entryRow[s] + 0.5);
            canvas.setStroke(colors[s], 2);
            canvas.setDash(dashed[s] ? LineChart.DASH_ON / 2 : 0, dashed[s] ? LineChart.DASH_OFF / 2 : 0);
            canvas.line(x0, cy, x0 + SWATCH, cy);
            canvas.setDash(0, 0);
            canvas.setFill(canvas.theme().ink());
            canvas.text(names[s], x0 + SWATCH + 4, cy, TextAlign.LEFT);
        }
    }

    private static double width(Canvas canvas, String name) {
        return SWATCH + 4 + canvas.textWidth(name, FONT);
    }
}
