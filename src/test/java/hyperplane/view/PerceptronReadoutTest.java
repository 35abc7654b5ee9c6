package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import hyperplane.state.PerceptronSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerceptronReadoutTest {

    @Test
    void numbersDropTrailingZerosAndRoundingNoise() {
        assertEquals("0.08", PerceptronReadout.number(0.08));
        assertEquals("-0.1", PerceptronReadout.number(-0.1));
        assertEquals("1", PerceptronReadout.number(1.0));
        assertEquals("0.3", PerceptronReadout.number(0.1 + 0.2));
        assertEquals("0", PerceptronReadout.number(-0.0));
        assertEquals("0", PerceptronReadout.number(-1e-9));
        assertEquals("-0.00001", PerceptronReadout.number(-0.00001));
        assertEquals("12", PerceptronReadout.number(12));
        assertEquals("–", PerceptronReadout.number(Double.NaN));
    }

    @Test
    void vectorsAreTuples() {
        assertEquals("(0.8, 0.4, 1)", PerceptronReadout.vector(new double[] {0.8, 0.4, 1}));
        assertEquals("()", PerceptronReadout.vector(new double[0]));
    }

    @Test
    void easingIsSmoothstepClamped() {
        assertEquals(0, PerceptronReadout.ease(-1));
        assertEquals(0.5, PerceptronReadout.ease(0.5));
        assertEquals(0.15625, PerceptronReadout.ease(0.25));
        assertEquals(1, PerceptronReadout.ease(1));
        assertEquals(1, PerceptronReadout.ease(Double.NaN));
    }

    @Test
    void interpolationEndsExactlyOnTheTarget() {
        double[] out = new double[3];
        PerceptronReadout.interpolate(new double[] {0, 2, -1}, new double[] {1, 0, 0.07}, 0.5, out);
        assertArrayEquals(new double[] {0.5, 1, -0.465}, out, 1e-15);
        PerceptronReadout.interpolate(new double[] {0, 2, -1}, new double[] {0.1, 0.2, 0.07}, 1, out);
        assertArrayEquals(new double[] {0.1, 0.2, 0.07}, out, 0.0);
    }

    @Test
    void rejectsArraysOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> PerceptronReadout.interpolate(new double[2], new double[3], 0, new double[3]));
    }

    @Test
    void fieldsBeforeTheFirstStepShowDashes() {
        PerceptronSession session = new PerceptronSession(PerceptronSettings.defaults());
        Map<String, String> fields = PerceptronReadout.fields(session);
        assertEquals(List.of("p-epoch", "p-status", "p-w", "p-updates", "p-line", "p-point", "p-x-tilde", "p-net",
                "p-f", "p-y", "p-error", "p-update", "p-w-before", "p-w-after", "p-verdict"),
                List.copyOf(fields.keySet()));
        assertEquals("No step yet: press “Step one point”.", fields.get("p-point"));
        assertEquals("–", fields.get("p-net"));
        assertEquals("", fields.get("p-verdict"));
        assertEquals(session.statusText(), fields.get("p-status"));
    }

    @Test
    void fieldsAfterAStepShowItsNumbers() {
        PerceptronSession session = new PerceptronSession(PerceptronSettings.defaults());
        PerceptronStep step = session.step();
        Map<String, String> fields = PerceptronReadout.fields(session);
        assertEquals("Epoch 1, point 1 of " + session.points().size() + " (class " + step.label() + ", "
                + (step.label() == 1 ? "blue" : "orange") + ")", fields.get("p-point"));
        assertEquals(PerceptronReadout.vector(step.weightsAfter()), fields.get("p-w-after"));
        assertEquals(Integer.toString(step.output()), fields.get("p-f"));
        assertEquals(step.error() > 0 ? "+1" : Integer.toString(step.error()), fields.get("p-error"));
        assertTrue(fields.get("p-verdict").startsWith(step.mistake() ? "A mistake: " : "No mistake: "));
        assertTrue(PerceptronReadout.describe(step).startsWith("Point 1 at " + PerceptronReadout.vector(step.input())
                + ": f(x) = " + step.output() + ", y = " + step.label() + ", "), PerceptronReadout.describe(step));
    }

    @Test
    void lineInWordsOrWhyThereIsNone() {
        assertEquals("No line yet: w₁ = w₂ = 0, so every point is predicted class 1.",
                PerceptronReadout.line(new double[] {0, 0, 0}));
        assertEquals("No line yet: w₁ = w₂ = 0, so every point is predicted class 0.",
                PerceptronReadout.line(new double[] {0, 0, -0.1}));
        assertEquals("The line 0.5·x₁ − 1·x₂ + 0.08 = 0; the arrow w points to the side predicted 1 (blue).",
                PerceptronReadout.line(new double[] {0.5, -1, 0.08}));
        // The lesson's first update: w = (−0.08, −0.04, −0.1).
        assertEquals("The line −0.08·x₁ − 0.04·x₂ − 0.1 = 0; the arrow w points to the side predicted 1 (blue).",
                PerceptronReadout.line(new double[] {-0.08, -0.04, -0.1}));
        assertEquals("The line 0.3·x₁ + 0·x₂ + 0 = 0; the arrow w points to the side predicted 1 (blue).",
                PerceptronReadout.line(new double[] {0.3, -0.000001, -0.0}), "a weight that rounds to 0 has no minus");
    }
}
