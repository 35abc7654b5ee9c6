package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.PlaygroundPage;
import java.util.List;
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
        page.play().waitForEpoch(150).pause();
        browser.saveArtifacts("playground-2-trained");
        assertFalse(page.isPlaying());
        assertTrue(page.epoch() >= 150, "epoch " + page.epoch());
        assertTrue(page.trainLoss() < 0.1, "training loss " + page.trainLoss() + " (from " + before + ")");
        assertTrue(page.trainLoss() < before);
    }

    @Test
    void stepAdvancesExactlyOneEpochAndResetReturnsToZero() {
        PlaygroundPage page = fresh();
        String initialLoss = page.trainLossText();
        page.step();
        assertEquals(1, page.epoch());
        page.step().step();
        assertEquals(3, page.epoch());
        assertNotEquals(initialLoss, page.trainLossText());
        page.reset();
        assertEquals(0, page.epoch());
        assertEquals(initialLoss, page.trainLossText(), "reset restores the seeded initial weights");
    }

    @Test
    void clickingAddsPointsOfTheChosenClassAndTheyShowOnTheCanvas() {
        PlaygroundPage page = fresh();
        page.choose("Dataset", "My points (place them)");
        assertEquals(0, page.trainingPoints());
        page.clickCanvas(-100, -100, false);
        page.clickCanvas(100, 100, true);
        page.control("Blue (1)").click();
        page.clickCanvas(100, -100, false);
        page.settle();
        browser.saveArtifacts("playground-3-placed");
        assertEquals(3, page.trainingPoints());
        int[] orange = page.canvasColor(-100, -100);
        int[] blue = page.canvasColor(100, 100);
        int[] blueToo = page.canvasColor(100, -100);
        assertTrue(orange[0] > 200 && orange[2] < 100, "orange point: " + java.util.Arrays.toString(orange));
        assertTrue(blue[2] > 150 && blue[0] < 100, "blue point: " + java.util.Arrays.toString(blue));
        assertTrue(blueToo[2] > 150 && blueToo[0] < 100, "blue point: " + java.util.Arrays.toString(blueToo));

        page.rightClickCanvas(100, 100);
        assertEquals(2, page.trainingPoints());
        page.dragCanvas(-100, -100, -50, 50);
        page.settle();
        int[] moved = page.canvasColor(-50, 50);
        assertTrue(moved[0] > 200 && moved[2] < 100, "dragged point: " + java.util.Arrays.toString(moved));
        page.button("Clear all points").click();
        assertEquals(0, page.trainingPoints());
    }

    @Test
    void pointsCanBePlacedAndRemovedWithTheKeyboard() {
        PlaygroundPage page = fresh();
        page.choose("Dataset", "My points (place them)");
        page.canvas().sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ENTER);
        page.canvas().sendKeys("1", Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT), Keys.ENTER);
        assertEquals(2, page.trainingPoints());
        page.canvas().sendKeys(Keys.DELETE);
        assertEquals(1, page.trainingPoints());
        assertTrue(browser.driver().findElement(org.openqa.selenium.By.id("live")).getText().contains("Removed"));
    }

    @Test
    void settingsTakeEffect() {
        PlaygroundPage page = fresh();
        String tanhLoss = page.trainLossText();
        page.choose("Activation", "ReLU");
        assertNotEquals(tanhLoss, page.trainLossText(), "ReLU network starts elsewhere");

        page.button("Add a hidden layer").click();
        assertEquals("3 hidden layers", page.layerCount());
        page.button("Add a neuron to hidden layer 1").click();
        assertEquals("5 neurons", browser.driver().findElement(org.openqa.selenium.By.id("layer-1-size")).getText());

        String beforeFeature = page.trainLossText();
        page.tick("x₁²", true);
        assertNotEquals(beforeFeature, page.trainLossText(), "a new input changes the network");

        page.step().step();
        assertEquals(2, page.epoch());
        page.choose("Learning rate", "0.3");
        assertEquals(2, page.epoch(), "the learning rate changes without a reset");
        page.step();
        double fast = page.trainLoss();
        page.reset().choose("Learning rate", "0.00001").step().step().step();
        assertNotEquals(fast, page.trainLoss());

        // Regression: new points are targets −1 and +1, and the point controls say so.
        page.choose("Problem type", "Regression");
        assertEquals("Target of new points", browser.driver().findElement(By.id("class-legend")).getText());
        assertEquals("Orange (−1)", browser.driver().findElement(By.cssSelector("label.class-0")).getText().trim());
        assertEquals("Blue (+1)", browser.driver().findElement(By.cssSelector("label.class-1")).getText().trim());
    }

    @Test
    void aDivergingLearningRatePausesAndSaysSo() {
        PlaygroundPage page = fresh();
        page.choose("Problem type", "Regression");
        page.choose("Activation", "ReLU");
        page.choose("Learning rate", "10");
        page.play();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !page.notice().isEmpty());
        browser.saveArtifacts("playground-4-diverged");
        assertFalse(page.isPlaying());
        assertTrue(page.notice().contains("learning rate"), page.notice());
        page.choose("Learning rate", "0.01").reset();
        assertEquals(0, page.epoch());
        assertEquals("", page.notice());
    }

    @Test
    void hoveringANeuronDescribesIt() {
        PlaygroundPage page = fresh();
        browser.driver().findElement(org.openqa.selenium.By.id("network")).sendKeys(Keys.ARROW_LEFT);
        assertTrue(page.neuronInfo().startsWith("Layer 2, neuron 1"), page.neuronInfo());
        assertTrue(page.neuronInfo().contains("bias"), page.neuronInfo());
    }

    @Test
    void aNeuronsBiasAndWeightsCanBeTypedIn() {
        PlaygroundPage page = fresh();
        WebElement diagram = browser.driver().findElement(By.id("network"));
        diagram.sendKeys(Keys.ARROW_LEFT, Keys.ENTER);
        WebElement editor = browser.driver().findElement(By.id("neuron-editor"));
        assertTrue(editor.isDisplayed());
        assertEquals("Edit neuron 1 of hidden layer 2 (Tanh)",
                browser.driver().findElement(By.id("neuron-editor-title")).getText());
        WebElement bias = browser.driver().findElement(By.id("neuron-edit-bias"));
        assertEquals(bias, browser.driver().switchTo().activeElement(), "the bias field has the focus");
        assertEquals(5, browser.driver().findElements(By.cssSelector("#neuron-editor-fields input")).size(),
                "the bias and the weights from the 4 neurons of layer 1");
        String before = bias.getAttribute("value");
        String lossBefore = page.trainLossText();

        bias.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2.5", Keys.ENTER);
        page.settle();
        assertEquals("2.5", bias.getAttribute("value"), "kept as typed while it has the focus");
        assertNotEquals(lossBefore, page.trainLossText(), "the loss is recomputed");
        assertTrue(page.neuronInfo().contains("bias 2.500"), page.neuronInfo());

        WebElement weight = browser.driver().findElement(By.id("neuron-edit-w0"));
        String weightBefore = weight.getAttribute("value");
        weight.sendKeys(Keys.chord(Keys.CONTROL, "a"), "lots", Keys.ENTER);
        WebElement error = browser.driver().findElement(By.id("neuron-editor-error"));
        assertTrue(error.getText().contains("\"lots\" is not a number"), error.getText());
        assertEquals(weightBefore, weight.getAttribute("value"), "the weight is shown again, unchanged");

        page.reset();
        assertTrue(editor.isDisplayed(), "the editor stays on the same neuron of the reset network");
        assertEquals(before, browser.driver().findElement(By.id("neuron-edit-bias")).getAttribute("value"),
                "Reset returns to the initial weights");
        browser.driver().findElement(By.id("neuron-editor-close")).click();
        assertFalse(editor.isDisplayed());
    }

    @Test
    void hasNoAccessibilityViolations() {
        fresh();
        assertEquals(List.of(), browser.accessibilityViolations());
        // Again with the neuron editor open: its fields are made by the page.
        browser.driver().findElement(By.id("network")).sendKeys(Keys.ENTER);
        assertTrue(browser.driver().findElement(By.id("neuron-editor")).isDisplayed());
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
