package hyperplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.Comparison;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.AppState;
import hyperplane.state.EmbedOptions;
import hyperplane.state.LessonSetup;
import hyperplane.state.TrainingSpeed;
import hyperplane.view.FirstLayerLines;
import hyperplane.view.PlaygroundRedraws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lessons as web/index.html holds them: the eight of DESIGN.md §1 in their order, each with a title, text,
 * something to try, and a setup that the link codec reads exactly and that opens the view the lesson is about.
 */
class LessonsTest {
    private static final Pattern LESSON = Pattern.compile(
            "<section class=\"lesson\" id=\"lesson-([^\"]*)\" data-setup=\"([^\"]*)\" hidden>(.*?)</section>",
            Pattern.DOTALL);

    private record Lesson(String id, String setup, String body) {
    }

    private static List<Lesson> lessons() throws IOException {
        String html = Files.readString(Path.of("web/index.html"));
        List<Lesson> out = new ArrayList<>();
        Matcher m = LESSON.matcher(html);
        while (m.find()) {
            out.add(new Lesson(m.group(1), m.group(2).replace("&amp;", "&"), m.group(3)));
        }
        assertEquals(html.split("class=\"lesson\"", -1).length - 1, out.size(), "every lesson section is read");
        return out;
    }

    @Test
    void theEightLessonsComeInTheirOrder() throws IOException {
        List<String> ids = lessons().stream().map(Lesson::id).toList();
        assertEquals(List.of("linear-models", "perceptron", "xor", "activations", "feedforward", "loss-functions",
                "gradient-descent", "backpropagation"), ids);
    }

    @Test
    void eachHasATitleTextAndSomethingToTry() throws IOException {
        for (Lesson lesson : lessons()) {
            assertTrue(EmbedOptions.isLessonId(lesson.id()), lesson.id());
            assertTrue(lesson.body().matches("(?s)\\s*<h3>[^<]{5,}</h3>.*"), lesson.id() + " starts with a title");
            int paragraphs = lesson.body().split("<p[ >]", -1).length - 1;
            assertTrue(paragraphs >= 3, lesson.id() + " has " + paragraphs + " paragraphs");
            assertTrue(lesson.body().contains("<p class=\"lesson-try\"><strong>Try it:</strong>"), lesson.id());
        }
    }

