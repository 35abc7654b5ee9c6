package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.BuiltInFunction;
import hyperplane.sim.DescentExplorer;
import org.junit.jupiter.api.Test;

class DescentWindowTest {
    private static final ScalarFunction BOWL = x -> (x - 2) * (x - 2);

    @Test
    void fitsYToTheStretchTheIteratesCover() {
        // Iterates 4 and 2.5 on (x - 2)^2 over [-1, 5]: f runs 0.25 .. 4 there; the whole curve would reach 9.
        PlotWindow fit = DescentWindow.fit(BOWL, -1, 5, new double[] {4, 2.5}, 2, 3);
        assertEquals(-1, fit.xMin());
        assertEquals(5, fit.xMax());
        assertEquals(0.25 - 0.08 * 3.75, fit.yMin(), 1e-12);
        assertEquals(4 + 0.08 * 3.75, fit.yMax(), 1e-12);
    }

    @Test
    void widensASingleIterateToAFifthOfTheRange() {
        // x0 = 4 alone: [3.4, 4.6], where f runs 1.96 .. 6.76.
        PlotWindow fit = DescentWindow.fit(BOWL, -1, 5, new double[] {4}, 1, 3);
        assertEquals(1.96 - 0.08 * 4.8, fit.yMin(), 1e-12);
        assertEquals(6.76 + 0.08 * 4.8, fit.yMax(), 1e-12);
    }

    @Test
    void shiftsTheWidenedStretchBackInsideTheRange() {
        // x0 = 4.9 widens to [4.3, 5.5], shifted to [3.8, 5]: f runs 3.24 .. 9.
        PlotWindow fit = DescentWindow.fit(BOWL, -1, 5, new double[] {4.9}, 1, 2);
        assertEquals(3.24 - 0.08 * 5.76, fit.yMin(), 1e-12);
        assertEquals(9 + 0.08 * 5.76, fit.yMax(), 1e-12);
    }

    @Test
    void ignoresIteratesOutsideTheRangeAndNan() {
        PlotWindow fit = DescentWindow.fit(BOWL, -1, 5, new double[] {4, 2.5, 1e9, Double.NaN}, 4, 3);
        assertEquals(4 + 0.08 * 3.75, fit.yMax(), 1e-12);
    }

    @Test
    void fallsBackToTheWholeCurveWhenNoIterateIsInRange() {
        PlotWindow fit = DescentWindow.fit(BOWL, -1, 5, new double[] {Double.NaN, 100}, 2, 7);
        PlotWindow whole = PlotWindow.fitting(BOWL, -1, 5, 7);
        assertEquals(whole.yMin(), fit.yMin());
        assertEquals(whole.yMax(), fit.yMax());
    }

    @Test
    void looksOnlyAtTheFirstCountIterates() {
        PlotWindow fit = DescentWindow.fit(BOWL, -1, 5, new double[] {4, 2.5, -1}, 2, 3);
        assertEquals(4 + 0.08 * 3.75, fit.yMax(), 1e-12);
    }

    @Test
    void theQuarticsValleyIsNoLongerSquashedByItsWall() {
        // x^4 - 3x^3 from 6 with eps = 0.01: x1 = 6 - 0.01 * 540 = 0.6, then down to 9/4. f(6) = 648 lies far
        // above the valley f(0.6) = -0.5184 .. f(9/4) = -8.54296875, so the start is left out of the fit.
        DescentExplorer explorer = new DescentExplorer();
        explorer.selectBuiltIn(BuiltInFunction.QUARTIC);
        explorer.setLearningRate(0.01);
        PlotWindow fit = DescentWindow.of(explorer);
        double span = 8.54296875 - 0.5184;
        assertEquals(-1.5, fit.xMin());
        assertEquals(6.5, fit.xMax());
        assertEquals(-0.5184 + 0.08 * span, fit.yMax(), 1e-6);
        assertEquals(-8.54296875 - 0.08 * span, fit.yMin(), 1e-6);
        PlotWindow whole = PlotWindow.fitting(x -> explorer.function().value(x), -1.5, 6.5, 400);
        assertTrue(whole.yMax() > 1000, whole.toString());
    }

    @Test
    void keepsAStartWithinThreeSpansOfTheRun() {
        // After x0 the run covers [2.5, 3.5] on (x - 2)^2: f 0.25 .. 2.25, span 2. f(x0 = 4) = 4 is 1.75 above.
        PlotWindow fit = DescentWindow.fit(BOWL, -1, 5, new double[] {4, 3.5, 2.5}, 3, 5);
        assertEquals(4 + 0.08 * 3.75, fit.yMax(), 1e-12);
    }

    @Test
    void leavesOutAStartMoreThanThreeSpansAway() {
        // After x0 = -1 (f = 9) the run covers [1.8, 2.2] widened to [1.4, 2.6]: f 0 .. 0.36, so 9 is far above.
        PlotWindow fit = DescentWindow.fit(BOWL, -1, 5, new double[] {-1, 2.2, 1.8}, 3, 3);
        assertEquals(0.36 + 0.08 * 0.36, fit.yMax(), 1e-12);
        assertEquals(0 - 0.08 * 0.36, fit.yMin(), 1e-12);
    }

    @Test
    void theDefaultBowlRunShowsOnlyTheRightHalfOfTheParabolaInY() {
        // (x - 2)^2 from 4 with eps = 0.1 creeps down to 2: y covers 0 .. 4, not the 9 of x = -1.
        PlotWindow fit = DescentWindow.of(new DescentExplorer());
        assertEquals(-0.32, fit.yMin(), 1e-6);
        assertEquals(4.32, fit.yMax(), 1e-6);
    }

    @Test
    void rejectsBadArguments() {
        double[] xs = {1};
        assertThrows(IllegalArgumentException.class, () -> DescentWindow.fit(BOWL, 1, 1, xs, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> DescentWindow.fit(BOWL, Double.NaN, 1, xs, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> DescentWindow.fit(BOWL, 0, 1, xs, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> DescentWindow.fit(BOWL, 0, 1, xs, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> DescentWindow.fit(BOWL, 0, 1, xs, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> DescentWindow.fit(null, 0, 1, xs, 1, 3));
    }
}
