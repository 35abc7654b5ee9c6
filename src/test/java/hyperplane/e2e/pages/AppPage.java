package hyperplane.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
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

    public WebDriver driver() {
        return driver;
    }
}
