package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineMotionTest {
    @Test
    void jumpShowsTheWeightsAtOnce() {
        LineMotion motion = new LineMotion();
        motion.jumpTo(new double[] {1, 2, 3});
        assertArrayEquals(new double[] {1, 2, 3}, motion.shown());
        assertFalse(motion.moving());
        assertFalse(motion.advance(1000));
    }

    @Test
    void moveEasesFromTheShownWeightsAndEndsOnTheTarget() {
        LineMotion motion = new LineMotion();
        motion.jumpTo(new double[] {0, 0, 0});
        motion.moveTo(new double[] {4, -4, 2}, 1000, 300);
        assertTrue(motion.advance(1000));
        assertArrayEquals(new double[] {0, 0, 0}, motion.shown());
        assertTrue(motion.advance(1150));
        // Half the time is half the way with smoothstep easing.
        assertArrayEquals(new double[] {2, -2, 1}, motion.shown(), 1e-12);
        assertTrue(motion.advance(1300));
        assertArrayEquals(new double[] {4, -4, 2}, motion.shown());
        assertFalse(motion.moving());
        assertFalse(motion.advance(1400));
    }

    @Test
    void aMoveOfNoDurationIsAJump() {
        LineMotion motion = new LineMotion();
        motion.moveTo(new double[] {1, 1, 1}, 0, 0);
        assertArrayEquals(new double[] {1, 1, 1}, motion.shown());
        assertFalse(motion.moving());
        motion.moveTo(new double[] {2, 2, 2}, 0, Double.NaN);
        assertArrayEquals(new double[] {2, 2, 2}, motion.shown());
    }
}
