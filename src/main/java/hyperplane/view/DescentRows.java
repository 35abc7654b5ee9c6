package hyperplane.view;

import hyperplane.engine.GradientDescent;

/**
 * Which rows the gradient-descent table shows, kept in step with a growing run: the first {@link #SHOWN_ROWS}
 * rows (steps 0 …) in full; beyond them one gap row ("… n more rows …", empty when none are hidden) and the
 * latest row. Each {@link #update} adds only what is new; a new run, or one that was reset to fewer rows, starts
 * the table again. The DOM is the {@link Table}'s business (browser).
 */
public final class DescentRows {
    /** Rows shown in full; beyond them the table shows a gap row and the latest row. */
    public static final int SHOWN_ROWS = 200;

    /** The table being kept: the browser's tbody, or a recording in tests. */
    public interface Table {
        /** Removes every row. */
        void clear();

        /** Appends the row of step {@code k}, with the element id {@code id}. */
        void append(int k, String id);

        /** Shows the gap row (appended after the rows in full when it is first shown) with {@code text}. */
        void gap(String text);

        /** Removes the previous latest row, if any, and appends the row of step {@code k} as the latest one. */
        void last(int k);
    }

    private GradientDescent shownRun;
    private int shownRows;

    /** Brings {@code table} up to date with {@code run}. */
    public void update(GradientDescent run, Table table) {
        int count = run.rowCount();
        if (run != shownRun || count < shownRows) {
            table.clear();
            shownRun = run;
            shownRows = 0;
        }
        while (shownRows < count && shownRows < SHOWN_ROWS) {
            table.append(shownRows, "gd-row-" + shownRows);
            shownRows++;
        }
        if (count > SHOWN_ROWS && count != shownRows) {
            int hidden = count - SHOWN_ROWS - 1;
            table.gap(hidden == 0 ? "" : "… " + hidden + " more rows …");
            table.last(count - 1);
            shownRows = count;
        }
    }
}
