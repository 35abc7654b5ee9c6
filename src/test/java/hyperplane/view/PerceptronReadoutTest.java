package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
