package hyperplane.e2e.pages;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The activations explorer: the function chooser, the plot and its readouts, each with a waiting form for reads
 * that follow an action (the plot and readouts are drawn in an animation frame). Returns values; never asserts.
 */
public final class ActivationsPage {
    private final WebDriver driver;

    private ActivationsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** This view of the page already open in {@code driver} (after following a link or clicking its tab). */
    public static ActivationsPage attach(WebDriver driver) {
        return new ActivationsPage(driver);
    }

    public static ActivationsPage open(WebDriver driver, String url) {
        AppPage.open(driver, url);
        ActivationsPage page = new ActivationsPage(driver);
        Wait.require(() -> !page.readout().isEmpty(), "the activation readout");
        return page;
    }

    public ActivationsPage choose(String option) {
        new Select(Controls.labelled(driver, "view-activations", "Activation function")).selectByVisibleText(option);
        return this;
    }

    /** The visible text of the chosen activation. */
    public String chosen() {
        return new Select(driver.findElement(By.id("act-function"))).getFirstSelectedOption().getText();
    }

    /** Waits until the chosen activation is {@code expected}; returns the one chosen. */
    public String waitForChosen(String expected) {
        return Wait.untilEquals(this::chosen, expected);
    }

    public WebElement plot() {
        return driver.findElement(By.id("act-plot"));
    }

    public String readout() {
        return driver.findElement(By.id("act-readout")).getText();
    }

    /** The readout with each run of white space as one space ("x = 0.000: φ(x) = 0.5000, φ′(x) = 0.2500"). */
    private String readoutLine() {
        return readout().replaceAll("\\s+", " ");
    }

    /** Waits until the readout, each run of white space read as one space, is {@code expected}; returns it so read. */
    public String waitForReadout(String expected) {
        return Wait.untilEquals(this::readoutLine, expected);
    }

    /** Waits until the readout, as shown, satisfies {@code condition}; returns it. */
    public String waitForReadout(Predicate<String> condition) {
        return Wait.until(this::readout, condition);
    }

    public String range() {
        return driver.findElement(By.id("act-range")).getText();
    }

    /** Waits until the range shown is {@code expected}; returns the one shown. */
    public String waitForRange(String expected) {
        return Wait.untilEquals(this::range, expected);
    }

    public String saturated() {
        return driver.findElement(By.id("act-saturated")).getText();
    }

    /** Waits until the saturated stretches shown are {@code expected}; returns the ones shown. */
    public String waitForSaturated(String expected) {
        return Wait.untilEquals(this::saturated, expected);
    }

    /** The width the plot is laid out at, in logical pixels (its data-logical-width), or 0 before it is drawn. */
    public long logicalWidth() {
        Number width = (Number) ((JavascriptExecutor) driver).executeScript(
                "return +(document.getElementById('act-plot').dataset.logicalWidth || 0);");
        return width.longValue();
    }

    /** Waits until the plot is laid out at {@code expected} logical pixels wide; returns the width it has. */
    public long waitForLogicalWidth(long expected) {
        return Wait.untilEquals(this::logicalWidth, expected);
    }

    /** The width the plot is shown at, in CSS pixels. */
    public double shownWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('act-plot').getBoundingClientRect().width;")).doubleValue();
    }

    /** How many pixels of the plot have the colour of the φ curve (#2C6FB7) now. */
    public long curvePixels() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("var c = document.getElementById('act-plot');"
                + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                + "for (var i = 0; i < d.length; i += 4) {"
                + " if (d[i] === 0x2C && d[i + 1] === 0x6F && d[i + 2] === 0xB7) { n++; } }"
                + "return n;")).longValue();
    }

    /** Waits until at least {@code min} pixels of the plot show the φ curve; returns how many do. */
    public long waitForCurvePixels(long min) {
        return Wait.until(this::curvePixels, n -> n >= min);
    }

    /** Moves the mouse to a point of the plot, in CSS pixels from its centre. */
    public ActivationsPage hover(int dx, int dy) {
        new Actions(driver).moveToElement(plot(), dx, dy).perform();
        return this;
    }

    public ActivationsPage click(String buttonId) {
        driver.findElement(By.id(buttonId)).click();
        return this;
    }
}
