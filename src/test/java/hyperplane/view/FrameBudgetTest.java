package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameBudgetTest {
    private static final double FRAME = 1000 / 60.0;

    /** Frames at a steady gap, each with the page's own work {@code workMs}; returns the time of the last. */
    private static double run(FrameBudget budget, double start, int frames, double gap, double workMs) {
        double t = start;
        for (int i = 0; i < frames; i++) {
            t += gap;
            budget.frame(t, workMs);
        }
        return t;
    }

    @Test
    void framesOnTimeKeepTheWholeBudget() {
        FrameBudget budget = new FrameBudget();
        assertEquals(FrameBudget.MAX_MS, budget.ms(), "before any frame");
        run(budget, 0, 120, FRAME, 8);
        assertEquals(FrameBudget.MAX_MS, budget.ms());
        assertEquals(0, budget.browserMs());
        assertFalse(budget.tight(), "room for the readouts with the picture");
    }

    @Test
    void lateFramesShrinkTheBudgetByTheBrowsersShare() {
        FrameBudget budget = new FrameBudget();
        run(budget, 0, 3, FRAME, 2); // learns the display interval
        // 30 ms between frames of which the page's own work took 10: the browser's work is 20 ms a frame.
        run(budget, 100, 30, 30, 10);
        assertEquals(20, budget.browserMs(), 1e-3);
        assertEquals(FrameBudget.MIN_MS, budget.ms(), "nothing fits: the least budget");
        assertTrue(budget.tight());
        // A lighter browser load: 22 ms gaps, 8 ms of them the page's: 14 ms of the browser's own.
        FrameBudget lighter = new FrameBudget();
        run(lighter, 0, 3, FRAME, 2);
        run(lighter, 100, 30, 22, 8);
        assertEquals(14, lighter.browserMs(), 1e-3);
        assertEquals(FrameBudget.MIN_MS, lighter.ms());
        FrameBudget slight = new FrameBudget();
        run(slight, 0, 3, FRAME, 2);
        run(slight, 100, 30, 21, 14); // 7 ms of the browser's own: 16.7 − 1.5 − 7 ≈ 8.2 ms left
        assertEquals(FRAME - FrameBudget.MARGIN_MS - 7, slight.ms(), 1e-3);
        assertTrue(slight.tight());
    }

    @Test
    void framesOnTimeAgainLetTheBudgetGrowBack() {
        FrameBudget budget = new FrameBudget();
        run(budget, 0, 3, FRAME, 2);
        double t = run(budget, 100, 30, 21, 14);
        double shrunk = budget.ms();
        t = run(budget, t, 60, FRAME, 6);
        assertTrue(budget.ms() > shrunk, budget.ms() + " after a second on time, was " + shrunk);
        run(budget, t, 600, FRAME, 6);
        assertEquals(FrameBudget.MAX_MS, budget.ms(), 0.05, "after ten seconds on time");
        assertFalse(budget.tight());
    }

    @Test
    void stallsAndTheFirstFrameTeachNothing() {
        FrameBudget budget = new FrameBudget();
        budget.frame(1000, 50);
        budget.frame(5000, 50); // four seconds in the background
        budget.frame(5000.5, 50); // two callbacks in one frame
        assertEquals(FrameBudget.MAX_MS, budget.ms());
        assertEquals(0, budget.browserMs());
    }

    @Test
    void aFasterDisplayHasAShorterInterval() {
        FrameBudget budget = new FrameBudget();
        run(budget, 0, 60, 1000 / 120.0, 2);
        assertEquals(1000 / 120.0 - FrameBudget.MARGIN_MS, budget.ms(), 1e-9);
        assertTrue(budget.tight(), "a 120 Hz frame has no room for the readouts with the picture");
    }
}
