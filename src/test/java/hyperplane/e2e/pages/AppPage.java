package hyperplane.e2e.pages;

import java.time.Duration;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page as a whole: loading, which build runs, the views' tabs, the message bar and the link; and waiting reads
 * of any element by id, for what a test checks outside the views' own page objects. Returns values; never asserts.
 */
public final class AppPage {
    private final WebDriver driver;

    private AppPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens a fresh document at {@code url} and waits until the Java code has started. */
    public static AppPage open(WebDriver driver, String url) {
        // A new hash alone does not reload the page, so leave it first.
        driver.get("about:blank");
        driver.get(url);
        AppPage page = new AppPage(driver);
        page.waitUntilStarted();
        return page;
    }

    /** Reloads the page open in {@code driver} (as the browser's reload button) and waits until it has started. */
    public static AppPage reload(WebDriver driver) {
        driver.navigate().refresh();
        AppPage page = new AppPage(driver);
        page.waitUntilStarted();
        return page;
    }

    private void waitUntilStarted() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.findElement(By.id("build-info")).getAttribute("textContent").isEmpty()
                        || d.findElement(By.id("boot-error")).isDisplayed());
    }

    /** The about line's text, such as "Running the WebAssembly build". */
    public String buildInfo() {
        return driver.findElement(By.id("build-info")).getAttribute("textContent");
    }

    /** The engine the page reports: "WebAssembly" or "JavaScript". */
    public String engine() {
        return driver.findElement(By.id("build-info")).getAttribute("data-engine");
    }

    /** The start-up error shown to the user, or "" when none. */
    public String bootError() {
        WebElement box = driver.findElement(By.id("boot-error"));
        return box.isDisplayed() ? box.getText() : "";
    }

    /** The page already open in {@code driver}, without loading it again. */
    public static AppPage attach(WebDriver driver) {
        return new AppPage(driver);
    }

    /**
     * Sets the address bar's hash in this tab (as a user pasting a link would: a new history entry, no reload)
     * and waits until the page has handled it. {@code hash} starts with '#'.
     */
    public AppPage followLink(String hash) {
        return afterHashChange("location.hash = arguments[0];", hash);
    }

    /** The browser's back button, waiting until the page has handled the hash it returns to. */
    public AppPage back() {
        return afterHashChange("history.back();", "");
    }

    /** The browser's forward button, waiting until the page has handled the hash it goes to. */
    public AppPage forward() {
        return afterHashChange("history.forward();", "");
    }

    // The page's own hashchange listener was added at start-up, so one added now runs after it has finished.
    private AppPage afterHashChange(String action, String argument) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.e2eHashHandled = false; addEventListener('hashchange',"
                + " () => { window.e2eHashHandled = true; }, {once: true});");
        js.executeScript(action, argument);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.e2eHashHandled;")));
        return settle();
    }

    /** Waits until two animation frames have passed, so the views have drawn what the last action changed. */
    public AppPage settle() {
        ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        return this;
    }

    /** Clicks the tab of the view called {@code name} (playground, perceptron, ...) and waits until it is drawn. */
    public AppPage tab(String name) {
        driver.findElement(By.id("tab-" + name)).click();
        Wait.require(() -> showing(name), "the " + name + " view on show");
        return settle();
    }

    /** Whether the panel of the view called {@code name} is on show. */
    public boolean showing(String name) {
        return driver.findElement(By.id("view-" + name)).isDisplayed();
    }

    /** Waits until the panel of the view called {@code name} is on show; returns whether it is. */
    public boolean waitForShowing(String name) {
        return Wait.untilEquals(() -> showing(name), true);
    }

    /** Presses "Start over" in the page header. */
    public AppPage startOver() {
        driver.findElement(By.id("start-over")).click();
        return this;
    }

    /** The message bar's text, or "" when it is hidden. */
    public String notice() {
        WebElement box = driver.findElement(By.id("notice"));
        return box.isDisplayed() ? driver.findElement(By.id("notice-text")).getText() : "";
    }

    /** Waits until the message bar's text (or "" when it is hidden) satisfies {@code condition}; returns it. */
    public String waitForNotice(Predicate<String> condition) {
        return Wait.until(this::notice, condition);
    }

    /** The URL hash now, with its '#'. */
    public String hash() {
        return (String) ((JavascriptExecutor) driver).executeScript("return location.hash;");
    }

    /** Waits until the URL hash satisfies {@code condition}; returns it. */
    public String waitForHash(Predicate<String> condition) {
        return Wait.until(this::hash, condition);
    }

    /** Waits until the URL hash contains {@code part}; returns it. */
    public String waitForHashContaining(String part) {
        return waitForHash(hash -> hash.contains(part));
    }

    /** The value of {@code key} in the URL hash ("key=value" between '&'s), or "" when it is not there. */
    public String hashValue(String key) {
        for (String pair : hash().replaceFirst("^#", "").split("&")) {
            if (pair.startsWith(key + "=")) {
                return pair.substring(key.length() + 1);
            }
        }
        return "";
    }

    /** Waits until {@code key} has the value {@code expected} in the URL hash; returns the value it has. */
    public String waitForHashValue(String key, String expected) {
        return Wait.untilEquals(() -> hashValue(key), expected);
    }

    /** The visible text of the element with this id. */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The whole text of the element with this id, also when it is only for screen readers (visually hidden). */
    public String textContent(String id) {
        return driver.findElement(By.id(id)).getAttribute("textContent");
    }

    /** Waits until the whole text of the element with this id satisfies {@code condition}; returns it. */
    public String waitForTextContent(String id, Predicate<String> condition) {
        return Wait.until(() -> textContent(id), condition);
    }

    /** Waits until the visible text of the element with this id equals {@code expected}; returns it. */
    public String waitForText(String id, String expected) {
        return Wait.untilEquals(() -> text(id), expected);
    }

    /** Waits until the visible text of the element with this id satisfies {@code condition}; returns it. */
    public String waitForText(String id, Predicate<String> condition) {
        return Wait.until(() -> text(id), condition);
    }

    /** Waits until the attribute (or property) {@code name} of the element with this id equals {@code expected}. */
    public String waitForAttribute(String id, String name, String expected) {
        return Wait.untilEquals(() -> driver.findElement(By.id(id)).getAttribute(name), expected);
    }

    /** Waits until the element with this id is shown ({@code true}) or hidden; returns whether it is shown. */
    public boolean waitForDisplayed(String id, boolean expected) {
        return Wait.untilEquals(() -> driver.findElement(By.id(id)).isDisplayed(), expected);
    }

    /** Waits until the control with this id is enabled ({@code true}) or disabled; returns whether it is enabled. */
    public boolean waitForEnabled(String id, boolean expected) {
        return Wait.untilEquals(() -> driver.findElement(By.id(id)).isEnabled(), expected);
    }

    /** Waits until {@code count} elements match the CSS selector; returns how many do. */
    public int waitForCount(String css, int count) {
        return Wait.untilEquals(() -> driver.findElements(By.cssSelector(css)).size(), count);
    }

    /** Waits until the element with this id has the keyboard focus; returns the id of the element that has it. */
    public String waitForFocus(String id) {
        return Wait.untilEquals(() -> driver.switchTo().activeElement().getAttribute("id"), id);
    }

    public WebDriver driver() {
        return driver;
    }
}
