package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassPaletteTest {
    private static final int HALO = PointPlot.HALO;

    @Test
    void twoClassColoursAreTheSigmoidScalesEnds() {
        assertEquals(ColorScale.CLASS_0, ClassPalette.color(0));
        assertEquals(ColorScale.CLASS_1, ClassPalette.color(1));
        assertEquals(ColorScale.CLASS_0_OUTLINE, ClassPalette.outline(0));
        assertEquals(ColorScale.CLASS_1_OUTLINE, ClassPalette.outline(1));
        assertEquals("orange", ClassPalette.name(0));
        assertEquals("sky blue", ClassPalette.name(5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassPalette.color(6));
        assertEquals("class (6) must be in 0..5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassPalette.outline(-1));
    }

    /** Every pair of the six stays more than 55 apart under each dichromacy (the worst measured is 59). */
    @Test
    void everyPairStaysApartForColourBlindReaders() {
        for (int m = 0; m < Dichromacy.ALL.length; m++) {
            for (int a = 0; a < ClassPalette.MAX_CLASSES; a++) {
                for (int b = a + 1; b < ClassPalette.MAX_CLASSES; b++) {
                    double d = Dichromacy.seenDistance(Dichromacy.ALL[m], ClassPalette.color(a), ClassPalette.color(b));
                    assertTrue(d > 55, Dichromacy.NAMES[m] + ": classes " + a + " and " + b + " are " + d + " apart");
                }
            }
        }
        // Okabe and Ito's own blue and bluish green, for contrast, collapse under tritanopia.
        assertTrue(Dichromacy.seenDistance(Dichromacy.TRITANOPIA, ColorScale.CLASS_1, 0x009E73) < 35);
    }

    /** A class's colour stays more than 80 from the near-white middle, so its tints have room to show sureness. */
    @Test
    void everyClassStandsOutFromTheMiddle() {
        double[][][] readers = {Dichromacy.NORMAL, Dichromacy.PROTANOPIA, Dichromacy.DEUTERANOPIA,
            Dichromacy.TRITANOPIA};
        for (double[][] m : readers) {
            for (int c = 0; c < ClassPalette.MAX_CLASSES; c++) {
                double d = Dichromacy.seenDistance(m, ClassPalette.color(c), ColorScale.MIDDLE);
                assertTrue(d > 80, "class " + c + " is " + d + " from the middle");
            }
        }
    }

    /**
     * A point of any class shows on the heatmap of any class: the better of its outline and its white halo
     * contrasts with every tint (each level of every class from the middle to the full colour) by at least 2.5 : 1.
     * The bound is the two-class orange's: its outline on its own full colour is 2.66 : 1.
     */
    @Test
    void pointsShowOnEveryTint() {
        ClassPalette tints = ClassPalette.continuous();
        for (int point = 0; point < ClassPalette.MAX_CLASSES; point++) {
            int outline = ClassPalette.outline(point);
            assertTrue(Dichromacy.luminance(outline) <= 0.108, "outline of class " + point + " is dark");
            for (int ground = 0; ground < ClassPalette.MAX_CLASSES; ground++) {
                for (int level = 0; level < ClassPalette.LEVELS; level++) {
                    int tint = tints.colorAt(ground * ClassPalette.LEVELS + level);
                    double best = Math.max(Dichromacy.contrast(outline, tint), Dichromacy.contrast(HALO, tint));
                    assertTrue(best >= 2.5, "class " + point + " on class " + ground + " level " + level + ": " + best);
                }
            }
        }
    }

    @Test
    void strengthRunsFromUniformToCertain() {
        assertEquals(0, ClassPalette.strength(1.0 / 3, 3), 1e-12);
        assertEquals(1, ClassPalette.strength(1, 3), 1e-12);
        assertEquals(0.5, ClassPalette.strength(2.0 / 3, 3), 1e-12);
        assertEquals(0, ClassPalette.strength(0.1, 6), 0);
        assertTrue(Double.isNaN(ClassPalette.strength(Double.NaN, 4)));
        assertEquals(2.999, ClassPalette.cell(2, 1, 3), 1e-12);
        assertEquals(1.5, ClassPalette.cell(1, 0.75, 2), 1e-12);
        assertTrue(Double.isNaN(ClassPalette.cell(0, Double.NaN, 3)));
    }

    @Test
    void cellsMixTheMiddleTowardsTheirClass() {
        ClassPalette p = ClassPalette.continuous();
        assertEquals(ColorScale.MIDDLE, p.heatColor(3.0));
        assertEquals(ClassPalette.color(3), p.heatColor(ClassPalette.cell(3, 1, 4)));
        assertEquals(ColorScale.mix(ColorScale.MIDDLE, ClassPalette.color(2), 0.5), p.heatColor(2.5));
        assertEquals(ColorScale.NAN_COLOR, p.heatColor(Double.NaN));
        assertEquals(ColorScale.NAN_COLOR, p.heatColor(-0.5));
        assertEquals(ClassPalette.color(5), p.heatColor(6));
    }

    @Test
    void discretizedShowsTheWinnerOnly() {
        ClassPalette p = ClassPalette.discretized();
        assertTrue(p.isDiscretized());
        assertEquals(ClassPalette.color(4), p.heatColor(4.0));
        assertEquals(ClassPalette.color(4), p.heatColor(4.7));
        assertEquals(ClassPalette.color(0), p.heatColor(0.01));
        assertEquals(ColorScale.NAN_COLOR, p.heatColor(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> p.colorAt(ClassPalette.NAN_INDEX + 1));
    }
}
