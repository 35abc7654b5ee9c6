package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.CanvasPixels;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
import hyperplane.state.AppState;
import hyperplane.state.HashCodec;
import hyperplane.state.PlaygroundConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run that is not learning says why, in the line under the losses and in the live region, while it trains (the
 * links of issue 14); and test points stay recognisable on a trained heatmap of their own class.
 */
class DiagnosisIT extends BrowserTestSupport {
    /** Long enough to train a few hundred epochs on a loaded machine. */
    private static final Duration TRAINING = Duration.ofSeconds(60);

    private static PlaygroundPage open(String hash) {
        return openFresh(hash);
    }

    private static AppPage app() {
        return AppPage.attach(browser.driver());
    }

    /** The diagnosis line once it satisfies {@code condition} (or what it shows when the time is up). */
    private static String waitForLine(java.util.function.Predicate<String> condition) {
        return Wait.until(() -> app().text("run-diagnosis"), condition, TRAINING);
    }

    @Test
    void aDeadReluNetworkSaysHowManyNeuronsAreSilentAndWhatToTry() {
        PlaygroundPage page = open("v=1&act=relu");
        assertEquals("", app().text("run-diagnosis"), "nothing to say before training");
        page.play();
        String line = waitForLine(text -> text.startsWith("Dead network"));
        assertTrue(line.startsWith("Dead network: both neurons of hidden layer 2 output 0 for every training point."),
                line);
        assertTrue(line.contains("another seed, a smaller learning rate, or Leaky ReLU"), line);
        assertTrue(page.isPlaying(), "training goes on");
        String said = app().waitForText("live", text -> text.startsWith("Dead network"));
        assertTrue(said.startsWith("Dead network: both neurons"), said);
        browser.saveArtifacts("diagnosis-dead-relu");
        page.pause().reset();
        assertEquals("", app().waitForText("run-diagnosis", ""), "Reset starts a live network again");
    }

    @Test
    void reluAtRateTenIsDeadAndItsLossNotFalling() {
        PlaygroundPage page = open("v=1&act=relu&lr=10");
        page.play();
        String line = waitForLine(text -> text.contains("not falling"));
        assertTrue(line.startsWith("Dead network: both neurons of hidden layer 2"), line);
        assertTrue(line.contains("The loss is not falling either") && line.endsWith("try a learning rate of 3."),
                line);
        browser.saveArtifacts("diagnosis-relu-rate-10");
    }

    @Test
    void rateTenSaysTheLossIsNotFallingAndNamesASmallerRate() {
        PlaygroundPage page = open("v=1&lr=10");
        page.play();
        String line = waitForLine(text -> text.startsWith("No progress"));
        assertTrue(line.startsWith("No progress: in the last 50 epochs the training loss went up and down between"),
                line);
        assertTrue(line.contains("% of the training points are right. The steps overshoot the minimum: try a learning"
                + " rate of 3."), line);
        assertTrue(page.isPlaying(), "training goes on");
        String said = app().waitForText("live", text -> text.startsWith("No progress"));
        assertTrue(said.startsWith("No progress"), said);
        browser.saveArtifacts("diagnosis-rate-10");
        page.pause().choose("Learning rate", "0.03").reset();
        assertEquals("", app().waitForText("run-diagnosis", ""));
    }

    @Test
    void deepSigmoidLayersSayTheGradientsVanish() {
        PlaygroundPage page = open("v=1&act=sigmoid&hidden=8,8,8,8,8,8");
        page.play();
        String line = waitForLine(text -> text.startsWith("Vanishing gradients"));
        assertTrue(line.matches("Vanishing gradients: the weights of hidden layer 1 get gradients about [0-9,]+ times"
                + " smaller than the output layer's .*"), line);
        assertTrue(line.contains("Try tanh or ReLU, or fewer hidden layers."), line);
        String said = app().waitForText("live", text -> text.startsWith("Vanishing gradients"));
        assertTrue(said.startsWith("Vanishing gradients"), said);
        browser.saveArtifacts("diagnosis-vanishing");
        page.pause().choose("Activation", "Tanh");
        assertEquals("", app().waitForText("run-diagnosis", ""), "another activation starts a new run");
    }

    @Test
    void theDefaultRunHasNothingToSay() {
        PlaygroundPage page = open("v=1");
        page.play().waitForEpochAtLeast(300);
        assertEquals("", app().text("run-diagnosis"));
        page.pause();
        assertFalse(page.waitForPlaying(false));
        page.settle();
        assertEquals("", app().text("run-diagnosis"));
        assertFalse(app().text("live").contains("Dead") || app().text("live").contains("No progress"),
                app().text("live"));
    }

