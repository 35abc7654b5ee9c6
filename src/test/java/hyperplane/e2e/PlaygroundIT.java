package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.CanvasPixels;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The playground driven as a user would: by visible labels, clicks, drags and keys. */
class PlaygroundIT extends BrowserTestSupport {

    private PlaygroundPage fresh() {
        PlaygroundPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return PlaygroundPage.open(browser.driver(), http(""));
    }

    @Test
    void playTrainsTheDefaultCircleUntilTheLossIsLow() {
        PlaygroundPage page = fresh();
        double before = page.trainLoss();
        browser.saveArtifacts("playground-1-start");
        page.play().waitForEpochAtLeast(150).pause();
        assertFalse(page.waitForPlaying(false));
        // While it plays the readouts lag behind; once paused they show where training stopped.
        double loss = page.waitForTrainLossBelow(0.1);
        browser.saveArtifacts("playground-2-trained");
        assertTrue(page.epoch() >= 150, "epoch " + page.epoch());
        assertTrue(loss < 0.1, "training loss " + loss + " (from " + before + ")");
        assertTrue(loss < before);
    }

    @Test
    void stepAdvancesExactlyOneEpochAndResetReturnsToZero() {
        PlaygroundPage page = fresh();
        String initialLoss = page.trainLossText();
        page.step();
        assertEquals(1, page.waitForEpoch(1));
        page.step().step();
        assertEquals(3, page.waitForEpoch(3));
        assertNotEquals(initialLoss, page.waitForNewTrainLoss(initialLoss));
        page.reset();
        assertEquals(0, page.waitForEpoch(0));
        assertEquals(initialLoss, page.waitForTrainLossText(initialLoss), "reset restores the seeded initial weights");
    }

    @Test
    void theSavedPictureShowsTheHeatmapLayerUnderThePoints() {
        PlaygroundPage page = PlaygroundPage.open(browser.driver(), http("#v=1&data=xor"));
        for (int i = 0; i < 20; i++) {
            page.step();
        }
        page.waitForEpoch(20);
        CanvasPixels pixels = CanvasPixels.of(browser.driver());
        int[] size = pixels.logicalSize();
        double k = pixels.scale();
        int[] xs = new int[25];
        int[] ys = new int[25];
        for (int i = 0; i < 25; i++) {
            xs[i] = (int) Math.round(k * size[0] * (0.15 + 0.17 * (i % 5)));
            ys[i] = (int) Math.round(k * size[1] * (0.12 + 0.17 * (i / 5)));
        }
        // The canvas as shown, its heatmap layer under it: paused, the epoch's readout and picture change together.
        int[][] shown = new int[25][];
        for (int i = 0; i < 25; i++) {
            shown[i] = pixels.color(xs[i], ys[i]);
        }
        List<List<Number>> saved = page.savedPictureColors(xs, ys);
        int coloured = 0;
        for (int i = 0; i < 25; i++) {
            int[] s = {saved.get(i).get(0).intValue(), saved.get(i).get(1).intValue(), saved.get(i).get(2).intValue()};
            for (int c = 0; c < 3; c++) {
                assertTrue(Math.abs(s[c] - shown[i][c]) <= 8, "pixel " + xs[i] + ", " + ys[i] + ": saved "
                        + Arrays.toString(s) + ", shown " + Arrays.toString(shown[i]));
            }
            coloured += Math.max(s[0], Math.max(s[1], s[2])) - Math.min(s[0], Math.min(s[1], s[2])) > 60 ? 1 : 0;
        }
        assertTrue(coloured >= 20, coloured + " of 25 pixels in the plot are coloured (the heatmap, not white)");
    }

