package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerceptronSettingsTest {

    private static Map<String, String> nonEmpty(Map<String, String> encoded) {
        Map<String, String> out = new HashMap<>();
        encoded.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Test
    void defaultsWriteNothingIntoTheLink() {
        Map<String, String> encoded = PerceptronSettings.defaults().encode();
        assertEquals(7, encoded.size());
        assertTrue(nonEmpty(encoded).isEmpty(), encoded.toString());
    }

    @Test
    void everySettingSurvivesTheLink() {
        Dataset mine = Dataset.empty().withPoint(0.25, 0.5, 1, true).withPoint(0.75, 0.125, 0, true);
        PerceptronSettings s = PerceptronSettings.defaults().withLearningRate(0.35).withRandomStart(true)
                .withSeed(77).withMaxEpochs(12).withSpeed("fast").withPoints(mine);
        List<String> notices = new ArrayList<>();
        PerceptronSettings back = PerceptronSettings.decode(nonEmpty(s.encode()), notices);
        assertEquals(List.of(), notices);
        assertEquals(PerceptronSettings.Data.MINE, back.data());
        assertEquals(0.35, back.learningRate());
        assertTrue(back.randomStart());
        assertEquals(77, back.seed());
        assertEquals(12, back.maxEpochs());
        assertEquals("fast", back.speed());
        assertEquals(2, back.points().size());
        assertEquals(0.25, back.points().x1(0), 1.0 / 65535);
        assertEquals(1, back.points().label(0));
        assertEquals(s.encode(), back.encode());
    }

    @Test
    void badValuesKeepTheirDefaultsAndAreNamed() {
        Map<String, String> extras = Map.of("p.eta", "abc", "p.cap", "0", "p.data", "circle", "p.init", "ones",
                "p.seed", "-3", "p.speed", "warp", "p.pts", "!!");
        List<String> notices = new ArrayList<>();
        PerceptronSettings s = PerceptronSettings.decode(extras, notices);
        assertEquals(PerceptronSettings.defaults().encode(), s.encode());
        assertEquals(7, notices.size(), notices.toString());
        assertTrue(notices.contains("ignored p.eta=abc: not a number"), notices.toString());
        assertTrue(notices.contains("ignored p.cap=0: not a whole number from 1 to 10000"), notices.toString());
        List<String> more = new ArrayList<>();
        PerceptronSettings.decode(Map.of("p.eta", "NaN"), more);
        PerceptronSettings.decode(Map.of("p.eta", "20"), more);
        assertEquals(List.of("ignored p.eta=NaN: not a number", "ignored p.eta=20: outside 0.001 to 10"), more);
    }

    @Test
    void refusesNumberSyntaxOnlyTheJvmAccepts() {
        List<String> notices = new ArrayList<>();
        PerceptronSettings s = PerceptronSettings.decode(Map.of("p.eta", "0.5d"), notices);
        PerceptronSettings.decode(Map.of("p.cap", "0x10"), notices);
        PerceptronSettings.decode(Map.of("p.eta", "Infinity"), notices);
        assertEquals(PerceptronSettings.defaults().learningRate(), s.learningRate());
        assertEquals(List.of("ignored p.eta=0.5d: not a number",
                "ignored p.cap=0x10: not a whole number from 1 to 10000", "ignored p.eta=Infinity: not a number"),
                notices);
        assertEquals(0.25, PerceptronSettings.decode(Map.of("p.eta", " 0.25 "), notices).learningRate());
    }

    @Test
    void rejectsAnOutOfRangeLearningRate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PerceptronSettings.defaults().withLearningRate(Double.NaN));
        assertEquals("learningRate (NaN) must be in [0.001, 10]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PerceptronSettings.defaults().withMaxEpochs(0));
        assertThrows(IllegalArgumentException.class, () -> PerceptronSettings.defaults().withSpeed("warp"));
    }

    @Test
    void asFastAsPossibleIsASpeedOfTheLink() {
        java.util.List<String> notices = new java.util.ArrayList<>();
        assertEquals("max", PerceptronSettings.decode(Map.of("p.speed", "max"), notices).speed());
        assertEquals(java.util.List.of(), notices);
        assertEquals("max", PerceptronSettings.defaults().withSpeed("max").encode().get("p.speed"));
    }
}
