package hyperplane.e2e.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The playground as a user sees it: controls found by their visible labels, the run buttons, the
 * readouts and the canvas. The readouts and the canvas are drawn in an animation frame after the action that changes
 * them, so each read a test makes after an action has a waiting form. Returns values; never asserts.
 */
public final class PlaygroundPage extends ViewPage<PlaygroundPage> {

    private PlaygroundPage(WebDriver driver) {
        super(driver, null, "play");
    }

    /** Opens the page fresh at {@code url} and waits for the playground to be drawn. */
    public static PlaygroundPage open(WebDriver driver, String url) {
        AppPage.open(driver, url);
        PlaygroundPage page = new PlaygroundPage(driver);
        Wait.require(() -> !page.trainLossText().equals("–") || page.summary().startsWith("0 training"),
                "the playground's readouts");
        return page;
    }

    /** The page already open in {@code driver}. */
    public static PlaygroundPage attach(WebDriver driver) {
        return new PlaygroundPage(driver);
    }

    /** Ticks or unticks the checkbox labelled {@code label}. */
    public PlaygroundPage tick(String label, boolean on) {
        WebElement box = control(label);
        if (box.isSelected() != on) {
            box.click();
        }
        return this;
    }

    /** Sets a range slider labelled {@code label} to {@code value} with the keyboard (Home, then arrows). */
    public PlaygroundPage slide(String label, int steps) {
        WebElement range = control(label);
        range.sendKeys(Keys.HOME);
        for (int i = 0; i < steps; i++) {
            range.sendKeys(Keys.ARROW_RIGHT);
        }
        return this;
    }

    public WebElement button(String accessibleName) {
        return Controls.button(driver, null, accessibleName);
    }

    public PlaygroundPage play() {
        button("Play").click();
        return this;
    }

    public PlaygroundPage pause() {
        button("Pause").click();
        return this;
    }

    public PlaygroundPage step() {
        driver.findElement(By.id("step")).click();
        return this;
    }

    public PlaygroundPage reset() {
        driver.findElement(By.id("reset")).click();
        return this;
    }

    /** Waits (up to 60 s: it trains meanwhile) until the epoch counter reaches {@code epoch}; throws if it does not. */
    public PlaygroundPage waitForEpochAtLeast(int epoch) {
        Wait.require(() -> epoch() >= epoch, "epoch " + epoch, Duration.ofSeconds(60));
        return this;
    }

    /** Waits until the epoch counter shows {@code expected}; returns the epoch it shows. */
    public int waitForEpoch(int expected) {
        return Wait.untilEquals(this::epoch, expected);
    }

    public int epoch() {
        return Integer.parseInt(driver.findElement(By.id("epoch")).getText().trim());
    }

    public String trainLossText() {
        return driver.findElement(By.id("train-loss")).getText().trim();
    }

    public double trainLoss() {
        return Double.parseDouble(trainLossText());
    }

    /** Waits until the training loss shown is {@code expected}; returns the one shown. */
    public String waitForTrainLossText(String expected) {
        return Wait.untilEquals(this::trainLossText, expected);
    }

    /** Waits until the training loss shown differs from {@code before}; returns the one shown. */
    public String waitForNewTrainLoss(String before) {
        return Wait.untilChanged(this::trainLossText, before);
    }

    /** Waits until the training loss shown is below {@code limit}; returns the one shown. */
    public double waitForTrainLossBelow(double limit) {
        return Wait.until(this::trainLoss, loss -> loss < limit);
    }

    public String testLossText() {
        return driver.findElement(By.id("test-loss")).getText().trim();
    }

    /** The sentence under the canvas ("12 training points, …"). */
    public String summary() {
        return driver.findElement(By.id("canvas-summary")).getText().trim();
    }

    /** The number of training points, read from the summary. */
    public int trainingPoints() {
        return Integer.parseInt(summary().split(" ")[0]);
    }

    /** Waits until the summary counts {@code expected} training points; returns the count it shows. */
    public int waitForTrainingPoints(int expected) {
        return Wait.untilEquals(this::trainingPoints, expected);
    }

    /** The message bar's text, or "" when it is hidden. */
    public String notice() {
        return AppPage.attach(driver).notice();
    }

    /** Waits until the message bar's text (or "" when it is hidden) satisfies {@code condition}; returns it. */
    public String waitForNotice(Predicate<String> condition) {
        return AppPage.attach(driver).waitForNotice(condition);
    }

    public String layerCount() {
        return driver.findElement(By.id("layer-count")).getText().trim();
    }

    /** Waits until the count of hidden layers reads {@code expected} ("3 hidden layers"); returns what it reads. */
    public String waitForLayerCount(String expected) {
        return Wait.untilEquals(this::layerCount, expected);
    }

    public String neuronInfo() {
        return driver.findElement(By.id("neuron-info")).getText().trim();
    }

