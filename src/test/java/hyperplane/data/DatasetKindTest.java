package hyperplane.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.SeededRandom;
import org.junit.jupiter.api.Test;

class DatasetKindTest {
    @Test
    void sevenPointsAreExactInOrderAndAllTrain() {
        Dataset d = DatasetKind.SEVEN_POINTS.generate(300, 0.5, 0.5, null);
        double[][] expected = {{0.8, 0.4, 0}, {0.3, 0.1, 0}, {0.8, 0.8, 1}, {0.4, 0.6, 1}, {0.6, 0.8, 1},
            {0.4, 0.2, 0}, {0.4, 0.5, 1}};
        assertEquals(7, d.size());
        assertEquals(7, d.trainCount());
        for (int i = 0; i < 7; i++) {
            assertEquals(expected[i][0], d.x1(i), 0);
            assertEquals(expected[i][1], d.x2(i), 0);
            assertEquals(expected[i][2], d.label(i), 0);
        }
        assertEquals(0, DatasetKind.SEVEN_POINTS.minX(), 0);
        assertEquals(1, DatasetKind.SEVEN_POINTS.maxY(), 0);
        assertEquals(ProblemType.CLASSIFICATION, d.problemType());
    }

    @Test
    void generatedSetsHaveSizeSplitBalanceAndFiniteValues() {
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind == DatasetKind.SEVEN_POINTS) {
                continue;
            }
            for (double noise : new double[] {0, 0.25, 0.5}) {
                Dataset d = kind.generate(301, noise, 0.7, new SeededRandom(5));
                assertEquals(301, d.size(), kind.key());
                assertEquals(211, d.trainCount(), kind + ": round(301 · 0.7) = 211");
                assertEquals(90, d.testCount());
                assertSame(kind.problemType(), d.problemType());
                int ones = 0;
                for (int i = 0; i < d.size(); i++) {
                    assertTrue(Double.isFinite(d.x1(i)) && Double.isFinite(d.x2(i)) && Double.isFinite(d.label(i)));
                    assertTrue(d.x1(i) >= kind.minX() && d.x1(i) <= kind.maxX(), kind + " x1 " + d.x1(i));
                    assertTrue(d.x2(i) >= kind.minY() && d.x2(i) <= kind.maxY(), kind + " x2 " + d.x2(i));
                    if (d.label(i) == 1) {
                        ones++;
                    }
                }
                if (kind == DatasetKind.GAUSSIANS || kind == DatasetKind.SPIRAL
                        || kind == DatasetKind.CIRCLE && noise == 0) {
                    // Labels come from the generating class: exactly count/2 ones.
                    assertEquals(150, ones, kind + " noise " + noise);
                } else if (kind == DatasetKind.XOR) {
                    // Labels depend on the quadrant the (noisy) points fall in: balanced only on average.
                    // (A noisy circle is not balanced at all: noise pushes inner points out, as in Playground.)
                    assertTrue(ones > 110 && ones < 190, kind + " noise " + noise + ": " + ones + " ones");
                }
            }
        }
    }

    @Test
    void noiseFreeCircleIsSeparatedByAnEmptyRing() {
        Dataset d = DatasetKind.CIRCLE.generate(1000, 0, 0.5, new SeededRandom(1));
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x1(i), d.x2(i));
            if (d.label(i) == 1) {
                assertTrue(r <= 2.5, "inner point at r = " + r);
            } else {
                assertTrue(r >= 3.5 && r <= 5, "outer point at r = " + r);
            }
        }
    }

    @Test
    void noiseFreeXorAndRegressionTargetsFollowTheirFormulas() {
        Dataset xor = DatasetKind.XOR.generate(400, 0, 0.5, new SeededRandom(2));
        for (int i = 0; i < xor.size(); i++) {
            assertTrue(Math.abs(xor.x1(i)) >= 0.3 && Math.abs(xor.x2(i)) >= 0.3);
            assertEquals(xor.x1(i) * xor.x2(i) >= 0 ? 1 : 0, xor.label(i), 0);
        }
        Dataset plane = DatasetKind.PLANE.generate(400, 0, 0.5, new SeededRandom(3));
        for (int i = 0; i < plane.size(); i++) {
            assertEquals((plane.x1(i) + plane.x2(i)) / 10, plane.label(i), 1e-15);
        }
        assertEquals(1, DatasetKind.bumps(-4, 2.5), 0);
        assertEquals(-1, DatasetKind.bumps(0, 2.5), 0);
        assertEquals(0.5, DatasetKind.bumps(4, 1.5), 1e-15);
        assertEquals(-0.25, DatasetKind.bumps(4, -1), 1e-15);
        assertEquals(0, DatasetKind.bumps(-6, 0), 0);
    }

    @Test
    void sameSeedGivesSameDataAndOtherSeedsDiffer() {
        for (DatasetKind kind : DatasetKind.values()) {
            Dataset a = kind.generate(50, 0.1, 0.5, new SeededRandom(9));
            Dataset b = kind.generate(50, 0.1, 0.5, new SeededRandom(9));
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.x1(i), b.x1(i), 0);
                assertEquals(a.x2(i), b.x2(i), 0);
                assertEquals(a.label(i), b.label(i), 0);
                assertEquals(a.isTrain(i), b.isTrain(i));
            }
        }
        assertNotEquals(DatasetKind.SPIRAL.generate(50, 0.1, 0.5, new SeededRandom(1)).x1(0),
                DatasetKind.SPIRAL.generate(50, 0.1, 0.5, new SeededRandom(2)).x1(0));
    }

    @Test
    void rejectsBadArgumentsWithMessages() {
        SeededRandom r = new SeededRandom(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetKind.CIRCLE.generate(0, 0, 0.5, r));
        assertEquals("count (0) must be in 1..10000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DatasetKind.XOR.generate(10, 0.6, 0.5, r));
        assertEquals("noise (0.6) must be in 0..0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DatasetKind.XOR.generate(10, Double.NaN, 0.5, r));
        assertEquals("noise (NaN) must be in 0..0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DatasetKind.XOR.generate(10, 0, 0.95, r));
        assertEquals("trainRatio (0.95) must be in 0.1..0.9", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatasetKind.XOR.generate(10, 0, 0.5, null));
        e = assertThrows(IllegalArgumentException.class, () -> DatasetKind.fromKey("moons"));
        assertTrue(e.getMessage().contains("moons"));
    }

    /**
     * The two-class sets give the points they gave before K classes existed, bit for bit: a hash of every
     * coordinate's bits, label and split, recorded from the two-class generators (301 points, ratio 0.7).
     */
    @Test
    void twoClassSetsAreUnchangedBitForBit() {
        Object[][] expected = {
            {DatasetKind.CIRCLE, 0.0, 1, 2862370986209585413L}, {DatasetKind.CIRCLE, 0.3, 42, -4003404202943235131L},
            {DatasetKind.XOR, 0.0, 1, -4695043127998295939L}, {DatasetKind.XOR, 0.3, 42, -3085201577820110397L},
            {DatasetKind.GAUSSIANS, 0.0, 1, 4825270774361052637L},
            {DatasetKind.GAUSSIANS, 0.3, 42, 7038209268749592577L},
            {DatasetKind.SPIRAL, 0.0, 1, -866168491123593928L}, {DatasetKind.SPIRAL, 0.3, 42, 5902945451642332410L},
            {DatasetKind.PLANE, 0.3, 1, 5647335484683249400L},
            {DatasetKind.MULTI_GAUSSIAN, 0.3, 42, -5943430237405711943L},
        };
        for (Object[] row : expected) {
            DatasetKind kind = (DatasetKind) row[0];
            Dataset d = kind.generate(301, (Double) row[1], 0.7, new SeededRandom((Integer) row[2]));
            assertEquals((long) (Long) row[3], hash(d), kind + " noise " + row[1] + " seed " + row[2]);
            Dataset two = kind.generate(301, (Double) row[1], 0.7, 2, new SeededRandom((Integer) row[2]));
            assertEquals(hash(d), hash(two));
        }
    }

    private static long hash(Dataset d) {
        long h = 17;
        for (int i = 0; i < d.size(); i++) {
            h = h * 31 + Double.doubleToLongBits(d.x1(i));
            h = h * 31 + Double.doubleToLongBits(d.x2(i));
            h = h * 31 + Double.doubleToLongBits(d.label(i));
            h = h * 31 + (d.isTrain(i) ? 1 : 0);
        }
        return h;
    }

    @Test
    void manyClassSetsGiveEveryClassItsShare() {
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.GAUSSIANS, DatasetKind.SPIRAL, DatasetKind.PINWHEEL}) {
            assertTrue(kind.manyClasses());
            for (int k = 2; k <= Dataset.MAX_CLASSES; k++) {
                Dataset d = kind.generate(303, 0, 0.5, k, new SeededRandom(4));
                int[] counts = new int[k];
                for (int i = 0; i < d.size(); i++) {
                    counts[(int) d.label(i)]++;
                    assertTrue(Math.abs(d.x1(i)) <= 6 && Math.abs(d.x2(i)) <= 6);
                }
                for (int c = 1; c < k; c++) {
                    assertEquals(303 / k, counts[c], kind + " K=" + k + " class " + c);
                }
                assertEquals(303 - (k - 1) * (303 / k), counts[0]);
                assertEquals(k, d.classCount());
            }
        }
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.CIRCLE, DatasetKind.XOR, DatasetKind.PLANE,
            DatasetKind.SEVEN_POINTS}) {
            assertTrue(!kind.manyClasses());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> kind.generate(30, 0, 0.5, 3, new SeededRandom(1)));
            assertEquals("classes (3) must be 2 for " + kind.key(), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetKind.SPIRAL.generate(30, 0, 0.5, 7, new SeededRandom(1)));
        assertEquals("classes (7) must be 2..6 for spiral", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatasetKind.SPIRAL.generate(30, 0, 0.5, 1,
                new SeededRandom(1)));
    }

    @Test
    void fewerPointsThanClassesAllGoToClassZero() {
        Dataset d = DatasetKind.SPIRAL.generate(2, 0, 0.5, 3, new SeededRandom(1));
        assertEquals(0, d.label(0), 0);
        assertEquals(0, d.label(1), 0);
        assertEquals(0, DatasetKind.GAUSSIANS.generate(1, 0, 0.5, new SeededRandom(1)).label(0), 0);
    }

    @Test
    void blobsSitOnACircleAndArmsTurnTogether() {
        Dataset d = DatasetKind.GAUSSIANS.generate(600, 0, 0.5, 4, new SeededRandom(8));
        double[] sx = new double[4];
        double[] sy = new double[4];
        for (int i = 0; i < d.size(); i++) {
            sx[(int) d.label(i)] += d.x1(i) / 150;
            sy[(int) d.label(i)] += d.x2(i) / 150;
        }
        for (int c = 0; c < 4; c++) {
            double angle = 1.25 * Math.PI + 2 * Math.PI * c / 4;
            assertEquals(3.5 * Math.cos(angle), sx[c], 0.15, "centre of class " + c);
            assertEquals(3.5 * Math.sin(angle), sy[c], 0.15);
        }
        // Noise-free arms: the first point of every arm is the origin, then each arm's angle is 2π/K behind.
        Dataset spiral = DatasetKind.SPIRAL.generate(300, 0, 0.5, 3, new SeededRandom(8));
        for (int i = 0; i < spiral.size(); i++) {
            double r = Math.hypot(spiral.x1(i), spiral.x2(i));
            assertTrue(r <= 5);
        }
    }

    @Test
    void noiseFreePinwheelLabelsAreTheirSectors() {
        for (int k = 2; k <= 6; k++) {
            Dataset d = DatasetKind.PINWHEEL.generate(500, 0, 0.5, k, new SeededRandom(k));
            int agree = 0;
            for (int i = 0; i < d.size(); i++) {
                assertTrue(Math.hypot(d.x1(i), d.x2(i)) <= 5 + 1e-12);
                if (DatasetKind.pinwheelClass(d.x1(i), d.x2(i), k) == d.label(i)) {
                    agree++;
                }
            }
            assertTrue(agree >= 499, "K=" + k + ": " + agree + " of 500 in their own sector");
        }
        // Near the centre the sectors are straight; further out they turn by up to 3 radians.
        assertEquals(0, DatasetKind.pinwheelClass(0.01, 0.0001, 4));
        assertEquals(1, DatasetKind.pinwheelClass(-0.0001, 0.01, 4));
        assertEquals(3, DatasetKind.pinwheelClass(0.01, -0.0001, 4));
        assertEquals(0, DatasetKind.pinwheelClass(5 * Math.cos(-2.9), 5 * Math.sin(-2.9), 4));
    }

    @Test
    void keysRoundTrip() {
        for (DatasetKind k : DatasetKind.values()) {
            assertSame(k, DatasetKind.fromKey(k.key()));
        }
        for (ProblemType t : ProblemType.values()) {
            assertSame(t, ProblemType.fromKey(t.key()));
        }
        assertEquals("multi-gaussian", DatasetKind.MULTI_GAUSSIAN.key());
        assertEquals(-6, DatasetKind.CIRCLE.minX(), 0);
        assertEquals(6, DatasetKind.SPIRAL.maxX(), 0);
    }
}
