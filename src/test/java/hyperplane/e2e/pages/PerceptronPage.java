package hyperplane.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Perceptron view as a user sees it: controls by their visible labels, the run buttons and the numbers of
 * the last step read from their id'd readouts. Returns values; never asserts.
 */
public final class PerceptronPage {
    private final WebDriver driver;

    private PerceptronPage(WebDriver driver) {
        this.driver = driver;
    }

    /** This view of the page already open in {@code driver} (after following a link or clicking its tab). */
    public static PerceptronPage attach(WebDriver driver) {
        return new PerceptronPage(driver);
    }

    /** Opens {@code url} (which should carry #v=1&view=perceptron) fresh and waits for the view to show. */
    public static PerceptronPage open(WebDriver driver, String url) {
        AppPage.open(driver, url);
        PerceptronPage page = new PerceptronPage(driver);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("view-perceptron")).isDisplayed() && !page.status().isEmpty());
        return page;
    }

    /** The control whose visible label starts with {@code label} (inside the perceptron view). */
    public WebElement control(String label) {
        return Controls.labelled(driver, "view-perceptron", label);
    }

    public PerceptronPage choose(String label, String option) {
        new Select(control(label)).selectByVisibleText(option);
        return this;
    }

    /** The visible text of the option chosen in the select labelled {@code label}. */
    public String chosen(String label) {
        return new Select(control(label)).getFirstSelectedOption().getText();
    }

    /** The text in the field labelled {@code label}. */
    public String value(String label) {
        return control(label).getAttribute("value");
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

    public boolean isPlaying() {
        return "true".equals(driver.findElement(By.id("p-play")).getAttribute("aria-pressed"));
    }

    /** Waits up to {@code seconds} for the status to start with {@code prefix}. */
    public PerceptronPage waitForStatus(String prefix, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> status().startsWith(prefix));
        return this;
    }

    /** The text of the readout with this id (p-x-tilde, p-net, p-f, p-y, p-error, p-update, p-w-before, ...). */
    public String read(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    public String status() {
        return read("p-status");
    }

    public int epoch() {
        return Integer.parseInt(read("p-epoch"));
    }

    /** Waits until two animation frames have passed (the line drawn where the last action put it). */
    public PerceptronPage settle() {
        AppPage.attach(driver).settle();
        return this;
    }

    /** The URL hash now. */
    public String hash() {
        return AppPage.attach(driver).hash();
    }

    public WebDriver driver() {
        return driver;
    }
}
