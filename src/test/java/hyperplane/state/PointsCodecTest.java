package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import hyperplane.engine.SeededRandom;
import org.junit.jupiter.api.Test;

/** The compact points encoding with more than two classes (layout 3); two classes keep layout 1's bytes. */
class PointsCodecTest {
    private static Dataset points(int classes, int n, int seed) {
        SeededRandom r = new SeededRandom(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        boolean[] train = new boolean[n];
        for (int i = 0; i < n; i++) {
            x1[i] = r.nextDouble(-6, 6);
            x2[i] = r.nextDouble(-6, 6);
            y[i] = i < classes ? i : r.nextInt(classes); // every class at least once
            train[i] = r.nextInt(3) > 0;
        }
        return Dataset.of(x1, x2, y, train, ProblemType.CLASSIFICATION);
    }

    @Test
    void threeAndSixClassesRoundTripWithinTheQuantization() throws FormatException {
        double tolerance = 12.0 / 65535 / 2 + 1e-12;
        for (int k : new int[] {3, 6}) {
            Dataset p = points(k, 400, k);
            String text = PointsCodec.encode(p, DatasetKind.GAUSSIANS);
            assertEquals(3, PointsCodec.unbase64(text)[0], "layout 3");
            Dataset q = PointsCodec.decode(text, DatasetKind.GAUSSIANS, ProblemType.CLASSIFICATION);
            assertEquals(p.size(), q.size());
            for (int i = 0; i < p.size(); i++) {
                assertEquals(p.x1(i), q.x1(i), tolerance);
                assertEquals(p.x2(i), q.x2(i), tolerance);
                assertEquals(p.label(i), q.label(i), 0);
                assertEquals(p.isTrain(i), q.isTrain(i));
            }
            assertEquals(text, PointsCodec.encode(q, DatasetKind.GAUSSIANS), "encode ∘ decode ∘ encode = encode");
            assertEquals(k, q.classCount());
        }
    }

    @Test
    void classTwoAndTheTestSplitTakeTheirBits() throws FormatException {
        // Bytes 03, 0000, FFFF, flags (2 << 2) | 2 = 0x0A → "AwAA__8K".
        Dataset one = Dataset.of(new double[] {-6}, new double[] {6}, new double[] {2}, new boolean[] {false},
                ProblemType.CLASSIFICATION);
        assertEquals("AwAA__8K", PointsCodec.encode(one, DatasetKind.CIRCLE));
        Dataset back = PointsCodec.decode("AwAA__8U", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION);
        assertEquals(5, back.label(0), 0); // flags 0x14 = class 5, training
        assertTrue(back.isTrain(0));
    }

    @Test
    void twoClassPointsKeepTheirOldLayoutAndOldLinksOpenUnchanged() throws FormatException {
        Dataset two = points(2, 50, 1);
        String text = PointsCodec.encode(two, DatasetKind.CIRCLE);
        assertEquals(1, PointsCodec.unbase64(text)[0], "layout 1");
        // A link written before more classes existed: class 1, test split at (−6, 6).
        Dataset old = PointsCodec.decode("AQAA__8D", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION);
        assertEquals(1, old.size());
        assertEquals(-6, old.x1(0), 0);
        assertEquals(6, old.x2(0), 0);
        assertEquals(1, old.label(0), 0);
        assertTrue(!old.isTrain(0));
    }

    @Test
    void refusesAClassBeyondSixAndStrayBits() {
        FormatException e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("AwAA__8Y", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION));
        assertEquals("point 1 has class 6, more than the 6 classes there can be", e.getMessage());
        e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("AwAA__8B", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION));
        assertEquals("point 1 has unknown flags 1", e.getMessage());
        e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("AwAA__8g", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION));
        assertEquals("point 1 has unknown flags 32", e.getMessage());
        e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("AwAA__8K", DatasetKind.PLANE, ProblemType.REGRESSION));
        assertEquals("classification points, but the problem is regression", e.getMessage());
        e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("BAAA__8K", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION));
        assertEquals("unknown layout 4", e.getMessage());
    }
}
