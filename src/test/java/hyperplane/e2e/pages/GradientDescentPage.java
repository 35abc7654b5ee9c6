package hyperplane.e2e.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The gradient-descent explorer as a user sees it: fields by label, buttons by name, the table and status. */
public final class GradientDescentPage {
    private final WebDriver driver;

    private GradientDescentPage(WebDriver driver) {
        this.driver = driver;
    }

    /** This view of the page already open in {@code driver} (after following a link or clicking its tab). */
    public static GradientDescentPage attach(WebDriver driver) {
        return new GradientDescentPage(driver);
    }

    /** Opens the page at {@code url} (which should select this view) and waits for the table's first row. */
    public static GradientDescentPage open(WebDriver driver, String url) {
        AppPage.open(driver, url);
        GradientDescentPage page = new GradientDescentPage(driver);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> page.rowCount() > 0);
        return page;
    }

    /** The field whose visible label starts with {@code label}. */
    public WebElement control(String label) {
        return Controls.labelled(driver, "view-gradient-descent", label);
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

    public GradientDescentPage choose(String label, String option) {
        new Select(control(label)).selectByVisibleText(option);
        return this;
    }

    /** The text of the field labelled {@code label}. */
    public String value(String label) {
        return control(label).getAttribute("value");
    }

    /** Whether the field is marked invalid. */
    public boolean invalid(String label) {
        return "true".equals(control(label).getAttribute("aria-invalid"));
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

    /** Presses Play and waits until the run has finished (the status is no longer "running"). */
    public GradientDescentPage playToEnd() {
        button("Play").click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !statusKey().equals("running"));
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

    /** The cells of table row {@code k} (step, x, f(x), f′(x)) as shown. */
    public List<String> row(int k) {
        List<String> cells = new ArrayList<>();
        for (WebElement cell : driver.findElement(By.id("gd-row-" + k)).findElements(By.xpath("./*"))) {
            cells.add(cell.getText());
        }
        return cells;
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

    /** The plot canvas's pixels as a data URL (to see whether the plot changed). */
    public String plotPixels() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.getElementById('gd-plot').toDataURL();");
    }
}