    /** Waits until the description of a neuron satisfies {@code condition}; returns it. */
    public String waitForNeuronInfo(Predicate<String> condition) {
        return Wait.until(this::neuronInfo, condition);
    }

    /** The main canvas, scrolled wholly into view (so that offsets from its centre are exact). */
    public WebElement canvas() {
        WebElement canvas = driver.findElement(By.id("canvas"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
        return canvas;
    }

    /** Clicks the canvas at an offset from its centre, in CSS pixels; with shift held if asked. */
    public PlaygroundPage clickCanvas(int dx, int dy, boolean shift) {
        Actions actions = new Actions(driver).moveToElement(canvas(), dx, dy);
        if (shift) {
            actions.keyDown(Keys.SHIFT).click().keyUp(Keys.SHIFT);
        } else {
            actions.click();
        }
        actions.perform();
        return this;
    }

    /** Right-clicks the canvas at an offset from its centre. */
    public PlaygroundPage rightClickCanvas(int dx, int dy) {
        new Actions(driver).moveToElement(canvas(), dx, dy).contextClick().perform();
        return this;
    }

    /** Drags from one offset from the canvas centre to another. */
    public PlaygroundPage dragCanvas(int fromX, int fromY, int toX, int toY) {
        new Actions(driver).moveToElement(canvas(), fromX, fromY).clickAndHold()
                .moveByOffset((toX - fromX) / 2, (toY - fromY) / 2).moveByOffset((toX - fromX) - (toX - fromX) / 2,
                        (toY - fromY) - (toY - fromY) / 2).release().perform();
        return this;
    }

    /** Sends keys to the focused canvas. */
    public PlaygroundPage typeOnCanvas(CharSequence... keys) {
        canvas().sendKeys(keys);
        return this;
    }

    /**
     * The colour (r, g, b) the main canvas shows at an offset from its centre, read from it and its heatmap layer
     * (the canvas's backing store may be larger than its CSS size on dense screens).
     */
    @SuppressWarnings("unchecked")
    public int[] canvasColor(int dx, int dy) {
        List<Number> rgb = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "var c = arguments[0], r = c.getBoundingClientRect();"
                        + "var x = Math.round((r.width / 2 + arguments[1]) * c.width / r.width);"
                        + "var y = Math.round((r.height / 2 + arguments[2]) * c.height / r.height);"
                        + "var d = " + CanvasLayers.COMPOSITE + "(c).getImageData(x, y, 1, 1).data;"
                        + " return [d[0], d[1], d[2]];",
                canvas(), dx, dy);
        return new int[] {rgb.get(0).intValue(), rgb.get(1).intValue(), rgb.get(2).intValue()};
    }

    /**
     * Presses "Save picture" with the download caught in the page, and returns the colours (r, g, b) of the saved PNG
     * at the main canvas's backing-store pixels (xs[i], ys[i]) (the picture has a 12-pixel margin). Waits, in the
     * page, for the picture and for its decoding.
     */
    @SuppressWarnings("unchecked")
    public List<List<Number>> savedPictureColors(int[] xs, int[] ys) {
        List<Object> x = new ArrayList<>();
        List<Object> y = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            x.add(xs[i]);
            y.add(ys[i]);
        }
        return (List<List<Number>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var xs = arguments[0], ys = arguments[1], done = arguments[arguments.length - 1], url = null;"
                        + "HTMLAnchorElement.prototype.click = function () { url = this.href; };"
                        + "document.getElementById('export-png').click();"
                        + "(function wait() {"
                        + "  if (!url) { requestAnimationFrame(wait); return; }"
                        + "  var img = new Image();"
                        + "  img.onload = function () {"
                        + "    var c = document.createElement('canvas'); c.width = img.width; c.height = img.height;"
                        + "    var g = c.getContext('2d'); g.drawImage(img, 0, 0); var out = [];"
                        + "    for (var i = 0; i < xs.length; i++) {"
                        + "      var d = g.getImageData(12 + xs[i], 12 + ys[i], 1, 1).data; out.push([d[0], d[1], d[2]]);"
                        + "    }"
                        + "    done(out); };"
                        + "  img.src = url; })();", x, y);
    }

    /** Waits until the colour at an offset from the canvas centre satisfies {@code condition}; returns it. */
    public int[] waitForCanvasColor(int dx, int dy, Predicate<int[]> condition) {
        return Wait.until(() -> canvasColor(dx, dy), condition);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Chooses a file for the hidden file input behind the button {@code buttonName} ("Load model…"). */
    public PlaygroundPage load(String inputId, Path file) {
        WebElement input = driver.findElement(By.id(inputId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].hidden = false;", input);
        input.sendKeys(file.toAbsolutePath().toString());
        ((JavascriptExecutor) driver).executeScript("arguments[0].hidden = true;", input);
        return this;
    }

    /** The page's current address. */
    public String url() {
        return driver.getCurrentUrl();
    }
}
