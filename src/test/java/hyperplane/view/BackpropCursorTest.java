package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.sim.BackpropWalkthrough;
import hyperplane.state.BackpropSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpropCursorTest {
    /** Hidden layers of 6 (big) and 2 (small) neurons. */
    private final BackpropWalkthrough walk = new BackpropWalkthrough(
            Network.create(2, new int[] {6, 2}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY),
            new double[] {0.5, -0.5}, new double[] {1}, 0);
    private final BackpropCursor cursor = new BackpropCursor();

    private int firstStepInLayerOfSize(int size) {
        for (int s = 0; s < walk.stepCount(); s++) {
            if (walk.trace().size(walk.layer(s)) == size) {
                return s;
            }
        }
        throw new AssertionError("no step in a layer of " + size);
    }

    @Test
    void readsPointAndStepAndForgetsTheNeuron() {
        cursor.setFocus(3);
        cursor.read(BackpropSettings.defaults().withPoint(4).withStep(2));
        assertEquals(4, cursor.point());
        assertEquals(2, cursor.step());
        assertEquals(-1, cursor.focus());
    }

    @Test
    void stepsAreClampedToTheWalkthrough() {
        assertFalse(cursor.go(walk, -3), "already at the first step");
        assertTrue(cursor.go(walk, 1000));
        assertEquals(walk.stepCount() - 1, cursor.step());
        assertEquals((walk.stepCount()) + " / " + walk.stepCount(), cursor.stepNumber(walk));
    }

    @Test
    void aStepBeyondANewWalkthroughFallsBackToItsLast() {
        cursor.read(BackpropSettings.defaults().withStep(walk.stepCount() + 5));
        cursor.follow(walk);
        assertEquals(walk.stepCount() - 1, cursor.step());
    }

    @Test
    void aBigLayerOffersEachNeuronAndFocusesTheStrongest() {
        cursor.go(walk, firstStepInLayerOfSize(6));
        List<String> choices = cursor.neuronChoices(walk);
        assertEquals(6, choices.size());
        int layer = walk.layer(cursor.step());
        assertEquals("Neuron 1 of " + walk.layerName(layer), choices.get(0));
        assertEquals(walk.strongestNeuron(layer), cursor.focus());
        cursor.setFocus(5);
        cursor.neuronChoices(walk);
        assertEquals(5, cursor.focus(), "a chosen neuron in range stays");
        assertEquals(5, cursor.focusFor(walk, cursor.step()));
    }

    @Test
    void aSmallLayerOffersNoChoiceAndALayerOfAnotherSizeForgetsTheNeuron() {
        cursor.go(walk, firstStepInLayerOfSize(6));
        cursor.setFocus(5);
        cursor.go(walk, firstStepInLayerOfSize(2));
        assertEquals(-1, cursor.focus());
        assertTrue(cursor.neuronChoices(walk).isEmpty());
        assertEquals(-1, cursor.focus());
        int other = firstStepInLayerOfSize(6);
        assertEquals(walk.strongestNeuron(walk.layer(other)), cursor.focusFor(walk, other));
    }

    @Test
    void arrowsAndNAndPStepExceptInFormControls() {
        assertEquals(1, BackpropCursor.keyStep("ArrowRight", "DIV"));
        assertEquals(1, BackpropCursor.keyStep("n", "BUTTON"));
        assertEquals(-1, BackpropCursor.keyStep("ArrowLeft", ""));
        assertEquals(-1, BackpropCursor.keyStep("p", "SECTION"));
        assertEquals(0, BackpropCursor.keyStep("Enter", "DIV"));
        for (String tag : new String[] {"SELECT", "TEXTAREA", "INPUT", "SUMMARY"}) {
            assertEquals(0, BackpropCursor.keyStep("ArrowRight", tag), tag);
        }
    }

    @Test
    void announcementsNameStepAndPointFromOne() {
        assertEquals("Step 1 of " + walk.stepCount() + ": " + walk.title(0) + ".", cursor.announcement(walk));
        assertEquals("Inspecting point 3.", BackpropCursor.inspecting(2));
    }
}
