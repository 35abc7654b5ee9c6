package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hyperplane.engine.BuiltInFunction;
import hyperplane.engine.GradientDescent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescentRowsTest {
    /** Records what the table is told, one string a call. */
    private static final class Recording implements DescentRows.Table {
        final List<String> calls = new ArrayList<>();

        @Override
        public void clear() {
            calls.add("clear");
        }

        @Override
        public void append(int k, String id) {
            calls.add("append " + k + " " + id);
        }

        @Override
        public void gap(String text) {
            calls.add("gap " + text);
        }

        @Override
        public void last(int k) {
            calls.add("last " + k);
        }
    }

    private static GradientDescent run(int steps) {
        // ε = 0.01 on (x − 2)² from 4 neither converges nor diverges within a few hundred steps.
        GradientDescent run = new GradientDescent(BuiltInFunction.QUADRATIC, 4, 0.01, 1e-12, 10000);
        for (int i = 0; i < steps; i++) {
            run.step();
        }
        return run;
    }

    @Test
    void firstUpdateShowsEveryRowOfAShortRun() {
        Recording table = new Recording();
        new DescentRows().update(run(2), table);
        assertEquals(List.of("clear", "append 0 gd-row-0", "append 1 gd-row-1", "append 2 gd-row-2"), table.calls);
    }

    @Test
    void laterUpdatesAppendOnlyTheNewRows() {
        GradientDescent run = run(1);
        DescentRows rows = new DescentRows();
        Recording table = new Recording();
        rows.update(run, table);
        table.calls.clear();
        rows.update(run, table);
        assertEquals(List.of(), table.calls);
        run.step();
        rows.update(run, table);
        assertEquals(List.of("append 2 gd-row-2"), table.calls);
    }

    @Test
    void beyondTheShownRowsAGapRowAndTheLatestRow() {
        GradientDescent run = run(DescentRows.SHOWN_ROWS);
        DescentRows rows = new DescentRows();
        Recording table = new Recording();
        rows.update(run, table);
        // 201 rows: 200 in full, no row hidden, the latest (step 200) after an empty gap.
        assertEquals(1 + DescentRows.SHOWN_ROWS + 2, table.calls.size());
        assertEquals("append 199 gd-row-199", table.calls.get(DescentRows.SHOWN_ROWS));
        assertEquals(List.of("gap ", "last 200"), table.calls.subList(table.calls.size() - 2, table.calls.size()));
        table.calls.clear();
        run.step();
        run.step();
        rows.update(run, table);
        assertEquals(List.of("gap … 2 more rows …", "last 202"), table.calls);
        table.calls.clear();
        rows.update(run, table);
        assertEquals(List.of(), table.calls);
    }

    @Test
    void aNewOrResetRunStartsTheTableAgain() {
        GradientDescent run = run(3);
        DescentRows rows = new DescentRows();
        Recording table = new Recording();
        rows.update(run, table);
        table.calls.clear();
        run.reset();
        rows.update(run, table);
        assertEquals(List.of("clear", "append 0 gd-row-0"), table.calls);
        table.calls.clear();
        rows.update(run(0), table);
        assertEquals(List.of("clear", "append 0 gd-row-0"), table.calls);
    }
}
