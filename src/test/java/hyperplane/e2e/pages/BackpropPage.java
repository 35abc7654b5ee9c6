package hyperplane.e2e.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The backprop inspector as a user sees it: the point list, the step buttons and keys, the shown numbers
 * (read from their data-kind/data-layer/data-neuron/data-from attributes), the model JSON and the update
 * button. Reads that follow an action have a waiting form. Returns values; never asserts.
 */
public final class BackpropPage extends ViewPage<BackpropPage> {

    private BackpropPage(WebDriver driver) {
        super(driver, "view-backprop", null);
    }

    /** Opens a fresh document at {@code url} (which should select view=backprop) and waits for the steps. */
    public static BackpropPage open(WebDriver driver, String url) {
        AppPage.open(driver, url);
        BackpropPage page = new BackpropPage(driver);
        Wait.require(() -> driver.findElement(By.id("view-backprop")).isDisplayed()
                && !driver.findElement(By.id("bp-steps")).getText().isEmpty(), "the inspector's steps");
        return page;
    }

    /** The inspector on show in the page as it is (after a click on its tab), once its steps are written. */
    public static BackpropPage attach(WebDriver driver) {
        BackpropPage page = new BackpropPage(driver);
        Wait.require(() -> driver.findElement(By.id("view-backprop")).isDisplayed()
                && !driver.findElement(By.id("bp-steps")).getText().isEmpty(), "the inspector's steps");
        return page;
    }

    /** The button with this accessible name (aria-label or text) in the inspector. */
    public WebElement button(String name) {
        return Controls.button(driver, "view-backprop", name);
    }

    /** The options of the point list, as shown. */
    @SuppressWarnings("unchecked")
    public List<String> points() {
        // In one script call: a round trip per option made this read cost seconds on a large dataset.
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(arguments[0].options).map(o => o.text);", control("Point to inspect"));
    }

    /**
     * Chooses the point at {@code index} in the list with the keyboard-accessible select, and waits until the
     * inspector shows it (the link names it as bp.point: the page writes the link as it draws the new point; the
     * first point of the list is the default, which the link leaves out).
     */
    public BackpropPage choosePoint(int index) {
        Select list = new Select(control("Point to inspect"));
        String point = index == 0 ? "" : list.getOptions().get(index).getAttribute("value");
        list.selectByIndex(index);
        AppPage app = AppPage.attach(driver);
        Wait.require(() -> app.hashValue("bp.point").equals(point), "the inspector on point " + point);
        return this;
    }

    /** The chosen point's text in the list. */
    public String chosenPoint() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const s = arguments[0]; return s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text;",
                control("Point to inspect"));
    }

    /** Waits until the list shows {@code expected} as the chosen point; returns the one it shows. */
    public String waitForChosenPoint(String expected) {
        return Wait.untilEquals(this::chosenPoint, expected);
    }

    public BackpropPage next() {
        button("Next step").click();
        return this;
    }

    public BackpropPage previous() {
        button("Previous step").click();
        return this;
    }

    /** Sends keys to the steps panel (ArrowRight, n, ArrowLeft, p). */
    public BackpropPage keys(CharSequence... keys) {
        driver.findElement(By.id("bp-steps")).sendKeys(keys);
        return this;
    }

    public BackpropPage pressRight() {
        return keys(Keys.ARROW_RIGHT);
    }

    /** "3 / 10" as shown. */
    public String stepNumber() {
        return driver.findElement(By.id("bp-step-number")).getText();
    }

    /** The current step's 1-based number. */
    public int step() {
        return Integer.parseInt(stepNumber().split(" / ")[0].trim());
    }

    /** Waits until the current step's number is {@code expected}; returns the one shown. */
    public int waitForStep(int expected) {
        return Wait.untilEquals(this::step, expected);
    }

    /** The number of steps. */
    public int stepCount() {
        return Integer.parseInt(stepNumber().split(" / ")[1].trim());
    }

    public String stepTitle() {
        return driver.findElement(By.id("bp-step-title")).getText();
    }

    /** How many step articles are on show (1, or all with "Show all at once"). */
    public int shownSteps() {
        return driver.findElements(By.cssSelector("#bp-steps article")).size();
    }

    /** Waits until {@code expected} step articles are on show; returns how many are. */
    public int waitForShownSteps(int expected) {
        return Wait.untilEquals(this::shownSteps, expected);
    }

    public BackpropPage showAll(boolean on) {
        WebElement box = control("Show all at once");
        if (box.isSelected() != on) {
            box.click();
        }
        return this;
    }

    /**
     * Every number now shown with a data-kind, keyed "kind layer neuron [from]", each as {full value, shown
     * text} (full value from data-value).
     */
    @SuppressWarnings("unchecked")
    public Map<String, String[]> values() {
        // One script call reads every value: a WebDriver round trip per attribute made a step cost seconds.
        List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#view-backprop [data-kind]')).map(e => ["
                        + "e.dataset.kind + ' ' + e.getAttribute('data-layer') + ' ' + e.getAttribute('data-neuron')"
                        + " + (e.hasAttribute('data-from') ? ' ' + e.getAttribute('data-from') : ''),"
                        + " e.getAttribute('data-value'), e.innerText.trim()]);");
        Map<String, String[]> out = new LinkedHashMap<>();
        for (List<String> row : rows) {
            out.put(row.get(0), new String[] {row.get(1), row.get(2)});
        }
        return out;
    }

    /** The full value of a readout (bp-output, bp-target, bp-cost). */
    public double readout(String id) {
        return Double.parseDouble(driver.findElement(By.id(id)).getAttribute("data-value"));
    }

    /** The model JSON of the inspected network, parsed by the browser (maps, lists and numbers). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> model() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "return JSON.parse(document.getElementById('bp-model').value);");
    }

    public BackpropPage applyUpdate() {
        button("Apply this update").click();
        return this;
    }

    /** The sentence shown after an update, "" while hidden. */
    public String applyResult() {
        WebElement box = driver.findElement(By.id("bp-after"));
        return box.isDisplayed() ? driver.findElement(By.id("bp-apply-result")).getText() : "";
    }

    /** Waits until the sentence shown after an update is on show; returns it ("" if it never shows). */
    public String waitForApplyResult() {
        return Wait.until(this::applyResult, text -> !text.isEmpty());
    }

    /** The legend under the diagram. */
    public String legend() {
        return driver.findElement(By.id("bp-legend")).getText();
    }

    /** Waits until the legend satisfies {@code condition}; returns it. */
    public String waitForLegend(Predicate<String> condition) {
        return Wait.until(this::legend, condition);
    }

    /** Clicks the point canvas at data coordinates mapped by the caller to pixel offsets from its centre. */
    public BackpropPage clickCanvasAt(int dx, int dy) {
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(driver.findElement(By.id("bp-canvas")), dx, dy).click().perform();
        return this;
    }
}
