package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.MultiClassPerceptron;
import hyperplane.engine.SeededRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassRegionsTest {
    /** The unit square on 100 × 100 px. */
    private final Viewport unit = new Viewport(0, 1, 0, 1, 0, 0, 100, 100);
    private final ClassRegions regions = new ClassRegions(unit);

    @Test
    void threeVerticalStripes() {
        // Scores −x₁·3 + 1, 0, 3x₁ − 2: class 0 left of x₁ = 1/3, class 2 right of 2/3, class 1 between.
        regions.update(new double[] {-3, 0, 1, 0, 0, 0, 3, 0, -2}, 3);
        assertEquals(1.0 / 3, regions.regionArea(0), 1e-12);
        assertEquals(1.0 / 3, regions.regionArea(1), 1e-12);
        assertEquals(1.0 / 3, regions.regionArea(2), 1e-12);
        // Two lines, 0|1 at x₁ = 1/3 and 1|2 at x₁ = 2/3; 0|2 never both largest, so no segment.
        assertEquals(2, regions.segmentCount());
        for (int s = 0; s < 2; s++) {
            double x = regions.segmentFirst(s) == 0 ? 1.0 / 3 : 2.0 / 3;
            assertEquals(regions.segmentFirst(s) + 1, regions.segmentSecond(s));
            assertEquals(x, regions.segmentX1(s), 1e-12);
            assertEquals(x, regions.segmentX2(s), 1e-12);
            assertEquals(1, Math.abs(regions.segmentY2(s) - regions.segmentY1(s)), 1e-12);
        }
    }

    @Test
    void zeroWeightsAreAllClassZeroByTheTieRule() {
        regions.update(new double[9], 3);
        assertEquals(1, regions.regionArea(0));
        assertEquals(0, regions.regionCount(1));
        assertEquals(0, regions.regionCount(2));
        assertEquals(0, regions.segmentCount());
    }

    @Test
    void rowsEqualButForTheBiasGiveTheWholeSquareToTheLargerBias() {
        regions.update(new double[] {1, 1, 0, 1, 1, 0.5, 0, 0, -5}, 3);
        assertEquals(0, regions.regionCount(0));
        assertEquals(1, regions.regionArea(1), 1e-12);
        assertEquals(0, regions.regionCount(2));
    }

    @Test
    void regionsTileTheSquareAndAgreeWithThePrediction() {
        SeededRandom random = new SeededRandom(4);
        double[] point = new double[2];
        for (int trial = 0; trial < 200; trial++) {
            int k = 2 + trial % 5;
            MultiClassPerceptron p = new MultiClassPerceptron(2, k, 1);
            p.randomizeWeights(random);
            regions.update(p.weights(), k);
            double total = 0;
            for (int c = 0; c < k; c++) {
                total += regions.regionArea(c);
            }
            assertEquals(1, total, 1e-9, "trial " + trial);
            for (int probe = 0; probe < 20; probe++) {
                point[0] = random.nextDouble();
                point[1] = random.nextDouble();
                int c = p.predict(point, 0);
                assertTrue(contains(c, point[0], point[1]), "trial " + trial + ": class " + c + " at ("
                        + point[0] + ", " + point[1] + ")");
            }
            for (int s = 0; s < regions.segmentCount(); s++) {
                // Both ends lie where the pair's scores are equal and no other class scores more.
                checkOnBoundary(p, regions.segmentFirst(s), regions.segmentSecond(s), regions.segmentX1(s),
                        regions.segmentY1(s));
                checkOnBoundary(p, regions.segmentFirst(s), regions.segmentSecond(s), regions.segmentX2(s),
                        regions.segmentY2(s));
            }
        }
    }

    private static void checkOnBoundary(MultiClassPerceptron p, int i, int j, double x, double y) {
        double[] at = {x, y};
        double si = p.score(i, at, 0);
        assertEquals(si, p.score(j, at, 0), 1e-9);
        for (int m = 0; m < p.classes(); m++) {
            assertTrue(p.score(m, at, 0) <= si + 1e-9);
        }
        assertTrue(x >= -1e-12 && x <= 1 + 1e-12 && y >= -1e-12 && y <= 1 + 1e-12);
    }

    /** Whether (x, y) lies in class c's convex polygon (edges included), by the sign of each edge's cross product. */
    private boolean contains(int c, double x, double y) {
        int n = regions.regionCount(c);
        if (n < 3) {
            return false;
        }
        for (int v = 0; v < n; v++) {
            int w = v + 1 == n ? 0 : v + 1;
            double cross = (regions.regionX(c, w) - regions.regionX(c, v)) * (y - regions.regionY(c, v))
                    - (regions.regionY(c, w) - regions.regionY(c, v)) * (x - regions.regionX(c, v));
            if (cross < -1e-9) {
                return false;
            }
        }
        return true;
    }

    @Test
    void drawsAWhiteGroundThenEachRegionInItsClassColourThenTheLines() {
        regions.update(new double[] {-3, 0, 1, 0, 0, 0, 3, 0, -2}, 3);
        RecordingCanvas canvas = new RecordingCanvas();
        canvas.theme = Theme.DARK; // the picture is the same on a dark page
        regions.draw(canvas);
        List<String> fills = canvas.named("setFill");
        assertEquals(List.of("setFill #FFFFFF", "setFill #F08A24", "setFill #2C6FB7", "setFill #00C690"), fills);
        assertEquals(1, canvas.named("fillRect").size());
        assertEquals(3, canvas.named("fillPolygon").size());
        assertEquals(2, canvas.named("line").size());
        assertTrue(canvas.calls.indexOf("setAlpha 1.0") < canvas.calls.indexOf(canvas.named("line").get(0)));
    }

    @Test
    void nanWeightsDrawNothing() {
        regions.update(new double[] {Double.NaN, 0, 0, 1, 0, 0, 0, 1, 0}, 3);
        assertEquals(0, regions.regionCount(0) + regions.regionCount(1) + regions.regionCount(2));
        assertEquals(0, regions.segmentCount());
    }

    @Test
    void refusesAClassCountItCannotColour() {
        assertThrows(IllegalArgumentException.class, () -> regions.update(new double[21], 7));
        assertThrows(IllegalArgumentException.class, () -> regions.update(new double[6], 3));
    }
}
