package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import hyperplane.engine.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetCsvTest {
    private static void assertSame(Dataset expected, Dataset actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.problemType(), actual.problemType());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.x1(i)), Double.doubleToRawLongBits(actual.x1(i)));
            assertEquals(Double.doubleToRawLongBits(expected.x2(i)), Double.doubleToRawLongBits(actual.x2(i)));
            assertEquals(Double.doubleToRawLongBits(expected.label(i)), Double.doubleToRawLongBits(actual.label(i)));
            assertEquals(expected.isTrain(i), actual.isTrain(i));
        }
    }

    @Test
    void roundTripIsExactForEveryGenerator() throws FormatException {
        for (DatasetKind kind : DatasetKind.values()) {
            Dataset d = kind.generate(500, 0.3, 0.6, new SeededRandom(kind.ordinal()));
            String csv = DatasetCsv.write(d);
            Dataset back = DatasetCsv.read(csv, kind);
            assertSame(d, back);
            assertEquals(csv, DatasetCsv.write(back));
        }
    }

    @Test
    void roundTripIsExactForThreeAndSixClasses() throws FormatException {
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.GAUSSIANS, DatasetKind.SPIRAL, DatasetKind.PINWHEEL}) {
            for (int k : new int[] {3, 6}) {
                Dataset d = kind.generate(300, 0.2, 0.7, k, new SeededRandom(k));
                String csv = DatasetCsv.write(d);
                assertTrue(csv.contains("," + (k - 1) + ","), "labels are written as whole numbers");
                Dataset back = DatasetCsv.read(csv, kind, k);
                assertSame(d, back);
                assertEquals(csv, DatasetCsv.write(back));
            }
        }
    }

    @Test
    void refusesALabelOfAClassThePlaygroundDoesNotHave() {
        assertEquals("line 3, column 3: class 2 needs 3 classes or more, but there are 2; choose more classes first",
                error("x1,x2,label\n0,0,1\n1,1,2"));
        assertEquals("line 2, column 3: class 5 needs 6 classes or more, but there are 4; choose more classes first",
                error("x1,x2,label\n0,0,5", 4));
        assertEquals("line 2, column 3: a classification label must be a class from 0 to 3 (there are 4 classes), "
                + "not 2.5", error("x1,x2,label\n0,0,2.5", 4));
        assertEquals("line 2, column 3: a classification label must be a class from 0 to 5 (there are 6 classes), "
                + "not 6", error("x1,x2,label\n0,0,6", 6));
        assertEquals("line 2, column 3: a classification label must be a class from 0 to 2 (there are 3 classes), "
                + "not -1", error("x1,x2,label\n0,0,-1", 3));
        assertThrows(IllegalArgumentException.class, () -> DatasetCsv.read("x1,x2,label", DatasetKind.CIRCLE, 7));
        assertThrows(IllegalArgumentException.class, () -> DatasetCsv.read("x1,x2,label", DatasetKind.CIRCLE, 1));
    }

    private static String error(String text, int classes) {
        try {
            DatasetCsv.read(text, DatasetKind.GAUSSIANS, classes);
        } catch (FormatException e) {
            return e.getMessage();
        }
        return fail("accepted: " + text);
    }

    @Test
    void roundTripIsExactForRandomBitsAnywhereInTheCanvas() throws FormatException {
        SeededRandom r = new SeededRandom(11);
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.CIRCLE, DatasetKind.PLANE, DatasetKind.SEVEN_POINTS}) {
            int n = 2000;
            double[] x1 = new double[n];
            double[] x2 = new double[n];
            double[] labels = new double[n];
            boolean[] train = new boolean[n];
            for (int i = 0; i < n; i++) {
                x1[i] = inside(r, kind.minX(), kind.maxX());
                x2[i] = inside(r, kind.minY(), kind.maxY());
                labels[i] = kind.problemType() == ProblemType.REGRESSION ? inside(r, PointsCodec.LABEL_MIN,
                        PointsCodec.LABEL_MAX) : r.nextInt(2);
                train[i] = r.nextInt(2) == 0;
            }
            Dataset d = Dataset.of(x1, x2, labels, train, kind.problemType());
            String csv = DatasetCsv.write(d);
            assertSame(d, DatasetCsv.read(csv, kind));
            assertTrue(csv.length() < DatasetCsv.MAX_CHARS / 4, "2000 points took " + csv.length() + " characters");
        }
    }

    /**
     * A double in [min, max]: a uniform draw, one with random low bits, the smallest subnormal or a multiple of an
     * eighth of the range, a tiny or subnormal one, an edge, or -0.0, so that every layout of the number writer is
     * met.
     */
    private static double inside(SeededRandom r, double min, double max) {
        switch (r.nextInt(6)) {
            case 0:
                return r.nextDouble(min, max);
            case 1:
                double v = Double.longBitsToDouble((Double.doubleToRawLongBits(r.nextDouble(min, max)) & ~0xFFFFFL)
                        | r.nextInt(1 << 20));
                return Math.max(min, Math.min(max, v));
            case 2:
                return r.nextInt(2) == 0 ? Double.MIN_VALUE : min + (max - min) * r.nextInt(9) / 8;
            case 3:
                return Math.max(0, min) + Math.scalb(r.nextDouble(), -r.nextInt(1080));
            case 4:
                return r.nextInt(2) == 0 ? min : max;
            default:
                return -0.0;
        }
    }

    @Test
    void writesHeaderSplitAndShortestExactNumbers() {
        Dataset d = Dataset.of(new double[] {0.8, -1e-7}, new double[] {0.4, 2}, new double[] {0, 1},
                new boolean[] {true, false}, ProblemType.CLASSIFICATION);
        assertEquals("x1,x2,label,split\n0.8,0.4,0,train\n-1e-7,2,1,test\n", DatasetCsv.write(d));
        Dataset regression = Dataset.of(new double[] {0.1 + 0.2, 1e-6}, new double[] {-6, 5.5}, new double[] {-1.25,
            2}, new boolean[] {true, true}, ProblemType.REGRESSION);
        assertEquals("x1,x2,label,split\n0.30000000000000004,-6,-1.25,train\n0.000001,5.5,2,train\n",
                DatasetCsv.write(regression));
    }

    @Test
    void toleratesBomCrLfSpacesCaseAndTrailingBlankLines() throws FormatException {
        Dataset d = DatasetCsv.read("\uFEFF X1 , x2,Label \r\n 1 , -2.5 ,0\r\n3,4e-1,1\r\n\r\n\n",
                DatasetKind.CIRCLE);
        assertEquals(2, d.size());
        assertEquals(-2.5, d.x2(0));
        assertEquals(0.4, d.x2(1));
        assertEquals(1.0, d.label(1));
        assertEquals(2, d.trainCount());
    }

    @Test
    void readsSplitWordsAndRegressionLabels() throws FormatException {
        Dataset d = DatasetCsv.read("x1,x2,label,split\n0,0,0.25,test\n1,1,-2,TRAIN", DatasetKind.PLANE);
        assertFalse(d.isTrain(0));
        assertEquals(0.25, d.label(0));
        assertEquals(-2.0, d.label(1));
        assertEquals(ProblemType.REGRESSION, d.problemType());
    }

    @Test
    void headerOnlyGivesAnEmptyDataset() throws FormatException {
        assertEquals(0, DatasetCsv.read("x1,x2,label\n", DatasetKind.CIRCLE).size());
    }

    @Test
    void acceptsPointsOnTheEdgeOfTheCanvas() throws FormatException {
        Dataset d = DatasetCsv.read("x1,x2,label\n6,-6,0\n-6,6,1\n-6.0,6e0,1\n", DatasetKind.XOR);
        assertEquals(6.0, d.x1(0));
        assertEquals(-6.0, d.x2(0));
        assertEquals(-6.0, d.x1(1));
        assertEquals(6.0, d.x2(1));
        Dataset seven = DatasetCsv.read("x1,x2,label\n0,1,0\n1,0,1\n", DatasetKind.SEVEN_POINTS);
        assertEquals(1.0, seven.x1(1));
        Dataset plane = DatasetCsv.read("x1,x2,label\n0,0,2\n0,0,-2\n", DatasetKind.PLANE);
        assertEquals(-2.0, plane.label(1));
    }

    @Test
    void refusesPointsOutsideTheCanvasNamingLineColumnValueAndRange() {
        assertEquals("line 2, column 1: x1 = 100 is outside the canvas, which spans -6 to 6",
                error("x1,x2,label\n100,100,0"));
        assertEquals("line 3, column 2: x2 = -50 is outside the canvas, which spans -6 to 6",
                error("x1,x2,label\n1,1,1\n1,-50,0"));
        assertEquals("line 2, column 1: x1 = 1e308 is outside the canvas, which spans -6 to 6",
                error("x1,x2,label\n1e308,0,1"));
        assertEquals("line 2, column 2: x2 = 6.000000000000001 is outside the canvas, which spans -6 to 6",
                error("x1,x2,label\n0,6.000000000000001,1"));
        assertEquals("line 2, column 1: x1 = 1.5 is outside the canvas, which spans 0 to 1",
                error("x1,x2,label\n1.5,0.5,1", DatasetKind.SEVEN_POINTS));
        assertEquals("line 2, column 2: x2 = -0.01 is outside the canvas, which spans 0 to 1",
                error("x1,x2,label\n0.5,-0.01,1", DatasetKind.SEVEN_POINTS));
    }

    @Test
    void refusesRegressionTargetsOutsideWhatALinkHolds() {
        assertEquals("line 2, column 3: label = 3 is outside the range of regression targets, -2 to 2",
                error("x1,x2,label\n0,0,3", DatasetKind.PLANE));
        assertEquals("line 3, column 3: label = -2.5 is outside the range of regression targets, -2 to 2",
                error("x1,x2,label,split\n0,0,1,train\n0,0,-2.5,test", DatasetKind.MULTI_GAUSSIAN));
    }

    private static String error(String text) {
        return error(text, DatasetKind.CIRCLE);
    }

    private static String error(String text, DatasetKind domain) {
        try {
            DatasetCsv.read(text, domain);
        } catch (FormatException e) {
            return e.getMessage();
        }
        return fail("accepted: " + text);
    }

    @Test
    void namesTheLineAndColumnOfEachProblem() {
        assertEquals("the file is empty", error(""));
        assertEquals("the file is empty", error("\n \r\n"));
        assertEquals("line 1: the header must be x1,x2,label or x1,x2,label,split, not \"x,y,class\"",
                error("x,y,class\n1,2,0"));
        assertEquals("line 1: the header must be x1,x2,label or x1,x2,label,split, not \"x1,x2,label,group\"",
                error("x1,x2,label,group\n"));
        assertEquals("line 3: 2 fields but the header has 3", error("x1,x2,label\n1,2,0\n1,2\n"));
        assertEquals("line 2: 1 field but the header has 3", error("x1,x2,label\n\n1,2,0\n"));
        assertEquals("line 2, column 2: x2 must be a number, not \"abc\"", error("x1,x2,label\n1,abc,0"));
        assertEquals("line 2, column 1: x1 must be a number, not \"NaN\"", error("x1,x2,label\nNaN,1,0"));
        assertEquals("line 2, column 1: x1 must be a number, not \"Infinity\"", error("x1,x2,label\nInfinity,1,0"));
        assertEquals("line 2, column 2: x2 (1e400) is too large", error("x1,x2,label\n1,1e400,0"));
        assertEquals("line 2, column 1: x1 (-1e400) is too large", error("x1,x2,label\n-1e400,1,0"));
        assertEquals("line 2, column 3: a classification label must be 0 or 1, not 0.5", error("x1,x2,label\n1,1,0.5"));
        assertEquals("line 2, column 4: split must be train or test, not \"validation\"",
                error("x1,x2,label,split\n1,1,1,validation"));
        assertEquals("line 2, column 3: character U+0000 does not belong in a CSV file (is it binary data?)",
                error("x1,x2,label\n1,\u0000"));
        assertEquals("the file has 1048577 characters, more than the 1048576 that 2000 points can need",
                error("x".repeat(DatasetCsv.MAX_CHARS + 1)));
        StringBuilder many = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i <= PlaygroundConfig.MAX_POINTS; i++) {
            many.append("1,2,0\n");
        }
        assertEquals("line 2002: more than 2000 points", error(many.toString()));
    }

    @Test
    void hostileTextOnlyEverThrowsFormatException() {
        SeededRandom r = new SeededRandom(5);
        String valid = DatasetCsv.write(DatasetKind.SPIRAL.generate(40, 0.1, 0.5, new SeededRandom(1)));
        List<String> inputs = new ArrayList<>();
        String mutations = "x12,.-+eE\n\r \u0000tes\uFEFF9";
        for (int i = 0; i < 200; i++) {
            inputs.add(valid.substring(0, r.nextInt(valid.length())));
            char[] c = valid.toCharArray();
            for (int m = 0; m < 1 + r.nextInt(4); m++) {
                c[r.nextInt(c.length)] = mutations.charAt(r.nextInt(mutations.length()));
            }
            inputs.add(new String(c));
            char[] bytes = new char[r.nextInt(80)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (char) r.nextInt(256);
            }
            inputs.add(new String(bytes));
        }
        inputs.add("x1,x2,label\n" + "9".repeat(5000) + ",1,0");
        inputs.add("x1,x2,label\n" + ",".repeat(100000));
        for (String s : inputs) {
            for (DatasetKind kind : DatasetKind.values()) {
                try {
                    DatasetCsv.read(s, kind);
                } catch (FormatException e) {
                    assertFalse(e.getMessage().isEmpty());
                } catch (RuntimeException e) {
                    fail("threw " + e + " for " + s, e);
                }
            }
        }
    }

    @Test
    void rejectsNullArguments() {
        assertThrows(IllegalArgumentException.class, () -> DatasetCsv.write(null));
        assertThrows(IllegalArgumentException.class, () -> DatasetCsv.read("x1,x2,label", null));
        assertEquals("the file is empty", assertThrows(FormatException.class,
                () -> DatasetCsv.read(null, DatasetKind.PLANE)).getMessage());
    }
}
