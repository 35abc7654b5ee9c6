package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.SeededRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronGeometryTest {
    /** The unit square on 100 × 100 px. */
    private final Viewport unit = new Viewport(0, 1, 0, 1, 0, 0, 100, 100);
    private final PerceptronGeometry geometry = new PerceptronGeometry(unit);

    @Test
    void horizontalLine() {
        geometry.update(0, 1, -0.5);
        assertTrue(geometry.hasLine());
        assertEquals(-1, geometry.wholeClass());
        assertSegment(1, 0.5, 0, 0.5);
        assertEquals(0.5, geometry.positiveArea());
        assertEquals(0.5, geometry.negativeArea());
        // Normal from the midpoint (50, 50) px straight up (towards larger x2) for 40 px.
        assertEquals(50, geometry.normalX1());
        assertEquals(50, geometry.normalY1());
        assertEquals(50, geometry.normalX2());
        assertEquals(10, geometry.normalY2());
    }

    @Test
    void verticalLine() {
        geometry.update(2, 0, -0.5);
        assertSegment(0.25, 0, 0.25, 1);
        assertEquals(0.75, geometry.positiveArea());
        assertEquals(0.25, geometry.negativeArea());
        assertEquals(25, geometry.normalX1());
        assertEquals(65, geometry.normalX2());
        assertEquals(50, geometry.normalY2());
    }

    @Test
    void diagonalThroughTwoCorners() {
        geometry.update(1, 1, -1);
        assertSegment(1, 0, 0, 1);
        assertEquals(3, geometry.positiveCount());
        assertEquals(3, geometry.negativeCount());
        assertEquals(0.5, geometry.positiveArea());
        assertEquals(0.5, geometry.negativeArea());
        double step = 40 / Math.sqrt(2);
        assertEquals(50 + step, geometry.normalX2(), 1e-12);
        assertEquals(50 - step, geometry.normalY2(), 1e-12);
    }

    @Test
    void diagonalCuttingOffACorner() {
        geometry.update(1, 1, -0.5);
        assertSegment(0.5, 0, 0, 0.5);
        assertEquals(5, geometry.positiveCount());
        assertEquals(3, geometry.negativeCount());
        assertEquals(0.875, geometry.positiveArea());
        assertEquals(0.125, geometry.negativeArea());
    }

    @Test
    void lineOutsideTheBoxLeavesOneClass() {
        geometry.update(1, 0, -2);
        assertFalse(geometry.hasLine());
        assertEquals(0, geometry.wholeClass());
        assertEquals(0, geometry.positiveCount());
        assertEquals(1, geometry.negativeArea());
        geometry.update(-1, 0, -2);
        assertEquals(0, geometry.wholeClass());
        geometry.update(1, 1, 3);
        assertEquals(1, geometry.wholeClass());
        assertEquals(1, geometry.positiveArea());
    }

    @Test
    void lineTouchingOnlyACornerIsNoLine() {
        geometry.update(1, 1, 0);
        assertFalse(geometry.hasLine());
        assertEquals(1, geometry.wholeClass());
        assertEquals(1, geometry.positiveArea());
        assertEquals(0, geometry.negativeCount());
    }

    @Test
    void zeroWeightsGiveOneClassBySignOfBias() {
        geometry.update(0, 0, 0);
        assertFalse(geometry.hasLine());
        assertEquals(1, geometry.wholeClass());
        geometry.update(0, 0, -0.1);
        assertEquals(0, geometry.wholeClass());
        assertEquals(1, geometry.negativeArea());
        assertEquals(0, geometry.positiveArea());
        geometry.update(0, 0, 7);
        assertEquals(1, geometry.wholeClass());
    }

    @Test
    void nanWeightsGiveNothing() {
        geometry.update(Double.NaN, 1, 0);
        assertFalse(geometry.hasLine());
        assertEquals(-1, geometry.wholeClass());
        assertEquals(0, geometry.positiveCount());
        assertEquals(0, geometry.negativeCount());
    }

    @Test
    void halfPlanesCoverTheRectangleExactly() {
        Viewport view = new Viewport(-6, 6, -4, 5, 0, 0, 600, 450);
        PerceptronGeometry g = new PerceptronGeometry(view);
        double rectangle = 12 * 9;
        SeededRandom random = new SeededRandom(11);
        int split = 0;
        for (int trial = 0; trial < 2000; trial++) {
            double w1 = random.nextGaussian();
            double w2 = random.nextGaussian();
            double b = random.nextDouble(-8, 8);
            g.update(w1, w2, b);
            assertEquals(rectangle, g.positiveArea() + g.negativeArea(), 1e-9, "w = " + w1 + ", " + w2 + ", " + b);
            if (g.hasLine()) {
                split++;
                // Both end points lie on the line and on the rectangle.
                assertEquals(0, w1 * g.lineX1() + w2 * g.lineY1() + b, 1e-9);
                assertEquals(0, w1 * g.lineX2() + w2 * g.lineY2() + b, 1e-9);
                assertTrue(view.contains(g.lineX1(), g.lineY1()) && view.contains(g.lineX2(), g.lineY2()));
                // The normal points into the class-1 side.
                double tipX = view.toDataX(g.normalX2());
                double tipY = view.toDataY(g.normalY2());
                assertTrue(w1 * tipX + w2 * tipY + b > 0);
            }
        }
        assertTrue(split > 500, split + " lines split the rectangle");
    }

    @Test
    void drawsTwoRegionsTheLineAndTheNormal() {
        geometry.update(0, 1, -0.5);
        RecordingCanvas canvas = new RecordingCanvas();
        geometry.draw(canvas);
        List<String> polygons = canvas.named("fillPolygon");
        // The two regions, then the arrow head on its white casing.
        assertEquals(4, polygons.size());
        assertEquals("fillPolygon 4 0.0,100.0 100.0,100.0 100.0,50.0 0.0,50.0", polygons.get(0));
        assertEquals("fillPolygon 4 100.0,50.0 100.0,0.0 0.0,0.0 0.0,50.0", polygons.get(1));
        // The line and the normal's shaft, each over a white casing (its head 3 px longer).
        assertEquals(List.of("line 100.0 50.0 0.0 50.0", "line 50.0 50.0 50.0 21.0", "line 100.0 50.0 0.0 50.0",
                "line 50.0 50.0 50.0 18.0"), canvas.named("line"));
        assertTrue(canvas.calls.indexOf("setStroke #FFFFFF 5.0") < canvas.calls.indexOf("setStroke #222222 2.0"));
        assertTrue(canvas.calls.indexOf("setFill #F08A24") < canvas.calls.indexOf("setFill #2C6FB7"));
    }

    private void assertSegment(double x1, double y1, double x2, double y2) {
        assertEquals(x1, geometry.lineX1(), 1e-15);
        assertEquals(y1, geometry.lineY1(), 1e-15);
        assertEquals(x2, geometry.lineX2(), 1e-15);
        assertEquals(y2, geometry.lineY2(), 1e-15);
    }
}
