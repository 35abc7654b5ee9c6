package hyperplane.e2e.pages;

import java.time.Duration;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Perceptron view as a user sees it: controls by their visible labels, the run buttons and the numbers of
 * the last step read from their id'd readouts, each with a waiting form for reads that follow an action. Returns
 * values; never asserts.
 */
public final class PerceptronPage extends ViewPage<PerceptronPage> {

    private PerceptronPage(WebDriver driver) {
        super(driver, "view-perceptron", "p-play");
    }

    /** This view of the page already open in {@code driver} (after following a link or clicking its tab). */
    public static PerceptronPage attach(WebDriver driver) {
        return new PerceptronPage(driver);
    }

    /** Opens {@code url} (which should carry #v=1&view=perceptron) fresh and waits for the view to show. */
    public static PerceptronPage open(WebDriver driver, String url) {
        AppPage.open(driver, url);
        PerceptronPage page = new PerceptronPage(driver);
        Wait.require(() -> driver.findElement(By.id("view-perceptron")).isDisplayed() && !page.status().isEmpty(),
                "the perceptron view and its status");
        return page;
    }

    /** Types {@code value} into the number field labelled {@code label} and commits it. */
    public PerceptronPage type(String label, String value) {
        WebElement input = control(label);
        // Select what is there and type over it (clear() would commit an empty value first), then leave.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        return this;
    }

    public PerceptronPage stepPoint() {
        driver.findElement(By.id("p-step")).click();
        return this;
    }

    public PerceptronPage stepEpoch() {
        driver.findElement(By.id("p-step-epoch")).click();
        return this;
    }

    public PerceptronPage play() {
        driver.findElement(By.id("p-play")).click();
        return this;
    }

    public PerceptronPage reset() {
        driver.findElement(By.id("p-reset")).click();
        return this;
    }

    /** The text of the readout with this id (p-x-tilde, p-net, p-f, p-y, p-error, p-update, p-w-before, ...). */
    public String read(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    /** Waits until the readout with this id shows {@code expected}; returns what it shows. */
    public String waitForReadout(String id, String expected) {
        return Wait.untilEquals(() -> read(id), expected);
    }

    /** Waits until the readout with this id satisfies {@code condition}; returns what it shows. */
    public String waitForReadout(String id, Predicate<String> condition) {
        return Wait.until(() -> read(id), condition);
    }

    public String status() {
        return read("p-status");
    }

    /** Waits until the status reads {@code expected}; returns what it reads. */
    public String waitForStatus(String expected) {
        return Wait.untilEquals(this::status, expected);
    }

    /** Waits up to {@code timeout} until the status satisfies {@code condition}; returns what it reads. */
    public String waitForStatus(Predicate<String> condition, Duration timeout) {
        return Wait.until(this::status, condition, timeout);
    }

    public int epoch() {
        return Integer.parseInt(read("p-epoch"));
    }

    /** Waits until the epoch shown is {@code expected}; returns the one shown. */
    public int waitForEpoch(int expected) {
        return Wait.untilEquals(this::epoch, expected);
    }

    /** The URL hash now. */
    public String hash() {
        return AppPage.attach(driver).hash();
    }

    /** Waits until the URL hash contains {@code part}; returns it. */
    public String waitForHashContaining(String part) {
        return AppPage.attach(driver).waitForHashContaining(part);
    }

    /** The points canvas, scrolled wholly into view; send it keys to place points. */
    public WebElement canvas() {
        WebElement canvas = driver.findElement(By.id("p-canvas"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
        return canvas;
    }

    /** Whether the class radio of class {@code c} is checked. */
    public boolean classChosen(int c) {
        return driver.findElement(By.id("p-class-" + c)).isSelected();
    }

    /** Waits until the class radio of class {@code c} is checked or not, as {@code expected}; returns what it is. */
    public boolean waitForClassChosen(int c, boolean expected) {
        return Wait.untilEquals(() -> classChosen(c), expected);
    }

    /** Whether the class swatch (radio and its label) of class {@code c} is shown. */
    public boolean classOffered(int c) {
        return driver.findElement(By.id("p-class-" + c)).isDisplayed();
    }

    public WebDriver driver() {
        return driver;
    }
}
