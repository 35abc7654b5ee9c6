package hyperplane.view;

/**
 * A long series reduced to one pair of values per pixel column, so that a chart of 40,000 epochs draws as fast as
 * one of 400 and keeps every spike: a column keeps its least and greatest finite value, in the order they occur.
 */
public final class ColumnExtremes {
    private ColumnExtremes() {
    }

    /**
     * Reduces the first {@code count} values to at most {@code columns} columns. Column c covers the indices
     * ⌊c·count/columns⌋ … ⌊(c+1)·count/columns⌋ − 1; when count ≤ columns each value is its own column. For each
     * column, {@code early[c]} and {@code late[c]} receive its minimum and maximum finite value, whichever occurs
     * first in early; both are NaN when the column has no finite value.
     *
     * @return the number of columns written, min(count, columns)
     * @throws IllegalArgumentException if count or columns is out of range or an output array is too short
     */
    public static int downsample(double[] values, int count, int columns, double[] early, double[] late) {
        if (values == null || count < 0 || count > values.length) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0..values.length");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns (" + columns + ") must be >= 1");
        }
        int used = Math.min(count, columns);
        if (early == null || late == null || early.length < used || late.length < used) {
            throw new IllegalArgumentException("output arrays must hold " + used + " columns");
        }
        for (int c = 0; c < used; c++) {
            // Column bounds in double arithmetic: c * count can exceed an int for long histories.
            int from = (int) ((double) c * count / used);
            int to = (int) ((double) (c + 1) * count / used);
            extremes(values, from, to, early, late, c);
        }
        return used;
    }

    /**
     * Reduces the values by columns of any widths: column c covers the indices {@code starts[c]} …
     * {@code starts[c + 1]} − 1 (so {@code starts} holds columns + 1 non-decreasing indices; a column whose two
     * starts are equal holds no value). For each column, {@code early[c]} and {@code late[c]} receive its minimum
     * and maximum finite value, whichever occurs first in early; both are NaN when it has no finite value (or
     * none at all). A chart with a logarithmic epoch axis reduces its history this way.
     *
     * @throws IllegalArgumentException if the starts decrease or leave 0 … values.length, or an array is short
     */
    public static void downsample(double[] values, int[] starts, int columns, double[] early, double[] late) {
        if (values == null || starts == null || columns < 0 || starts.length < columns + 1) {
            throw new IllegalArgumentException("starts must hold columns + 1 (" + (columns + 1) + ") indices");
        }
        if (early == null || late == null || early.length < columns || late.length < columns) {
            throw new IllegalArgumentException("output arrays must hold " + columns + " columns");
        }
        for (int c = 0; c < columns; c++) {
            int from = starts[c];
            int to = starts[c + 1];
            if (from < 0 || to < from || to > values.length) {
                throw new IllegalArgumentException("column " + c + " covers " + from + ".." + to + ", outside 0.."
                        + values.length + " or backwards");
            }
            extremes(values, from, to, early, late, c);
        }
    }

    /** The least and greatest finite value of values[from … to − 1], in the order they occur, into column c. */
    private static void extremes(double[] values, int from, int to, double[] early, double[] late, int c) {
        double min = Double.NaN;
        double max = Double.NaN;
        int minAt = 0;
        int maxAt = 0;
        for (int k = from; k < to; k++) {
            double v = values[k];
            if (!Double.isFinite(v)) {
                continue;
            }
            if (!(v >= min)) {
                min = v;
                minAt = k;
            }
            if (!(v <= max)) {
                max = v;
                maxAt = k;
            }
        }
        if (minAt <= maxAt) {
            early[c] = min;
            late[c] = max;
        } else {
            early[c] = max;
            late[c] = min;
        }
    }
}
