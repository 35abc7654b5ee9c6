package hyperplane.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page's message bar: its text and, after an undoable action, its Undo button. */
public final class MessageBar {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final WebDriver driver;

    private MessageBar(WebDriver driver) {
        this.driver = driver;
    }

    public static MessageBar attach(WebDriver driver) {
        return new MessageBar(driver);
    }

    /** The message shown now, or "" when the bar is hidden. */
    public String text() {
        WebElement box = driver.findElement(By.id("notice"));
        return box.isDisplayed() ? driver.findElement(By.id("notice-text")).getText() : "";
    }

    /** Waits until the message contains {@code part}, and returns it. */
    public String waitFor(String part) {
        new WebDriverWait(driver, WAIT).until(d -> text().contains(part));
        return text();
    }

    /** Whether the Undo button is on show. */
    public boolean offersUndo() {
        return driver.findElement(By.id("notice-undo")).isDisplayed();
    }

    /** Waits for the Undo button and presses it. */
    public MessageBar undo() {
        new WebDriverWait(driver, WAIT).until(d -> offersUndo());
        driver.findElement(By.id("notice-undo")).click();
        return this;
    }
}
