package hyperplane.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page as a whole: loading, which build runs, and the views' tabs. */
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

    /** Clicks the tab of the view called {@code name} (playground, perceptron, ...). */
    public AppPage tab(String name) {
        driver.findElement(By.id("tab-" + name)).click();
        return settle();
    }

    /** Whether the panel of the view called {@code name} is on show. */
    public boolean showing(String name) {
        return driver.findElement(By.id("view-" + name)).isDisplayed();
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

    /** The URL hash now, with its '#'. */
    public String hash() {
        return (String) ((JavascriptExecutor) driver).executeScript("return location.hash;");
    }

    public WebDriver driver() {
        return driver;
    }
}