    /**
     * Twenty training points of class 0 left of x1 = 0 and twenty of class 1 right of it, one test point of each
     * class in the middle of its own side: once trained, each test point sits on a heatmap of its own colour.
     */
    private static String twoSidesWithATestPointEach() {
        List<double[]> rows = new ArrayList<>();
        for (int x = 1; x <= 5; x++) {
            for (double y : new double[] {-5, -2.5, 2.5, 5}) {
                rows.add(new double[] {-x, y, 0, 1});
                rows.add(new double[] {x, y, 1, 1});
            }
        }
        rows.add(new double[] {-3, 0, 0, 0});
        rows.add(new double[] {3, 0, 1, 0});
        int n = rows.size();
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] labels = new double[n];
        boolean[] train = new boolean[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rows.get(i)[0];
            x2[i] = rows.get(i)[1];
            labels[i] = rows.get(i)[2];
            train[i] = rows.get(i)[3] == 1;
        }
        PlaygroundConfig config = PlaygroundConfig.defaults().withPoints(Dataset.of(x1, x2, labels, train))
                .withLearningRate(0.3);
        return HashCodec.encode(AppState.defaults().withPlayground(config));
    }

    @Test
    void testPointsKeepTheirClassColourFramedOnAHeatmapOfThatColour() {
        PlaygroundPage page = open(twoSidesWithATestPointEach());
        page.play().waitForTrainLossBelow(0.02);
        page.pause();
        assertFalse(page.waitForPlaying(false));
        page.settle();
        CanvasPixels pixels = CanvasPixels.of(browser.driver()).remember();
        page.tick("Show test data", true);
        List<int[]> drawn = Wait.until(() -> pixels.changed(8), changed -> changed.size() > 50);
        browser.saveArtifacts("diagnosis-test-points");
        double scale = pixels.scale();
        double middle = drawn.stream().mapToInt(p -> p[0]).average().orElseThrow();
        int[] orange = {0xF0, 0x8A, 0x24};
        int[] blue = {0x2C, 0x6F, 0xB7};
        checkTestPoint(pixels, centre(drawn, p -> p[0] < middle), scale, orange, "class 0");
        checkTestPoint(pixels, centre(drawn, p -> p[0] >= middle), scale, blue, "class 1");
    }

    private static double[] centre(List<int[]> drawn, java.util.function.Predicate<int[]> side) {
        double[] sum = new double[3];
        drawn.stream().filter(side).forEach(p -> {
            sum[0] += p[0];
            sum[1] += p[1];
            sum[2]++;
        });
        return new double[] {sum[0] / sum[2], sum[1] / sum[2]};
    }

    /**
     * Along a ray from the test point's centre to the right: the heatmap around it has the point's own class colour,
     * and the point shows that colour between a dark outline outside and white inside, with a white halo that stands
     * out from the heatmap.
     */
    private static void checkTestPoint(CanvasPixels pixels, double[] centre, double scale, int[] classColour,
                                       String which) {
        int[][] ray = new int[13][];
        for (int r = 0; r < ray.length; r++) {
            ray[r] = pixels.color((int) Math.round(centre[0] + r * scale), (int) Math.round(centre[1]));
        }
        String seen = which + " along the ray: " + Arrays.deepToString(ray);
        assertTrue(distance(ray[12], classColour) < 60, "the heatmap is the class colour; " + seen);
        assertTrue(luminance(ray[0]) > 0.8, "a white hole; " + seen);
        assertTrue(near(ray, 2, 4, c -> distance(c, classColour) < 60), "a ring of the class colour; " + seen);
        assertTrue(near(ray, 4, 6, c -> contrast(c, classColour) > 2.5), "a dark outline; " + seen);
        assertTrue(near(ray, 6, 7, c -> luminance(c) > 0.8 && contrast(c, ray[12]) > 2.2),
                "a white halo that stands out from the heatmap; " + seen);
    }

    private static boolean near(int[][] ray, int from, int to, java.util.function.Predicate<int[]> test) {
        for (int r = from; r <= to; r++) {
            if (test.test(ray[r])) {
                return true;
            }
        }
        return false;
    }

    private static double distance(int[] a, int[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    /** WCAG 2 relative luminance of an sRGB colour. */
    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    /** WCAG 2 contrast ratio, 1 to 21. */
    private static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
