package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.PlaygroundSession;
import hyperplane.sim.TrainingDiagnosis;
import hyperplane.sim.UnitCensus;
import hyperplane.state.HashCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layer histograms' drawing and words, from the census the diagnosis takes. */
class LayerHistogramsTest {
    private static UnitCensus census(String link, int epochs) {
        PlaygroundSession session = new PlaygroundSession(HashCodec.decode(link).state().playground());
        session.trainEpochs(epochs);
        TrainingDiagnosis diagnosis = new TrainingDiagnosis();
        diagnosis.diagnose(session);
        return diagnosis.census();
    }

    @Test
    void eachHiddenLayerGetsARowOfTwoPanelsInsideTheCanvas() {
        UnitCensus census = census("#v=1&act=tanh&hidden=4,3,2", 0);
        int height = LayerHistograms.height(3);
        RecordingCanvas canvas = new RecordingCanvas();
        LayerHistograms.draw(canvas, census, 300);
        List<String> texts = canvas.texts();
        assertTrue(texts.contains("layer"), texts.toString());
        assertEquals(3, canvas.named("text layer").size());
        for (int l = 1; l <= 3; l++) {
            for (boolean pre : new boolean[] {true, false}) {
                double[] box = LayerHistograms.panel(l, pre, 300);
                assertTrue(box[0] >= 0 && box[2] <= 300 && box[3] + 14 <= height, l + " " + pre);
            }
        }
        double[] z = LayerHistograms.panel(1, true, 300);
        double[] a = LayerHistograms.panel(1, false, 300);
        assertTrue(z[2] < a[0], "z left of a");
    }

    @Test
    void sigmoidAndTanhShadeTheirFlatPartsAndReluDoesNot() {
        UnitCensus tanh = census("#v=1&act=tanh&hidden=4", 0);
        RecordingCanvas shaded = new RecordingCanvas();
        LayerHistograms.draw(shaded, tanh, 300);
        String shade = "setFill " + RecordingCanvas.hex(Theme.LIGHT.shade());
        assertEquals(2, shaded.named(shade).size(), "one shading pass per panel");
        // z's panel: the shading begins at z = 2.5 of [−8, 8].
        double[] z = LayerHistograms.panel(1, true, 300);
        double x = z[0] + (2.5 + 8) / 16 * (z[2] - z[0]);
        assertTrue(shaded.calls.contains("fillRect " + x + " " + z[1] + " " + (z[2] - x) + " " + (z[3] - z[1])),
                shaded.calls.toString());
        RecordingCanvas relu = new RecordingCanvas();
        LayerHistograms.draw(relu, census("#v=1&act=relu&hidden=4", 0), 300);
        assertEquals(0, relu.named(shade).size());
    }

    @Test
    void theDeadUnitsOfTheReluLinkAreNamedInTheTitleAndTheSummary() {
        UnitCensus census = census("#v=1&act=relu", 10);
        assertEquals("2 of 2 dead", LayerText.count(census, 2));
        assertEquals("", LayerText.count(census, 1));
        RecordingCanvas canvas = new RecordingCanvas();
        LayerHistograms.draw(canvas, census, 440);
        assertEquals(1, canvas.named("text 2 of 2 dead").size());
        String summary = LayerText.summary(census);
        assertTrue(summary.contains("Layer 2 (ReLU): 2 of 2 units dead (z ≤ 0 on every training point)."), summary);
        assertTrue(summary.contains("Layer 1 (ReLU): 0 of 4 units dead"), summary);
    }

    @Test
    void theSaturatedLessonNetworkCountsWhatTheDiagnosisNames() {
        UnitCensus census = census("#v=1&act=sigmoid&lr=3&batch=1&hidden=8,8", 30);
        int saturated = census.saturatedUnits(2);
        assertTrue(saturated >= 7, "saturated: " + saturated);
        assertEquals(saturated + " of 8 saturated", LayerText.count(census, 2));
        String summary = LayerText.summary(census);
        assertTrue(summary.contains("Layer 2 (Sigmoid): " + saturated + " of 8 units saturated on more than 90 % of"
                + " the points (|z| > 4)."), summary);
    }

    @Test
    void withoutAHiddenLayerOrPointsItSaysWhy() {
        RecordingCanvas canvas = new RecordingCanvas();
        UnitCensus none = census("#v=1&hidden=", 0);
        LayerHistograms.draw(canvas, none, 300);
        assertEquals(List.of("No"), canvas.texts());
        assertEquals("No layer histograms: the network has no hidden layer.", LayerText.summary(none));
        assertEquals("No layer histograms: there are no training points.", LayerText.summary(new UnitCensus()));
        assertEquals((int) LayerHistograms.EMPTY, LayerHistograms.height(0));
    }
}
