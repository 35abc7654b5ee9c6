package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import hyperplane.state.PerceptronSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiClassReadoutTest {
    /** The engine test's hand-worked points: (0.5, 1) class 2, (1, 0.5) class 1, (0, 0) class 0; η = 0.5. */
    private static PerceptronSession hand() {
        Dataset points = Dataset.empty().withPoint(0.5, 1, 2, true).withPoint(1, 0.5, 1, true).withPoint(0, 0, 0, true);
        return new PerceptronSession(PerceptronSettings.defaults().withPoints(Dataset.empty()).withClasses(3)
                .withLearningRate(0.5).withPoints(points));
    }

    @Test
    void numbersCarryATrueMinusSign() {
        assertEquals("−0.25", MultiClassReadout.number(-0.25));
        assertEquals("0", MultiClassReadout.number(-0.0));
        assertEquals("(−0.25, 0, 1)", MultiClassReadout.vector(new double[] {9, -0.25, -0.0, 1}, 1, 3));
        assertEquals("w₃", MultiClassReadout.w(3));
    }

    @Test
    void beforeTheFirstStepTheStepCellsAreEmpty() {
        Map<String, String> fields = PerceptronReadout.fields(hand());
        assertEquals("–", fields.get("p-m-yhat"));
        assertEquals("–", fields.get("p-m-score-2"));
        assertEquals("", fields.get("p-m-mark-2"));
        assertEquals("–", fields.get("p-m-up"));
        assertEquals("0", fields.get("p-m-w1-1"));
        assertEquals("0", fields.get("p-m-b-2"));
        assertFalse(fields.containsKey("p-m-w1-3"));
        assertEquals("No step yet: press “Step one point”.", fields.get("p-point"));
    }

    @Test
    void aStepShowsEveryScoreAndBothChangedRows() {
        PerceptronSession session = hand();
        session.step();
        PerceptronStep second = session.step();
        Map<String, String> fields = PerceptronReadout.fields(session);
        assertEquals("Epoch 1, point 2 of 3 (class 1, blue)", fields.get("p-point"));
        assertEquals("(1, 0.5, 1)", fields.get("p-m-x-tilde"));
        assertEquals("−1", fields.get("p-m-score-0"));
        assertEquals("0", fields.get("p-m-score-1"));
        assertEquals("1", fields.get("p-m-score-2"));
        assertEquals("2", fields.get("p-m-yhat"));
        assertEquals("1", fields.get("p-m-y"));
        assertEquals("", fields.get("p-m-mark-0"));
        assertEquals("y", fields.get("p-m-mark-1"));
        assertEquals("ŷ", fields.get("p-m-mark-2"));
        assertEquals("w₁ = (0, 0, 0) + (0.5, 0.25, 0.5) = (0.5, 0.25, 0.5)", fields.get("p-m-up"));
        assertEquals("w₂ = (0.25, 0.5, 0.5) − (0.5, 0.25, 0.5) = (−0.25, 0.25, 0)", fields.get("p-m-down"));
        assertEquals("0.5", fields.get("p-m-w1-1"));
        assertEquals("−0.25", fields.get("p-m-w1-2"));
        assertEquals("0", fields.get("p-m-b-2"));
        assertEquals("A mistake: ŷ = 2 but y = 1, so w₁ gains η x̃ and w₂ loses it: class 1’s score at this point "
                + "rises and class 2’s falls.", fields.get("p-verdict"));
        assertEquals("Point 2 at (1, 0.5): ŷ = 2, y = 1, a mistake; w₁ becomes (0.5, 0.25, 0.5) and w₂ becomes "
                + "(−0.25, 0.25, 0).", PerceptronReadout.describe(second));
        assertTrue(fields.get("p-line").contains("3 regions"), fields.get("p-line"));
    }

    @Test
    void aStepWithoutAMistakeSaysSo() {
        PerceptronSession session = hand();
        session.stepEpoch();
        session.step();
        session.step();
        PerceptronStep tie = session.step();
        Map<String, String> fields = PerceptronReadout.fields(session);
        assertEquals("No mistake: ŷ = y, so every row stays as it was.", fields.get("p-verdict"));
        assertEquals("no change (no mistake)", fields.get("p-m-up"));
        assertEquals("ŷ = y", fields.get("p-m-mark-0"));
        assertEquals("Point 3 at (0, 0): ŷ = 0, y = 0, no mistake; the weights stay.", PerceptronReadout.describe(tie));
    }

    @Test
    void choosingClassesRefusesToDropShownPoints() {
        PerceptronSession session = hand();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PerceptronChoices.chosenClasses(session.settings(), 2));
        assertEquals("Your points include class 2 (green), which 2 classes do not have; erase those points first. "
                + "It stays 3 classes.", e.getMessage());
        assertEquals(5, PerceptronChoices.chosenClasses(session.settings(), 5).classes());
        assertThrows(IllegalArgumentException.class, () -> PerceptronChoices.chosenClasses(session.settings(), 7));
        assertTrue(PerceptronChoices.classesUsed(session.settings()));
        assertFalse(PerceptronChoices.classesUsed(PerceptronSettings.defaults()));
        assertEquals("Back to the starting weights of all 3 classes, epoch 1, first point.",
                PerceptronChoices.reset(session.weights()));
    }

    @Test
    void theLineMovesEveryRow() {
        LineMotion motion = new LineMotion();
        motion.jumpTo(new double[] {1, 2, 3});
        motion.moveTo(new double[9], 0, 100);
        assertEquals(9, motion.shown().length);
        motion.jumpTo(new double[9]);
        motion.moveTo(new double[] {2, 2, 2, 4, 4, 4, 6, 6, 6}, 0, 100);
        motion.advance(50);
        assertEquals(3, motion.shown()[6], 1e-12);
        motion.advance(100);
        assertEquals(6, motion.shown()[8]);
    }
}
