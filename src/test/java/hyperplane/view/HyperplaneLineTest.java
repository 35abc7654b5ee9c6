package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.SeededRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The segment of w·x + b = 0 inside the playground's domain [−6, 6]², on 240 × 240 px, and its normal. */
class HyperplaneLineTest {
    private final Viewport domain = new Viewport(-6, 6, -6, 6, 0, 0, 240, 240);
    private final HyperplaneLine line = new HyperplaneLine(domain);

    @Test
    void aLineCrossingTwoOppositeSidesIsCutAtBoth() {
        // x1 = 3 (w = (2, 0), b = −6): bottom edge at (3, −6), top edge at (3, 6).
        assertTrue(line.update(2, 0, -6));
        assertSegment(3, -6, 3, 6);
        // The normal leaves the midpoint (180, 120) px towards larger x1.
        assertEquals(180, line.normalX1(), 1e-12);
        assertEquals(120, line.normalY1(), 1e-12);
        assertEquals(180 + HyperplaneLine.NORMAL_LENGTH, line.normalX2(), 1e-12);
        assertEquals(120, line.normalY2(), 1e-12);
    }

    @Test
    void aLineCrossingTwoAdjacentSidesCutsOffACorner() {
        // x1 + x2 = 9 meets the right edge at (6, 3) and the top edge at (3, 6).
        assertTrue(line.update(1, 1, -9));
        assertSegment(6, 3, 3, 6);
        double step = HyperplaneLine.NORMAL_LENGTH / Math.sqrt(2);
        // Up and to the right on screen: towards x1 + x2 > 9.
        assertEquals(line.normalX1() + step, line.normalX2(), 1e-12);
        assertEquals(line.normalY1() - step, line.normalY2(), 1e-12);
    }

    @Test
    void aLineThroughTwoCornersIsTheDiagonal() {
        assertTrue(line.update(1, -1, 0));
        assertSegment(-6, -6, 6, 6);
    }

    @Test
    void aLineMeetingOneSideOnlyAtACornerIsNoSegment() {
        // x1 + x2 = 12 touches the top-right corner and nothing else.
        assertFalse(line.update(1, 1, -12));
    }

    @Test
    void aLineMissingEverySideIsNoSegment() {
        assertFalse(line.update(1, 0, -7));
        assertFalse(line.update(0, -1, -6.5));
        assertFalse(line.update(3, 4, 100));
    }

    @Test
    void zeroWeightsDrawNothingWhateverTheBias() {
        for (double b : new double[] {-1, 0, 1}) {
            assertFalse(line.update(0, 0, b), "b = " + b);
            for (int c = 0; c < 4; c++) {
                assertFalse(line.edgeCrossed(c));
                assertEquals(b, line.cornerS(c));
            }
        }
    }

    @Test
    void nanDrawsNothing() {
        assertFalse(line.update(Double.NaN, 1, 0));
        assertFalse(line.update(1, 1, Double.NaN));
    }

    @Test
    void everySegmentLiesOnItsLineAndOnTheBoundaryAndTheNormalPointsUphill() {
        SeededRandom random = new SeededRandom(11);
        int segments = 0;
        for (int n = 0; n < 2000; n++) {
            double w1 = random.nextDouble() * 4 - 2;
            double w2 = random.nextDouble() * 4 - 2;
            double b = random.nextDouble() * 16 - 8;
            if (!line.update(w1, w2, b)) {
                continue;
            }
            segments++;
            assertEquals(0, w1 * line.lineX1() + w2 * line.lineY1() + b, 1e-9);
            assertEquals(0, w1 * line.lineX2() + w2 * line.lineY2() + b, 1e-9);
            assertTrue(onBoundary(line.lineX1(), line.lineY1()) && onBoundary(line.lineX2(), line.lineY2()));
            double tipX = domain.toDataX(line.normalX2());
            double tipY = domain.toDataY(line.normalY2());
            assertTrue(w1 * tipX + w2 * tipY + b > 0);
        }
        assertTrue(segments > 1000, segments + " segments");
    }

    @Test
    void drawsTheLineAndTheArrowInTheirColourOverAWhiteCasing() {
        line.update(0, 1, 0);
        RecordingCanvas canvas = new RecordingCanvas();
        line.draw(canvas, 0x882255, 2);
        assertEquals(List.of("line 240.0 120.0 0.0 120.0", "line 120.0 120.0 120.0 91.0",
                "line 240.0 120.0 0.0 120.0", "line 120.0 120.0 120.0 88.0"), canvas.named("line"));
        assertTrue(canvas.calls.indexOf("setStroke #FFFFFF 5.0") < canvas.calls.indexOf("setStroke #882255 2.0"));
        assertEquals(2, canvas.named("fillPolygon").size());
        RecordingCanvas none = new RecordingCanvas();
        line.update(0, 0, 1);
        line.draw(none, 0x882255, 2);
        assertTrue(none.calls.isEmpty());
    }

    private boolean onBoundary(double x, double y) {
        double e = 1e-9;
        boolean inside = x >= -6 - e && x <= 6 + e && y >= -6 - e && y <= 6 + e;
        return inside && (Math.abs(Math.abs(x) - 6) < e || Math.abs(Math.abs(y) - 6) < e);
    }

    private void assertSegment(double x1, double y1, double x2, double y2) {
        assertEquals(x1, line.lineX1(), 1e-12);
        assertEquals(y1, line.lineY1(), 1e-12);
        assertEquals(x2, line.lineX2(), 1e-12);
        assertEquals(y2, line.lineY2(), 1e-12);
    }
}
