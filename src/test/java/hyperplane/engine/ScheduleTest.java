package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The learning-rate schedules' values, epoch by epoch. */
class ScheduleTest {
    @Test
    void constantNeverChanges() {
        assertEquals(0.03, Schedule.CONSTANT.rate(0.03, 0), 0);
        assertEquals(0.03, Schedule.CONSTANT.rate(0.03, 100000), 0);
    }

    @Test
    void stepDecayDropsEveryFewEpochs() {
        Schedule s = new Schedule(Schedule.Kind.STEP, 0.5, 10);
        assertEquals(0.1, s.rate(0.1, 0), 0);
        assertEquals(0.1, s.rate(0.1, 9), 0);
        assertEquals(0.05, s.rate(0.1, 10), 0);
        assertEquals(0.05, s.rate(0.1, 19), 0);
        assertEquals(0.025, s.rate(0.1, 20), 0);
        assertEquals(0.1 * 0.5 * 0.5 * 0.5, s.rate(0.1, 35), 0);
    }

    @Test
    void exponentialDecayDropsEveryEpoch() {
        Schedule s = new Schedule(Schedule.Kind.EXPONENTIAL, 0.9, 1);
        assertEquals(1, s.rate(1, 0), 0);
        assertEquals(0.9, s.rate(1, 1), 0);
        assertEquals(0.9 * 0.9, s.rate(1, 2), 0);
        assertEquals(0.9 * 0.9 * 0.9, s.rate(1, 3), 0);
        // 0.9^1000 ≈ 1.7e-46 would be below the floor.
        assertEquals(Schedule.FLOOR, s.rate(1, 1000), 0);
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(null, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Schedule.Kind.STEP, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Schedule.Kind.STEP, 1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Schedule.Kind.STEP, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedule.CONSTANT.rate(1, -1));
        assertEquals(Schedule.Kind.EXPONENTIAL, Schedule.Kind.fromKey("exp"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.Kind.fromKey("cosine"));
    }
}
