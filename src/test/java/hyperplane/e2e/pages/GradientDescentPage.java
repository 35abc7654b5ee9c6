package hyperplane.e2e.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The gradient-descent explorer as a user sees it: fields by label, buttons by name, the table and status. The
 * table, status and plot are drawn in an animation frame after the click or change that alters them, so each read a
 * test makes after an action has a waiting form. Returns values; never asserts.
 */
public final class GradientDescentPage extends ViewPage<GradientDescentPage> {

    private GradientDescentPage(WebDriver driver) {
        super(driver, "view-gradient-descent", null);
    }

    /** This view of the page already open in {@code driver} (after following a link or clicking its tab). */
    public static GradientDescentPage attach(WebDriver driver) {
        return new GradientDescentPage(driver);
    }

    /** Opens the page at {@code url} (which should select this view) and waits for the table's first row. */
    public static GradientDescentPage open(WebDriver driver, String url) {
        AppPage.open(driver, url);
        GradientDescentPage page = new GradientDescentPage(driver);
        Wait.require(() -> page.rowCount() > 0, "the table's first row");
        return page;
    }

    /** Replaces the text of the field labelled {@code label} and commits it with Enter. */
    public GradientDescentPage type(String label, String text) {
        WebElement field = control(label);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text, Keys.ENTER);
        // Enter commits the formula field; the others commit on change, which leaving them fires.
        field.sendKeys(Keys.TAB);
        return this;
    }

    /** Whether the field is marked invalid. */
    public boolean invalid(String label) {
        return "true".equals(control(label).getAttribute("aria-invalid"));
    }

    /** Waits until the field is marked invalid ({@code true}) or not; returns whether it is. */
    public boolean waitForInvalid(String label, boolean expected) {
        return Wait.untilEquals(() -> invalid(label), expected);
    }

    /** The inline message the field points to through aria-describedby (the visible ones joined), or "". */
    public String fieldMessage(String label) {
        StringBuilder text = new StringBuilder();
        for (String id : control(label).getAttribute("aria-describedby").split(" ")) {
            WebElement e = driver.findElement(By.id(id));
            if (e.isDisplayed() && e.getAttribute("class").contains("field-error")) {
                text.append(e.getText());
            }
        }
        return text.toString();
    }

    /** Waits until the field's inline message satisfies {@code condition}; returns it. */
    public String waitForFieldMessage(String label, Predicate<String> condition) {
        return Wait.until(() -> fieldMessage(label), condition);
    }

    /** The button with this accessible name (aria-label or text) in the view. */
    public WebElement button(String name) {
        for (WebElement b : driver.findElements(By.cssSelector("#view-gradient-descent button"))) {
            String label = b.getAttribute("aria-label");
            if (name.equals(label) || (label == null && b.getText().trim().equals(name))) {
                return b;
            }
        }
        throw new IllegalArgumentException("no button named " + name);
    }

    public GradientDescentPage step(int times) {
        for (int i = 0; i < times; i++) {
            button("Take one step").click();
        }
        return this;
    }

    /**
     * Presses Play on a run that has not finished and waits until it has (the status is no longer "running" and
     * Play is up again). It first waits until the status shows an unfinished run, so that the status of a run the
     * last change replaced is not taken for the end of this one. The last row and the status are drawn in the same
     * frame, so both can be read at once afterwards.
     */
    public GradientDescentPage playToEnd() {
        Wait.require(() -> statusKey().equals("running"), "the status of a run not yet finished");
        button("Play").click();
        Wait.require(() -> !statusKey().equals("running")
                && "false".equals(driver.findElement(By.id("gd-play")).getAttribute("aria-pressed")),
                "the run to finish", Duration.ofSeconds(120));
        return this;
    }

    /** Presses "To the end" and waits until the status says the run finished. */
    public GradientDescentPage runToEnd() {
        Wait.require(() -> statusKey().equals("running"), "the status of a run not yet finished");
        button("Run to the end").click();
        Wait.require(() -> !statusKey().equals("running"), "the run to finish");
        return this;
    }

    /** "running", "converged", "cap" or "diverged". */
    public String statusKey() {
        return driver.findElement(By.id("gd-status")).getAttribute("data-status");
    }

    public String status() {
        return driver.findElement(By.id("gd-status")).getText();
    }

    public int rowCount() {
        return driver.findElements(By.cssSelector("#gd-rows tr[id]")).size();
    }

    /** Waits until the table shows {@code expected} rows; returns how many it shows. */
    public int waitForRowCount(int expected) {
        return Wait.untilEquals(this::rowCount, expected);
    }

    /** The cells of table row {@code k} (step, x, f(x), f′(x)) as shown. */
    public List<String> row(int k) {
        List<String> cells = new ArrayList<>();
        for (WebElement cell : driver.findElement(By.id("gd-row-" + k)).findElements(By.xpath("./*"))) {
            cells.add(cell.getText());
        }
        return cells;
    }

    /** Waits until table row {@code k} is there with these cells; returns its cells (or fails to find it). */
    public List<String> waitForRow(int k, List<String> expected) {
        return Wait.untilEquals(() -> row(k), expected);
    }

    /** Waits until table row {@code k} is there with x = {@code expected}; returns its x cell. */
    public String waitForX(int k, String expected) {
        return Wait.untilEquals(() -> row(k).get(1), expected);
    }

    /** The cells of the last row shown. */
    public List<String> lastRow() {
        List<WebElement> rows = driver.findElements(By.cssSelector("#gd-rows tr[id]"));
        List<String> cells = new ArrayList<>();
        for (WebElement cell : rows.get(rows.size() - 1).findElements(By.xpath("./*"))) {
            cells.add(cell.getText());
        }
        return cells;
    }

    /** The derivative shown under the formula field. */
    public String derivative() {
        return driver.findElement(By.id("gd-derivative")).getText();
    }

    /** Waits until the derivative shown equals {@code expected}; returns it. */
    public String waitForDerivative(String expected) {
        return Wait.untilEquals(this::derivative, expected);
    }

    /** The plot canvas's pixels as a data URL (to see whether the plot changed). */
    public String plotPixels() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.getElementById('gd-plot').toDataURL();");
    }

    /** The race's result lines, each as "STEPS TEXT" (the steps its run took, then the line shown). */
    public List<String> raceResults() {
        List<String> out = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector("#race-results li"))) {
            out.add(li.getAttribute("data-steps") + " " + li.getText());
        }
        return out;
    }

    /** Waits until the race's result lines satisfy {@code condition}; returns them. */
    public List<String> waitForRaceResults(Predicate<List<String>> condition) {
        return Wait.until(this::raceResults, condition);
    }

    /** The step the race shows (0 is the start). */
    public int raceStep() {
        return Integer.parseInt(driver.findElement(By.id("race-step-number")).getAttribute("data-step"));
    }

    /** The step at which the race's longest run ends. */
    public int raceLast() {
        return Integer.parseInt(driver.findElement(By.id("race-step-number")).getAttribute("data-last"));
    }

    /** Waits until the race shows step {@code expected}; returns the step shown. */
    public int waitForRaceStep(int expected) {
        return Wait.untilEquals(this::raceStep, expected);
    }

    /** The line under the race's buttons, e.g. "Step 3 of 103". */
    public String raceStepText() {
        return driver.findElement(By.id("race-step-number")).getText();
    }

    /** Presses Play on the race and waits until it has played to its end and Play is up again. */
    public GradientDescentPage playRaceToEnd() {
        button("Play the race").click();
        Wait.require(() -> raceStep() == raceLast()
                && "false".equals(driver.findElement(By.id("race-play")).getAttribute("aria-pressed")),
                "the race to play to its end", Duration.ofSeconds(60));
        return this;
    }
}