    @Test
    void clickingAddsPointsOfTheChosenClassAndTheyShowOnTheCanvas() {
        PlaygroundPage page = fresh();
        page.choose("Dataset", "My points (place them)");
        assertEquals(0, page.waitForTrainingPoints(0));
        page.clickCanvas(-100, -100, false);
        page.clickCanvas(100, 100, true);
        page.control("Blue (1)").click();
        page.clickCanvas(100, -100, false);
        assertEquals(3, page.waitForTrainingPoints(3));
        Predicate<int[]> isOrange = rgb -> rgb[0] > 200 && rgb[2] < 100;
        Predicate<int[]> isBlue = rgb -> rgb[2] > 150 && rgb[0] < 100;
        int[] orange = page.waitForCanvasColor(-100, -100, isOrange);
        int[] blue = page.waitForCanvasColor(100, 100, isBlue);
        int[] blueToo = page.waitForCanvasColor(100, -100, isBlue);
        browser.saveArtifacts("playground-3-placed");
        assertTrue(isOrange.test(orange), "orange point: " + Arrays.toString(orange));
        assertTrue(isBlue.test(blue), "blue point: " + Arrays.toString(blue));
        assertTrue(isBlue.test(blueToo), "blue point: " + Arrays.toString(blueToo));

        page.rightClickCanvas(100, 100);
        assertEquals(2, page.waitForTrainingPoints(2));
        page.dragCanvas(-100, -100, -50, 50);
        int[] moved = page.waitForCanvasColor(-50, 50, isOrange);
        assertTrue(isOrange.test(moved), "dragged point: " + Arrays.toString(moved));
        page.button("Clear all points").click();
        assertEquals(0, page.waitForTrainingPoints(0));
    }

