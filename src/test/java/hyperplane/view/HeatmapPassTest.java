package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HeatmapPassTest {
    private static final int GRID = 16;
    private final PlaygroundSession session = new PlaygroundSession(PlaygroundConfig.defaults());
    private final GridSampler sampler = new GridSampler(-6, 6, -6, 6, GRID);

    /** A clock that advances one ms every time it is read. */
    private static final class Ticking {
        double now;

        double read() {
            return now++;
        }
    }

    @Test
    void rowsComeInterleavedEveryRowOnce() {
        int[] order = HeatmapPass.interleavedRows(GRID);
        assertArrayEquals(new int[] {0, 8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15}, order);
        int[] sorted = HeatmapPass.interleavedRows(100);
        Arrays.sort(sorted);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Test
    void unlimitedBudgetFinishesThePassInOneCallWithTheSessionsGrid() {
        HeatmapPass pass = new HeatmapPass(GRID);
        pass.show(session.network(), -1, -1, false);
        double[] out = new double[GRID * GRID];
        assertTrue(pass.evaluate(session, sampler, out, Double.POSITIVE_INFINITY, () -> 0));
        double[] expected = new double[GRID * GRID];
        session.evaluateGrid(sampler.xs(), sampler.ys(), GRID, expected);
        assertArrayEquals(expected, out, 1e-12);
        assertEquals(0, pass.rowsDone());
    }

    @Test
    void aSmallBudgetSpreadsThePassOverCallsAtLeastOneRowEach() {
        HeatmapPass pass = new HeatmapPass(GRID);
        pass.show(session.network(), -1, -1, false);
        double[] out = new double[GRID * GRID];
        Ticking clock = new Ticking();
        // Read once at the start and once after each row: a budget of 2 ms allows two rows per call.
        assertFalse(pass.evaluate(session, sampler, out, 2, clock::read));
        assertEquals(2, pass.rowsDone());
        // With no budget left each call does one row: the 14 rows left take 14 calls, the last one finishing.
        int calls = 1;
        boolean finished = false;
        while (!finished) {
            finished = pass.evaluate(session, sampler, out, 0, clock::read);
            calls++;
        }
        assertEquals(1 + (GRID - 2), calls);
    }

    @Test
    void showingSomethingElseStartsThePassAgain() {
        HeatmapPass pass = new HeatmapPass(GRID);
        double[] out = new double[GRID * GRID];
        pass.show(session.network(), -1, -1, false);
        pass.evaluate(session, sampler, out, 0, () -> 0);
        assertEquals(1, pass.rowsDone());
        pass.show(session.network(), -1, -1, false);
        assertEquals(1, pass.rowsDone());
        pass.show(session.network(), 1, 0, false);
        assertEquals(0, pass.rowsDone());
        pass.evaluate(session, sampler, out, 0, () -> 0);
        pass.show(session.network(), 1, 0, true);
        assertEquals(0, pass.rowsDone());
    }

    @Test
    void aSoftmaxOutputGivesTheMostProbableClassAndHowSure() {
        PlaygroundSession three = new PlaygroundSession(PlaygroundConfig.defaults()
                .withDataset(hyperplane.data.DatasetKind.GAUSSIANS).withClasses(3));
        three.trainEpochs(5);
        HeatmapPass pass = new HeatmapPass(GRID);
        pass.show(three.network(), -1, -1, false);
        assertTrue(pass.showsClasses());
        double[] out = new double[GRID * GRID];
        assertTrue(pass.evaluate(three, sampler, out, Double.POSITIVE_INFINITY, () -> 0));
        int[] seen = new int[3];
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                three.predict(sampler.x(i), sampler.y(j));
                int best = 0;
                for (int c = 1; c < 3; c++) {
                    best = three.network().output(3, c) > three.network().output(3, best) ? c : best;
                }
                double v = out[j * GRID + i];
                assertEquals(best, (int) v, "cell " + i + ", " + j);
                assertEquals(ClassPalette.strength(three.network().output(3, best), 3), v - best, 1e-3);
                seen[best]++;
            }
        }
        for (int c = 0; c < 3; c++) {
            assertTrue(seen[c] > 0, "class " + c + " wins somewhere");
        }
        pass.show(three.network(), 3, 1, false);
        assertFalse(pass.showsClasses(), "one output neuron shows its probability");
        pass.show(session.network(), -1, -1, false);
        assertFalse(pass.showsClasses(), "two classes keep their single output");
    }
}
