package hyperplane.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The playground's Compare mode: the buttons that start a comparison, the run chooser, each run's tile caption and
 * the table of the settings that differ. Returns values; never asserts.
 */
public final class ComparePage {
    private final WebDriver driver;

    private ComparePage(WebDriver driver) {
        this.driver = driver;
    }

    /** The comparison of the page open in {@code driver}. */
    public static ComparePage attach(WebDriver driver) {
        return new ComparePage(driver);
    }

    /** Presses "Compare runs" and waits for the runs' tiles. */
    public ComparePage start() {
        driver.findElement(By.id("compare-start")).click();
        return waitForRuns(2);
    }

    /** Waits until {@code count} runs are shown; returns this page. */
    public ComparePage waitForRuns(int count) {
        Wait.require(() -> runs() == count, count + " compared runs");
        return this;
    }

    /** How many runs' tiles are shown (0 without a comparison). */
    public int runs() {
        if (!driver.findElement(By.id("compare-panel")).isDisplayed()) {
            return 0;
        }
        int shown = 0;
        for (int run = 0; run < 4; run++) {
            shown += driver.findElement(By.id("compare-tile-" + run)).isDisplayed() ? 1 : 0;
        }
        return shown;
    }

    /** Chooses which run (0 is A) the settings edit. */
    public ComparePage choose(int run) {
        driver.findElement(By.id("compare-run-" + run)).click();
        return this;
    }

    /** Whether the chooser shows run {@code run} as the one the settings edit. */
    public boolean chosen(int run) {
        return "true".equals(driver.findElement(By.id("compare-run-" + run)).getAttribute("aria-pressed"));
    }

    /** Run {@code run}'s caption ("loss 0.123 · 87 % right"). */
    public String caption(int run) {
        return driver.findElement(By.id("compare-caption-" + run)).getText().trim();
    }

    /** Waits until run {@code run}'s caption is {@code expected}; returns the one shown. */
    public String waitForCaption(int run, String expected) {
        return Wait.untilEquals(() -> caption(run), expected);
    }

    /** The differing-settings table as text, rows on lines, cells separated by tabs or spaces. */
    public String differences() {
        return driver.findElement(By.id("compare-diff")).getText();
    }
}
