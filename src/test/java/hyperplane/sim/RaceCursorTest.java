package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stepping and playing over a finished race. */
class RaceCursorTest {
    /** The zig-zag preset: SGD converges in 212 steps, momentum in 63. */
    private static RaceCursor zigzag() {
        return new RaceCursor(RacePreset.ZIGZAG.race(100000));
    }

    @Test
    void startsAtTheEndWhereEveryResultIsFinal() {
        RaceCursor c = zigzag();
        assertEquals(212, c.last());
        assertEquals(212, c.current());
        assertTrue(c.atEnd() && c.finished(0) && c.finished(1));
        assertEquals(63, c.pointOf(1), "momentum stays at its last point");
    }

    @Test
    void stepsTogetherAndEachRacerStopsAtItsEnd() {
        RaceCursor c = zigzag();
        c.reset();
        assertEquals(0, c.current());
        assertTrue(c.step());
        assertEquals(1, c.current());
        assertEquals(1, c.pointOf(0));
        assertEquals(1, c.pointOf(1));
        assertEquals(70, c.advance(70));
        assertEquals(71, c.pointOf(0));
        assertEquals(63, c.pointOf(1));
        assertTrue(c.finished(1));
        assertFalse(c.finished(0));
        assertEquals(141, c.advance(1000), "stops at the end");
        assertFalse(c.step());
        c.reset();
        c.toEnd();
        assertTrue(c.atEnd());
    }

    @Test
    void aDivergedRacerStaysAtTheLastPointItReached() {
        RaceCursor c = new RaceCursor(RacePreset.DIVERGING.race(100000));
        assertEquals(261, c.last());
        assertEquals(260, c.pointOf(1), "the step that diverged is not drawn");
        assertTrue(c.finished(1));
    }

    @Test
    void playsAFewDozenStepsASecondAndLongRacesWithinAboutTenSeconds() {
        // 60 frames a second: every 2nd frame one step, 30 a second.
        assertEquals(0, RaceCursor.stepsForFrame(1, 212, false));
        assertEquals(1, RaceCursor.stepsForFrame(2, 212, false));
        // 20000 steps: 2000 a second, 67 every 2nd frame.
        assertEquals(67, RaceCursor.stepsForFrame(2, 20000, false));
        // Reduced motion: jumps 4 times a second at the same pace.
        assertEquals(0, RaceCursor.stepsForFrame(14, 212, true));
        assertEquals(8, RaceCursor.stepsForFrame(15, 212, true));
        RaceCursor c = zigzag();
        c.reset();
        int frames = 0;
        while (!c.atEnd()) {
            c.play(++frames, false);
        }
        assertEquals(424, frames, "212 steps at one every 2nd frame: about 7 seconds");
    }

    @Test
    void anEmptyRaceIsAtItsEnd() {
        RaceCursor c = new RaceCursor(List.of());
        assertTrue(c.atEnd());
        assertFalse(c.step());
    }
}
