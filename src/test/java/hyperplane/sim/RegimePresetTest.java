package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hyperplane.engine.GradientDescent.Status;
import org.junit.jupiter.api.Test;

class RegimePresetTest {

    private static DescentExplorer ranWith(RegimePreset preset) {
        DescentExplorer explorer = new DescentExplorer();
        explorer.applyPreset(preset);
        explorer.run().run();
        return explorer;
    }

    @Test
    void tooSmallConvergesButSlowly() {
        DescentExplorer e = ranWith(RegimePreset.TOO_SMALL);
        assertEquals(Status.CONVERGED, e.run().status());
        assertEquals(STEPS_TOO_SMALL, e.run().steps());
    }

    @Test
    void goodConvergesInAFewDozenSteps() {
        DescentExplorer e = ranWith(RegimePreset.GOOD);
        assertEquals(Status.CONVERGED, e.run().status());
        assertEquals(STEPS_GOOD, e.run().steps());
    }

    @Test
    void oneStepLandsOnTheMinimum() {
        DescentExplorer e = ranWith(RegimePreset.ONE_STEP);
        assertEquals(2.0, e.run().x(1));
        assertEquals(Status.CONVERGED, e.run().status());
        assertEquals(2, e.run().steps());
    }

    @Test
    void oscillatingBouncesUntilTheCap() {
        DescentExplorer e = ranWith(RegimePreset.OSCILLATING);
        assertEquals(Status.CAP_REACHED, e.run().status());
        assertEquals(0.0, e.run().x(1));
        assertEquals(4.0, e.run().x(2));
    }

    @Test
    void divergingRunsOff() {
        DescentExplorer e = ranWith(RegimePreset.DIVERGING);
        assertEquals(Status.DIVERGED, e.run().status());
    }

    @Test
    void keysAndRatesAreTheClassicOnes() {
        assertEquals("too-small", RegimePreset.TOO_SMALL.key());
        assertEquals(0.01, RegimePreset.TOO_SMALL.learningRate());
        assertEquals(0.1, RegimePreset.GOOD.learningRate());
        assertEquals(0.5, RegimePreset.ONE_STEP.learningRate());
        assertEquals(1.0, RegimePreset.OSCILLATING.learningRate());
        assertEquals(1.1, RegimePreset.DIVERGING.learningRate());
    }

    private static final int STEPS_TOO_SMALL = 412;
    private static final int STEPS_GOOD = 49;
}
