package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.CanvasPixels;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.state.AppState;
import hyperplane.state.HashCodec;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.FirstLayerLines;
import hyperplane.view.HyperplaneLine;
import hyperplane.view.PlaygroundRedraws;
import hyperplane.view.Viewport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The "Show first-layer lines" switch: with known weights, each first-layer neuron's line is read back from the
 * canvas's pixels along where the geometry puts it; the switch, the keyboard highlight and the lesson's example.
 */
class FirstLayerLinesIT extends BrowserTestSupport {
    /** Along each line, the fractions of its length where the pixels are read (clear of the ends' numbers). */
    private static final double[] ALONG = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    /** A read counts as the line's colour within this difference per channel, among the pixels within 1 px. */
    private static final int SAME = 40;

    /**
     * No points (so none covers a line), one hidden layer of four tanh neurons whose lines are x1 = −2, x2 = 2.5,
     * x1 + x2 = 1 and x1 − 2·x2 = 3, and the lines shown.
     */
    private static PlaygroundConfig known() {
        PlaygroundConfig config = PlaygroundConfig.defaults().withHidden(new int[] {4}).withPoints(Dataset.empty());
        Network n = network(config);
        double[][] lines = {{1, 0, 2}, {0, 1, -2.5}, {1, 1, -1}, {1, -2, -3}};
        for (int j = 0; j < 4; j++) {
            n.setWeight(1, j, 0, lines[j][0]);
            n.setWeight(1, j, 1, lines[j][1]);
            n.setBias(1, j, lines[j][2]);
            n.setWeight(2, 0, j, 1);
        }
        return config.withWeights(n.parameters()).withShowLines(true);
    }

    private static Network network(PlaygroundConfig config) {
        return new Network(config.layerSizes(), new Activation[] {Activation.TANH, Activation.SIGMOID},
                Loss.CROSS_ENTROPY);
    }

    /** How many reads along each neuron's line show colour {@code color(j)} within SAME. */
    private static List<Integer> matches(CanvasPixels pixels, PlaygroundConfig config) {
        int[] size = pixels.logicalSize();
        double scale = pixels.scale();
        Viewport viewport = PlaygroundRedraws.plotViewport(config.dataset(), size[0], size[1]);
        Network n = network(config);
        n.setParameters(config.weights());
        int reads = 4 * ALONG.length;
        int[] xs = new int[reads];
        int[] ys = new int[reads];
        int[] colors = new int[reads];
        for (int j = 0; j < 4; j++) {
            HyperplaneLine line = new HyperplaneLine(viewport);
            assertTrue(line.update(n.weight(1, j, 0), n.weight(1, j, 1), n.bias(1, j)), "line " + j);
            for (int k = 0; k < ALONG.length; k++) {
                double t = ALONG[k];
                int i = j * ALONG.length + k;
                xs[i] = (int) (viewport.toPixelX(line.lineX1() + t * (line.lineX2() - line.lineX1())) * scale);
                ys[i] = (int) (viewport.toPixelY(line.lineY1() + t * (line.lineY2() - line.lineY1())) * scale);
                colors[i] = FirstLayerLines.color(j);
            }
        }
        List<Integer> closest = pixels.closestTo(xs, ys, 1, colors);
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            int found = 0;
            for (int k = 0; k < ALONG.length; k++) {
                found += closest.get(j * ALONG.length + k) <= SAME ? 1 : 0;
            }
            out.add(found);
        }
        return out;
    }

    /**
     * One page load: the lines read from the pixels, switched off and on (and kept in the link), one picked out
     * from the keyboard; then the feedforward lesson's example, which turns them on for four neurons.
     */
    @Test
    void theSwitchDrawsOneLinePerFirstLayerNeuronAndTheLessonsExampleShowsThem() {
        PlaygroundPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        PlaygroundConfig config = known();
        PlaygroundPage page = PlaygroundPage.open(browser.driver(), http("#" + HashCodec.encode(
                AppState.defaults().withPlayground(config))));
        CanvasPixels pixels = CanvasPixels.of(browser.driver());
        assertTrue(page.control("Show first-layer lines").isSelected());
        // Crossing lines cover one another at a point or two: nearly every read shows each line's own colour.
        List<Integer> shown = Wait.until(() -> matches(pixels, config),
                found -> found.stream().allMatch(f -> f >= ALONG.length - 2));
        browser.saveArtifacts("lines-1-shown");
        assertTrue(shown.stream().allMatch(f -> f >= ALONG.length - 2), "reads in each line's colour: " + shown);

        AppPage app = AppPage.attach(browser.driver());
        page.tick("Show first-layer lines", false);
        List<Integer> hidden = Wait.until(() -> matches(pixels, config),
                found -> found.stream().allMatch(f -> f == 0));
        assertEquals(List.of(0, 0, 0, 0), hidden, "no line once switched off");
        assertFalse(app.waitForHash(h -> !h.contains("lines=1")).contains("lines=1"));

        page.tick("Show first-layer lines", true);
        assertTrue(app.waitForHashContaining("lines=1").contains("lines=1"), "the link keeps the switch");
        Wait.until(() -> matches(pixels, config), found -> found.stream().allMatch(f -> f >= ALONG.length - 2));
        // Focus the diagram (the output neuron) and step left to the first hidden neuron: its line stays in its
        // colour, the others fade.
        browser.driver().findElement(By.id("network")).sendKeys(Keys.ARROW_LEFT);
        List<Integer> picked = Wait.until(() -> matches(pixels, config),
                found -> found.get(0) >= ALONG.length - 2 && found.subList(1, 4).stream().allMatch(f -> f == 0));
        browser.saveArtifacts("lines-2-highlighted");
        assertTrue(picked.get(0) >= ALONG.length - 2 && picked.subList(1, 4).stream().allMatch(f -> f == 0),
                "neuron 1 stressed, the others faded: " + picked);

        app.followLink("#v=1&lesson=feedforward");
        browser.driver().findElement(By.id("lesson-setup")).click();
        assertEquals("Circle", page.waitForChosen("Dataset", "Circle"));
        assertEquals("1 hidden layer", page.waitForLayerCount("1 hidden layer"));
        assertTrue(app.waitForHashContaining("hidden=4").contains("lines=1"), app.hash());
        assertTrue(page.control("Show first-layer lines").isSelected());
    }
}