    @Test
    void pointsCanBePlacedAndRemovedWithTheKeyboard() {
        PlaygroundPage page = fresh();
        page.choose("Dataset", "My points (place them)");
        page.canvas().sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ENTER);
        page.canvas().sendKeys("1", Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT), Keys.ENTER);
        assertEquals(2, page.waitForTrainingPoints(2));
        page.canvas().sendKeys(Keys.DELETE);
        assertEquals(1, page.waitForTrainingPoints(1));
        String said = app().waitForText("live", text -> text.contains("Removed"));
        assertTrue(said.contains("Removed"), said);
    }

    @Test
    void settingsTakeEffect() {
        PlaygroundPage page = fresh();
        AppPage app = app();
        String tanhLoss = page.trainLossText();
        page.choose("Activation", "ReLU");
        assertNotEquals(tanhLoss, page.waitForNewTrainLoss(tanhLoss), "ReLU network starts elsewhere");

        page.button("Add a hidden layer").click();
        assertEquals("3 hidden layers", page.waitForLayerCount("3 hidden layers"));
        page.button("Add a neuron to hidden layer 1").click();
        assertEquals("5 neurons", app.waitForText("layer-1-size", "5 neurons"));

        // The loss of the network with the new neuron: drawn in a frame after the click.
        page.settle();
        String beforeFeature = page.trainLossText();
        page.tick("x₁²", true);
        assertNotEquals(beforeFeature, page.waitForNewTrainLoss(beforeFeature), "a new input changes the network");

        page.step().step();
        assertEquals(2, page.waitForEpoch(2));
        page.choose("Learning rate", "0.3");
        // The page has taken the new rate once the link names it; a frame later the epoch must still be 2.
        app.waitForHashValue("lr", "0.3");
        page.settle();
        assertEquals(2, page.epoch(), "the learning rate changes without a reset");
        page.step();
        assertEquals(3, page.waitForEpoch(3));
        double fast = page.trainLoss();
        page.reset();
        // Epoch 0 first, so that epoch 3 below is the new run's and not the old one still shown.
        assertEquals(0, page.waitForEpoch(0));
        page.choose("Learning rate", "0.00001").step().step().step();
        assertEquals(3, page.waitForEpoch(3));
        assertNotEquals(fast, page.trainLoss());

        // Regression: new points are targets −1 and +1, and the point controls say so.
        page.choose("Problem type", "Regression");
        assertEquals("Target of new points", app.waitForText("class-legend", "Target of new points"));
        assertEquals("Orange (−1)", Wait.untilEquals(() -> labelText("label.class-0"), "Orange (−1)"));
        assertEquals("Blue (+1)", Wait.untilEquals(() -> labelText("label.class-1"), "Blue (+1)"));
    }

    private String labelText(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText().trim();
    }

    @Test
    void aDivergingLearningRatePausesAndSaysSo() {
        PlaygroundPage page = fresh();
        page.choose("Problem type", "Regression");
        page.choose("Activation", "ReLU");
        page.choose("Learning rate", "10");
        page.play();
        String notice = page.waitForNotice(text -> !text.isEmpty());
        browser.saveArtifacts("playground-4-diverged");
        assertFalse(page.waitForPlaying(false));
        assertTrue(notice.contains("learning rate"), notice);
        page.choose("Learning rate", "0.01").reset();
        assertEquals(0, page.waitForEpoch(0));
        assertEquals("", page.waitForNotice(String::isEmpty));
    }

    @Test
    void hoveringANeuronDescribesIt() {
        PlaygroundPage page = fresh();
        browser.driver().findElement(By.id("network")).sendKeys(Keys.ARROW_LEFT);
        String info = page.waitForNeuronInfo(text -> text.startsWith("Layer 2, neuron 1"));
        assertTrue(info.startsWith("Layer 2, neuron 1"), info);
        assertTrue(info.contains("bias"), info);
    }

    @Test
    void aNeuronsBiasAndWeightsCanBeTypedIn() {
        PlaygroundPage page = fresh();
        AppPage app = app();
        WebElement diagram = browser.driver().findElement(By.id("network"));
        diagram.sendKeys(Keys.ARROW_LEFT, Keys.ENTER);
        assertTrue(app.waitForDisplayed("neuron-editor", true));
        WebElement editor = browser.driver().findElement(By.id("neuron-editor"));
        assertEquals("Edit neuron 1 of hidden layer 2 (Tanh)",
                app.waitForText("neuron-editor-title", "Edit neuron 1 of hidden layer 2 (Tanh)"));
        assertEquals("neuron-edit-bias", app.waitForFocus("neuron-edit-bias"), "the bias field has the focus");
        WebElement bias = browser.driver().findElement(By.id("neuron-edit-bias"));
        assertEquals(5, app.waitForCount("#neuron-editor-fields input", 5),
                "the bias and the weights from the 4 neurons of layer 1");
        String before = bias.getAttribute("value");
        String lossBefore = page.trainLossText();

        bias.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2.5", Keys.ENTER);
        String lossAfter = page.waitForNewTrainLoss(lossBefore);
        String info = page.waitForNeuronInfo(text -> text.contains("bias 2.500"));
        // Frames have redrawn the editor since; what was typed must still be there.
        page.settle();
        assertEquals("2.5", bias.getAttribute("value"), "kept as typed while it has the focus");
        assertNotEquals(lossBefore, lossAfter, "the loss is recomputed");
        assertTrue(info.contains("bias 2.500"), info);

        WebElement weight = browser.driver().findElement(By.id("neuron-edit-w0"));
        String weightBefore = weight.getAttribute("value");
        weight.sendKeys(Keys.chord(Keys.CONTROL, "a"), "lots", Keys.ENTER);
        String error = app.waitForText("neuron-editor-error", text -> text.contains("\"lots\" is not a number"));
        assertTrue(error.contains("\"lots\" is not a number"), error);
        assertEquals(weightBefore, app.waitForAttribute("neuron-edit-w0", "value", weightBefore),
                "the weight is shown again, unchanged");

        page.reset();
        assertEquals(before, app.waitForAttribute("neuron-edit-bias", "value", before),
                "Reset returns to the initial weights");
        assertTrue(editor.isDisplayed(), "the editor stays on the same neuron of the reset network");
        browser.driver().findElement(By.id("neuron-editor-close")).click();
        assertFalse(app.waitForDisplayed("neuron-editor", false));
    }

    @Test
    void hasNoAccessibilityViolations() {
        fresh();
        assertEquals(List.of(), browser.accessibilityViolations());
        // Again with the neuron editor open: its fields are made by the page.
        browser.driver().findElement(By.id("network")).sendKeys(Keys.ENTER);
        assertTrue(app().waitForDisplayed("neuron-editor", true));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    private static AppPage app() {
        return AppPage.attach(browser.driver());
    }
}