    @Test
    void eachSetupIsExactAndOpensItsView() throws IOException {
        List<String> views = List.of("playground", "perceptron", "playground", "activations", "playground",
                "playground", "gradient-descent", "backprop");
        List<Lesson> lessons = lessons();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            // LessonSetup.apply throws when the codec ignores anything in the setup.
            AppState next = LessonSetup.apply(AppState.defaults(), lesson.id(), lesson.setup());
            assertEquals(views.get(i), next.view(), lesson.id());
            assertEquals(lesson.id(), next.embed().lesson());
        }
    }

    /**
     * The pace of each example fits what its text asks the reader to watch: every example that runs the playground's
     * network names its speed; none plays as fast as possible (it would be over before anyone looked); one that says
     * "watch" plays at 30 epochs a second or slower, and the perceptron's example goes point by point.
     */
    @Test
    void eachExampleSetsAPaceThatShowsWhatItsTextDescribes() throws IOException {
        for (Lesson lesson : lessons()) {
            AppState next = LessonSetup.apply(AppState.defaults().withPlayground(
                    AppState.defaults().playground().withSpeed(TrainingSpeed.MAX)), lesson.id(), lesson.setup());
            String view = next.view();
            String tryIt = lesson.body().substring(lesson.body().indexOf("lesson-try"));
            if (view.equals("playground") || view.equals("backprop")) {
                assertTrue(("&" + lesson.setup()).contains("&speed="), lesson.id() + " names its speed");
                TrainingSpeed speed = next.playground().speed();
                assertTrue(speed.epochsPerSecond() <= TrainingSpeed.SIXTY.epochsPerSecond(),
                        lesson.id() + ": " + speed);
                if (tryIt.contains("watch")) {
                    assertTrue(speed.epochsPerSecond() <= 30, lesson.id() + " asks to watch, at " + speed);
                }
            } else if (view.equals("perceptron")) {
                assertTrue(List.of("slow", "normal", "fast").contains(next.perceptron().speed()),
                        lesson.id() + " plays point by point, at " + next.perceptron().speed());
                assertTrue(lesson.setup().contains("p.speed="), lesson.id() + " names its speed");
            }
        }
    }

    /**
     * The feedforward lesson's example is what its text says: four first-layer neurons whose lines are shown, and
     * after 300 epochs (ten seconds at its pace) all four cross the canvas and fence the centre in: every ray from
     * the centre out to the orange ring (radius 4.5) crosses a line, and the training points are classified right.
     */
    @Test
    void theFeedforwardExampleFencesTheCircleInWithFourLines() throws IOException {
        Lesson lesson = lessons().stream().filter(l -> l.id().equals("feedforward")).findFirst().orElseThrow();
        AppState next = LessonSetup.apply(AppState.defaults(), lesson.id(), lesson.setup());
        assertTrue(next.playground().showLines(), "the example shows the lines");
        assertTrue(lesson.body().contains("four"), "the text speaks of four lines");
        PlaygroundSession session = new PlaygroundSession(next.playground());
        session.trainEpochs(300);
        assertTrue(session.accuracy(true) > 0.97, "accuracy " + session.accuracy(true));
        FirstLayerLines lines = new FirstLayerLines(
                PlaygroundRedraws.plotViewport(next.playground().dataset(), 400, 400));
        lines.update(session.network(), next.playground().features());
        assertEquals(4, lines.count());
        for (int j = 0; j < 4; j++) {
            assertTrue(lines.drawn(j), "line " + (j + 1) + " crosses the canvas");
        }
        for (int degree = 0; degree < 360; degree++) {
            double x = 4.5 * Math.cos(Math.toRadians(degree));
            double y = 4.5 * Math.sin(Math.toRadians(degree));
            boolean fenced = false;
            for (int j = 0; j < 4; j++) {
                double w1 = session.network().weight(1, j, 0);
                double w2 = session.network().weight(1, j, 1);
                double b = session.network().bias(1, j);
                fenced |= Math.signum(b) != Math.signum(w1 * x + w2 * y + b);
            }
            assertTrue(fenced, "the ray at " + degree + "° crosses no line");
        }
    }

    /**
     * The loss lesson's comparison (and the gradient-descent lesson's, the same runs) shows what its text says: from
     * a saturated start squared error crawls while cross-entropy does not; from the seed's small weights (Reset)
     * both are right within a few epochs.
     */
    @Test
    void theLossLessonsComparisonShowsSquaredErrorCrawlingFromASaturatedStart() throws IOException {
        // By id, each found or the test fails: a renamed lesson must not leave this loop with nothing to check.
        for (String id : List.of("loss-functions", "gradient-descent")) {
            Lesson lesson = lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
            AppState next = LessonSetup.apply(AppState.defaults(), lesson.id(), lesson.setup());
            Comparison runs = new Comparison(new PlaygroundSession(next.playground()));
            runs.restore(next.compare());
            assertEquals("mse", runs.run(1).config().loss().key(), lesson.id());
            assertEquals(0.0, runs.run(0).accuracy(true), lesson.id() + ": every point wrong at the start");
            double start = runs.run(1).trainLoss();
            train(runs, 10);
            assertEquals(1.0, runs.run(0).accuracy(true), lesson.id() + ": cross-entropy is right within a few epochs");
            assertTrue(runs.run(0).trainLoss() < 0.05, lesson.id() + ": " + runs.run(0).trainLoss());
            train(runs, 30);
            assertTrue(runs.run(1).trainLoss() > 0.95 * start, lesson.id() + ": squared error crawls, "
                    + runs.run(1).trainLoss() + " after 40 epochs from " + start);
            assertEquals(0.0, runs.run(1).accuracy(true), lesson.id());
            train(runs, 60);
            assertEquals(1.0, runs.run(1).accuracy(true), lesson.id() + ": squared error gets there at last");
            runs.reset();
            train(runs, 10);
            assertEquals(1.0, runs.run(0).accuracy(true), lesson.id() + " after Reset");
            assertEquals(1.0, runs.run(1).accuracy(true), lesson.id() + ": unsaturated, squared error keeps up");
        }
    }

    private static void train(Comparison runs, int epochs) {
        for (int e = 0; e < epochs; e++) {
            runs.run(0).trainEpochs(1);
            runs.catchUp();
        }
    }
}
