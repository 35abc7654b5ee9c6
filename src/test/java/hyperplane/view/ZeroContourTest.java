package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Marching squares on the playground's domain [−6, 6]² drawn on 240 × 240 px (20 px per unit). */
class ZeroContourTest {
    private final Viewport domain = new Viewport(-6, 6, -6, 6, 0, 0, 240, 240);

    private static double[] sample(ZeroContour c, DoubleBinaryOperator f) {
        int side = c.cells() + 1;
        double[] values = new double[side * side];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                values[j * side + i] = f.applyAsDouble(c.x(i), c.y(j));
            }
        }
        return values;
    }

    @Test
    void theGridRunsFromTheBottomLeftToTheTopRight() {
        ZeroContour c = new ZeroContour(domain, 40);
        assertEquals(-6, c.x(0));
        assertEquals(6, c.x(40));
        assertEquals(-6, c.y(0));
        assertEquals(6, c.y(40));
        assertEquals(0, c.x(20), 1e-12);
    }

    @Test
    void aStraightZeroLevelIsOneSegmentPerRowOnTheExactLine() {
        ZeroContour c = new ZeroContour(domain, 40);
        // x1 = 1.3 is 146 px from the left; linear values interpolate it exactly.
        assertEquals(40, c.trace(sample(c, (x, y) -> x - 1.3)));
        double[] s = c.segments();
        for (int k = 0; k < 40; k++) {
            assertEquals(146, s[4 * k], 1e-9);
            assertEquals(146, s[4 * k + 2], 1e-9);
        }
        // The normal leaves the segment nearest the middle towards larger x1, 40 px long.
        assertTrue(c.hasNormal());
        assertEquals(146, c.normalX1(), 1e-9);
        assertEquals(146 + HyperplaneLine.NORMAL_LENGTH, c.normalX2(), 1e-9);
        assertEquals(c.normalY1(), c.normalY2(), 1e-9);
        // The label sits at an end on the border.
        assertEquals(146, c.labelX(), 1e-9);
        assertTrue(c.labelY() == 0 || c.labelY() == 240, "label at y " + c.labelY());
    }

    @Test
    void aCircleIsTracedCloseToItAndItsNormalPointsOutwards() {
        ZeroContour c = new ZeroContour(domain, 40);
        int n = c.trace(sample(c, (x, y) -> x * x + y * y - 16));
        assertTrue(n > 40, n + " segments");
        double[] s = c.segments();
        for (int k = 0; k < 2 * n; k++) {
            double x = domain.toDataX(s[2 * k]);
            double y = domain.toDataY(s[2 * k + 1]);
            // A cell is 0.3 wide; linear interpolation of a quadratic errs by less than a cell.
            assertEquals(4, Math.sqrt(x * x + y * y), 0.05);
        }
        assertTrue(c.hasNormal());
        double fromX = domain.toDataX(c.normalX1());
        double fromY = domain.toDataY(c.normalY1());
        double toX = domain.toDataX(c.normalX2());
        double toY = domain.toDataY(c.normalY2());
        assertTrue(Math.hypot(toX, toY) > Math.hypot(fromX, fromY) + 1.5, "outwards");
        // A closed curve's label is at its point nearest the border: 2 units (40 px) in from a side.
        double border = Math.min(Math.min(c.labelX(), 240 - c.labelX()), Math.min(c.labelY(), 240 - c.labelY()));
        assertEquals(40, border, 1);
    }

    @Test
    void noZeroLevelGivesNothing() {
        ZeroContour c = new ZeroContour(domain, 10);
        assertEquals(0, c.trace(sample(c, (x, y) -> x * x + 1)));
        assertFalse(c.hasNormal());
        assertEquals(0, c.trace(sample(c, (x, y) -> -1)));
    }

    @Test
    void aSaddleCellFollowsTheSignOfItsMiddle() {
        ZeroContour one = new ZeroContour(new Viewport(0, 1, 0, 1, 0, 0, 10, 10), 1);
        // Inside corners bottom left and top right; the middle inside joins them, cutting off the other two.
        assertEquals(2, one.trace(new double[] {1, -1, -1, 1}));
        double[] s = one.segments();
        // Bottom edge at x = 0.5 (5 px) to right edge at y = 0.5, then top edge to left edge.
        assertEquals("5.0,10.0,10.0,5.0", s[0] + "," + s[1] + "," + s[2] + "," + s[3]);
        assertEquals("5.0,0.0,0.0,5.0", s[4] + "," + s[5] + "," + s[6] + "," + s[7]);
        // A middle outside cuts off the inside corners instead.
        assertEquals(2, one.trace(new double[] {1, -3, -3, 1}));
        assertEquals(0.0, s[0]); // left edge first: the bottom-left corner
    }

    @Test
    void cellsWithNaNAreSkipped() {
        ZeroContour c = new ZeroContour(domain, 4);
        double[] values = sample(c, (x, y) -> x - 1);
        values[12] = Double.NaN; // vertex (2, 2), a corner of four cells; the line x = 1 runs through two of them
        assertEquals(2, c.trace(values));
    }

    @Test
    void theBufferGrowsForAFineTangle() {
        ZeroContour c = new ZeroContour(domain, 40);
        int n = c.trace(sample(c, (x, y) -> Math.sin(9 * x) * Math.sin(9 * y)));
        assertTrue(n > 64, n + " segments");
        assertTrue(c.segments().length >= 4 * n);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new ZeroContour(null, 4));
        assertThrows(IllegalArgumentException.class, () -> new ZeroContour(domain, 0));
        assertThrows(IllegalArgumentException.class, () -> new ZeroContour(domain, 4).trace(new double[24]));
    }
}
