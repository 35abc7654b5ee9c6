package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import hyperplane.engine.SeededRandom;
import org.junit.jupiter.api.Test;

/** The playground's own points in a link with 3 … 6 classes; two-class points keep the bytes they always had. */
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
            Dataset q = PointsCodec.decode(text, DatasetKind.GAUSSIANS, ProblemType.CLASSIFICATION, k);
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
    void classesTakeBitZeroAndBitsTwoToFour() throws FormatException {
        // Bytes 01, 0000, FFFF, flags 2 (test) | class 2 → 0 in bit 0, 1 in bits 2–4 = 0x06 → "AQAA__8G".
        Dataset one = Dataset.of(new double[] {-6}, new double[] {6}, new double[] {2}, new boolean[] {false},
                ProblemType.CLASSIFICATION);
        assertEquals("AQAA__8G", PointsCodec.encode(one, DatasetKind.CIRCLE));
        Dataset back = PointsCodec.decode("AQAA__8J", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION, 6);
        assertEquals(5, back.label(0), 0); // flags 0x09: class 1 + 2 · 2 = 5, training
        assertTrue(back.isTrain(0));
    }

    @Test
    void twoClassPointsKeepTheirBytesAndOldLinksOpenUnchanged() throws FormatException {
        Dataset old = PointsCodec.decode("AQAA__8D", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION, 3);
        assertEquals(1, old.size());
        assertEquals(-6, old.x1(0), 0);
        assertEquals(6, old.x2(0), 0);
        assertEquals(1, old.label(0), 0);
        assertTrue(!old.isTrain(0));
        assertEquals("AQAA__8D", PointsCodec.encode(old, DatasetKind.CIRCLE));
    }

    @Test
    void refusesAClassTheConfigurationDoesNotHaveAndStrayBits() {
        FormatException e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("AQAA__8F", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION, 3));
        assertEquals("point 1 is of class 3, but there are 3 classes, 0 to 2", e.getMessage());
        e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("AQAA__8M", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION, 6));
        assertEquals("point 1 is of class 6, but there are 6 classes, 0 to 5", e.getMessage());
        e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("AQAA__8g", DatasetKind.CIRCLE, ProblemType.CLASSIFICATION, 6));
        assertEquals("point 1 has unknown flags 32", e.getMessage());
        e = assertThrows(FormatException.class,
                () -> PointsCodec.decode("AQAA__8G", DatasetKind.PLANE, ProblemType.REGRESSION, 2));
        assertEquals("classification points, but the problem is regression", e.getMessage());
    }
}
