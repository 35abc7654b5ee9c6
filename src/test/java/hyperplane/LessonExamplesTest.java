package hyperplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.GradientHistory;
import hyperplane.sim.PlaygroundSession;
import hyperplane.sim.TrainingDiagnosis;
import hyperplane.sim.UnitCensus;
import hyperplane.state.AppState;
import hyperplane.state.LessonSetup;
import hyperplane.state.TrainingSpeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The further examples in the lessons' text (a button with a setup of its own): each setup is exact, and the run it
 * sets up does what the lesson's text says it does.
 */
class LessonExamplesTest {
    private static final Pattern LESSON = Pattern.compile(
            "<section class=\"lesson\" id=\"lesson-([^\"]*)\"[^>]*>(.*?)</section>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("<button [^>]*data-setup=\"([^\"]*)\"[^>]*>([^<]*)</button>");

    /** Each lesson's further example's setup, by lesson id (a lesson has at most one). */
    private static Map<String, String> examples() throws IOException {
        String html = Files.readString(Path.of("web/index.html"));
        Map<String, String> out = new LinkedHashMap<>();
        Matcher lesson = LESSON.matcher(html);
        while (lesson.find()) {
            Matcher button = BUTTON.matcher(lesson.group(2));
            if (button.find()) {
                out.put(lesson.group(1), button.group(1).replace("&amp;", "&"));
            }
        }
        return out;
    }

    private static AppState setUp(String lesson) throws IOException {
        String setup = examples().get(lesson);
        AppState next = LessonSetup.apply(AppState.defaults(), lesson, setup);
        assertEquals("playground", next.view(), lesson);
        assertTrue(setup.contains("speed="), lesson + " names its speed");
        assertTrue(next.playground().speed().epochsPerSecond() <= TrainingSpeed.THIRTY.epochsPerSecond(), lesson);
        return next;
    }

    @Test
    void theActivationLessonsSaturatedNetworkSaturatesItsSecondLayerAndShowsTheHistograms() throws IOException {
        AppState next = setUp("activations");
        assertTrue(next.playground().histograms());
        PlaygroundSession session = new PlaygroundSession(next.playground());
        TrainingDiagnosis diagnosis = new TrainingDiagnosis();
        // "within about twenty epochs seven or eight of the second layer's units sit on a flat part of σ"
        for (int epoch = 20; epoch <= 200; epoch += 20) {
            session.trainEpochs(20);
            diagnosis.diagnose(session);
            UnitCensus census = diagnosis.census();
            assertEquals(8, census.size(2));
            int saturated = census.saturatedUnits(2);
            assertTrue(saturated >= 7, "epoch " + session.epoch() + ": " + saturated + " saturated");
        }
    }

    @Test
    void theBackpropagationLessonsSixSigmoidLayersShowTheGradientFading() throws IOException {
        AppState next = setUp("backpropagation");
        assertTrue(next.playground().gradientFlow());
        assertEquals(6, next.playground().hidden().length);
        PlaygroundSession session = new PlaygroundSession(next.playground());
        session.trainEpochs(300);
        GradientHistory gradients = session.gradients();
        int last = gradients.size() - 1;
        // "each hidden layer's three to five times below the next one's" (within a margin), "the first layer's
        // about ten thousand times below the output layer's"
        for (int l = 1; l < 6; l++) {
            double ratio = gradients.value(l + 1, last) / gradients.value(l, last);
            assertTrue(ratio >= 2.5 && ratio <= 6, "layer " + l + " to " + (l + 1) + ": " + ratio);
        }
        double whole = gradients.value(7, last) / gradients.value(1, last);
        assertTrue(whole >= 3000 && whole <= 30000, "first to output: " + whole);
        // "for hundreds of epochs the loss stays at ln 2 ≈ 0.693"
        assertEquals(Math.log(2), session.trainLoss(), 0.001);
    }
}
