package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** p.classes and K-class own points in the perceptron view's link. */
class PerceptronClassesTest {

    private static Map<String, String> link(PerceptronSettings s) {
        Map<String, String> out = new HashMap<>();
        s.encode().forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Own points (none yet), where any K from 2 to 6 may be chosen. */
    private static PerceptronSettings mine() {
        return PerceptronSettings.defaults().withPoints(Dataset.empty());
    }

    private static Dataset ofClasses(int k) {
        Dataset d = Dataset.empty();
        for (int c = 0; c < k; c++) {
            d = d.withPoint(0.1 + 0.15 * c, 0.9 - 0.1 * c, c, c % 2 == 0);
        }
        return d;
    }

    @Test
    void threeAndSixClassOwnPointsSurviveTheLink() {
        for (int k : new int[] {3, 6}) {
            PerceptronSettings s = mine().withClasses(k).withPoints(ofClasses(k));
            Map<String, String> keys = link(s);
            assertEquals(Integer.toString(k), keys.get("p.classes"));
            List<String> notices = new ArrayList<>();
            PerceptronSettings back = PerceptronSettings.decode(keys, notices);
            assertEquals(List.of(), notices);
            assertEquals(k, back.classes());
            assertEquals(k, back.points().size());
            for (int c = 0; c < k; c++) {
                assertEquals(c, back.points().label(c));
                assertEquals(c % 2 == 0, back.points().isTrain(c));
                assertEquals(0.1 + 0.15 * c, back.points().x1(c), 1.0 / 65535);
            }
            assertEquals(s.encode(), back.encode());
        }
    }

    @Test
    void randomKClassDataSurvivesTheLink() {
        PerceptronSettings s = PerceptronSettings.defaults().withData(PerceptronSettings.Data.SEPARABLE).withClasses(4);
        PerceptronSettings back = PerceptronSettings.decode(link(s), new ArrayList<>());
        assertEquals(s, back);
    }

    @Test
    void twoClassSettingsEncodeAsBefore() {
        PerceptronSettings s = mine().withClasses(4).withClasses(2);
        assertFalse(s.encode().containsKey("p.classes"));
        Dataset twoClass = Dataset.empty().withPoint(0.25, 0.5, 1, true).withPoint(0.75, 0.125, 0, true);
        // The bytes of a two-class set: layout 1, then x1, x2 and flags 1 (class 1) and 0 (class 0).
        assertEquals(PointsCodec.base64(new byte[] {1, 0x40, 0, (byte) 0x80, 0, 1, (byte) 0xBF, (byte) 0xFF, 0x20, 0,
            0}), PointsCodec.encode(twoClass, DatasetKind.SEVEN_POINTS));
    }

    @Test
    void theSevenPointsAndXorAreTwoClassSets() {
        PerceptronSettings five = mine().withClasses(5);
        assertEquals(2, five.withData(PerceptronSettings.Data.SEVEN).classes());
        assertEquals(2, five.withData(PerceptronSettings.Data.XOR).classes());
        assertEquals(5, five.withData(PerceptronSettings.Data.SEPARABLE).classes());
        assertThrows(IllegalArgumentException.class, () -> PerceptronSettings.defaults().withClasses(3));
        List<String> notices = new ArrayList<>();
        PerceptronSettings s = PerceptronSettings.decode(Map.of("p.data", "xor", "p.classes", "3"), notices);
        assertEquals(List.of("ignored p.classes=3: the points xor have two classes"), notices);
        assertEquals(PerceptronSettings.Data.XOR, s.data());
        assertEquals(2, s.classes());
    }

    @Test
    void hostileClassCountsAreRefusedAndNamed() {
        for (String bad : new String[] {"1", "7", "0", "-3", "2.5", "abc", "", "1e9", "NaN", "Infinity"}) {
            List<String> notices = new ArrayList<>();
            PerceptronSettings s = PerceptronSettings.decode(Map.of("p.data", "separable", "p.classes", bad), notices);
            assertEquals(2, s.classes(), bad);
            assertEquals(1, notices.size(), bad);
            assertTrue(notices.get(0).startsWith("ignored p.classes="), notices.get(0));
            assertTrue(notices.get(0).endsWith(": not a whole number from 2 to 6"), notices.get(0));
        }
        assertThrows(IllegalArgumentException.class, () -> mine().withClasses(7));
        assertThrows(IllegalArgumentException.class, () -> mine().withClasses(1));
    }

    @Test
    void ownPointsOfAClassBeyondKAreRefusedAndNamed() {
        String fourClasses = mine().withClasses(4).withPoints(ofClasses(4)).encode()
                .get("p.pts");
        List<String> notices = new ArrayList<>();
        PerceptronSettings s = PerceptronSettings.decode(Map.of("p.data", "mine", "p.classes", "3", "p.pts",
                fourClasses), notices);
        assertEquals(List.of("ignored p.pts=" + Ignored.shorten(fourClasses) + ": point 4 is of class 3, but there "
                + "are 3 classes, 0 to 2"), notices);
        assertEquals(3, s.classes());
        assertTrue(s.points().isEmpty());
        // Without p.classes the link is two-class: a class-2 point is refused the same way.
        notices.clear();
        PerceptronSettings.decode(Map.of("p.data", "mine", "p.pts", fourClasses), notices);
        assertEquals(List.of("ignored p.pts=" + Ignored.shorten(fourClasses) + ": point 3 is of class 2, but there "
                + "are only classes 0 and 1"), notices);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mine().withClasses(3).withPoints(ofClasses(4)));
        assertEquals("point 4 is of class 3, but there are 3 classes", e.getMessage());
    }

    @Test
    void theCodecRefusesClassesNoConfigurationHas() throws FormatException {
        // Flags 0x1D: class 1 + 2·7 = 15, beyond any K; flags 0x20: a bit that means nothing.
        assertTrue(assertThrows(FormatException.class, () -> PointsCodec.decode(PointsCodec.base64(
                new byte[] {1, 0, 0, 0, 0, 0x1D}), DatasetKind.SEVEN_POINTS, ProblemType.CLASSIFICATION, 6))
                .getMessage().startsWith("point 1 is of class 15"));
        assertEquals("point 1 has unknown flags 32", assertThrows(FormatException.class, () -> PointsCodec.decode(
                PointsCodec.base64(new byte[] {1, 0, 0, 0, 0, 0x20}), DatasetKind.SEVEN_POINTS,
                ProblemType.CLASSIFICATION, 6)).getMessage());
        // Class 5 = 1 + 2·2: bit 0 and bits 2–4 holding 2; with bit 1 a test point.
        Dataset five = PointsCodec.decode(PointsCodec.base64(new byte[] {1, 0, 0, 0, 0, 0x0B}),
                DatasetKind.SEVEN_POINTS, ProblemType.CLASSIFICATION, 6);
        assertEquals(5, five.label(0));
        assertFalse(five.isTrain(0));
    }

    @Test
    void fewerClassesDropHiddenOwnPointsButNotShownOnes() {
        PerceptronSettings mine = mine().withClasses(4).withPoints(ofClasses(4));
        assertThrows(IllegalArgumentException.class, () -> mine.withClasses(3));
        PerceptronSettings random = mine.withData(PerceptronSettings.Data.SEPARABLE).withClasses(3);
        assertEquals(3, random.points().size());
        assertEquals(-1, PerceptronSettings.firstPointOfClassAtLeast(random.points(), 3));
        assertEquals(3, PerceptronSettings.firstPointOfClassAtLeast(mine.points(), 3));
    }
}
