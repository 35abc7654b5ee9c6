package hyperplane.view;

import static hyperplane.view.Dichromacy.distance;
import static hyperplane.view.Dichromacy.luminance;
import static hyperplane.view.Dichromacy.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorScaleTest {
    private final ColorScale smooth = ColorScale.continuous();
    private final ColorScale flat = ColorScale.discretized();

    @Test
    void endsAreTheClassColours() {
        assertEquals(ColorScale.CLASS_0, smooth.colorFor(-1, -1, 1));
        assertEquals(ColorScale.CLASS_1, smooth.colorFor(1, -1, 1));
        assertEquals(ColorScale.CLASS_0, smooth.colorFor(-50, -1, 1));
        assertEquals(ColorScale.CLASS_1, smooth.colorFor(Double.POSITIVE_INFINITY, -1, 1));
        assertEquals(ColorScale.CLASS_0, smooth.colorFor(Double.NEGATIVE_INFINITY, 0, 1));
    }

    @Test
    void middleIsNearWhite() {
        assertEquals(ColorScale.MIDDLE, smooth.colorFor(0, -1, 1));
        assertEquals(ColorScale.MIDDLE, smooth.colorFor(0.5, 0, 1));
        assertEquals(128, smooth.indexFor(0.5, 0, 1));
    }

    @Test
    void quarterIsHalfWayBetweenOrangeAndMiddle() {
        // t = 0.25 → index 64 → mix(CLASS_0, MIDDLE, 0.5), per channel (a + b) / 2 rounded half up.
        assertEquals(64, smooth.indexFor(0.25, 0, 1));
        int expected = (((0xF0 + 0xF7 + 1) / 2) << 16) | (((0x8A + 0xF7 + 1) / 2) << 8) | ((0x24 + 0xF5 + 1) / 2);
        assertEquals(expected, smooth.colorFor(0.25, 0, 1));
    }

    @Test
    void nanGetsTheNeutralColour() {
        assertEquals(ColorScale.NAN_COLOR, smooth.colorFor(Double.NaN, 0, 1));
        assertEquals(ColorScale.NAN_COLOR, flat.colorFor(Double.NaN, 0, 1));
        assertEquals(ColorScale.NAN_INDEX, smooth.indexFor(Double.NaN, 0, 1));
    }

    @Test
    void discretizedSplitsAtTheMidpoint() {
        assertEquals(ColorScale.CLASS_0, flat.colorFor(-1e-9, -1, 1));
        assertEquals(ColorScale.CLASS_1, flat.colorFor(0, -1, 1));
        assertEquals(ColorScale.CLASS_1, flat.colorFor(0.3, -1, 1));
        assertEquals(ColorScale.CLASS_0, flat.colorFor(0.49, 0, 1));
        assertEquals(ColorScale.CLASS_1, flat.colorFor(0.5, 0, 1));
        assertTrue(flat.isDiscretized());
        for (int i = 0; i < ColorScale.SIZE; i++) {
            int c = flat.colorAt(i);
            assertTrue(c == ColorScale.CLASS_0 || c == ColorScale.CLASS_1);
        }
    }

    @Test
    void colourApproachesTheMiddleThenLeavesIt() {
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < ColorScale.SIZE; i++) {
            int distance = channelDistance(smooth.colorAt(i), ColorScale.MIDDLE);
            if (i <= 128) {
                assertTrue(distance <= previous, "moves away from the middle at " + i);
            } else {
                assertTrue(distance >= previous, "moves back towards the middle at " + i);
            }
            previous = distance;
        }
    }

    private static int channelDistance(int a, int b) {
        int sum = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            sum += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
        }
        return sum;
    }

    @Test
    void rejectsEmptyOrNonFiniteRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> smooth.colorFor(0, 1, 1));
        assertEquals("colour range [1.0, 1.0] must be finite with min < max", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> smooth.colorFor(0, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> smooth.colorAt(ColorScale.SIZE + 1));
    }

    @Test
    void classColoursForLabels() {
        assertEquals(ColorScale.CLASS_1, ColorScale.classColor(1));
        assertEquals(ColorScale.CLASS_0, ColorScale.classColor(0));
        assertEquals(ColorScale.CLASS_1_OUTLINE, ColorScale.classOutline(1));
        assertEquals(ColorScale.CLASS_0_OUTLINE, ColorScale.classOutline(0));
    }

    /**
     * Simulates dichromacy with the severity-1.0 matrices of Machado, Oliveira and Fernandes (2009), applied to
     * linear RGB, and requires the two class colours to stay more than 100 apart in simulated sRGB distance (out of
     * 441; measured 201, 212 and 256) and more than 0.1 apart in relative luminance (measured 0.12, 0.27, 0.18).
     * A red/green pair fails this under deuteranopia (distance 25).
     */
    @Test
    void classColoursStayApartForColourBlindReaders() {
        double[][][] dichromacies = Dichromacy.ALL;
        for (double[][] m : dichromacies) {
            double[] a = simulate(m, ColorScale.CLASS_0);
            double[] b = simulate(m, ColorScale.CLASS_1);
            assertTrue(distance(a, b) > 100, "simulated distance " + distance(a, b));
            assertTrue(Math.abs(luminance(a) - luminance(b)) > 0.1);
        }
        double[] identity = simulate(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, ColorScale.CLASS_0);
        assertEquals(0.37, luminance(identity), 0.01);
        // A control: pure red and green against each other collapse under deuteranopia.
        double[][] deutan = dichromacies[1];
        assertTrue(distance(simulate(deutan, 0xD03030), simulate(deutan, 0x30A030)) < 100);
    }
}
