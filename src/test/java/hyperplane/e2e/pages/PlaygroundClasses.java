package hyperplane.e2e.pages;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The playground's classes as a user sees them: the class buttons for new points, the confusion matrices under
 * the output (read from their tables) and the neuron readout that names each class's probability. Returns values;
 * never asserts.
 */
public final class PlaygroundClasses {
    private final WebDriver driver;

    private PlaygroundClasses(WebDriver driver) {
        this.driver = driver;
    }

    /** The playground already open in {@code driver}. */
    public static PlaygroundClasses attach(WebDriver driver) {
        return new PlaygroundClasses(driver);
    }

    private WebElement button(int c) {
        return driver.findElement(By.id("class-" + c));
    }

    /** Whether the button of class {@code c} is shown (the K offered). */
    public boolean offered(int c) {
        return button(c).isDisplayed();
    }

    /** Waits until the button of class {@code c} is shown or hidden, as {@code expected}; returns which. */
    public boolean waitForOffered(int c, boolean expected) {
        return Wait.untilEquals(() -> offered(c), expected);
    }

    /** Whether class {@code c} is the class of new points. */
    public boolean chosen(int c) {
        return button(c).isSelected();
    }

    /** Waits until class {@code c} is chosen or not, as {@code expected}; returns which. */
    public boolean waitForChosen(int c, boolean expected) {
        return Wait.untilEquals(() -> chosen(c), expected);
    }

    /** Clicks the label of class {@code c}'s button, as a user picks the class. */
    public PlaygroundClasses pick(int c) {
        button(c).findElement(By.xpath("..")).click();
        return this;
    }

    private WebElement table(boolean train) {
        return driver.findElement(By.id(train ? "confusion-train" : "confusion-test"));
    }

    /** The caption of the training (or test) matrix: "Training points: 9 of 9 right (100.0 %)". */
    public String caption(boolean train) {
        return table(train).findElement(By.tagName("caption")).getText().trim();
    }

    /** Waits until the caption of the training (or test) matrix satisfies {@code condition}; returns it. */
    public String waitForCaption(boolean train, Predicate<String> condition) {
        return Wait.until(() -> caption(train), condition, java.time.Duration.ofSeconds(60));
    }

    /** The count in row {@code actual} (the true class), column {@code predicted}; −1 for "–" (no such point). */
    public int count(boolean train, int actual, int predicted) {
        String text = cell(train, actual, predicted).getText().trim().split("\\s+")[0];
        return text.equals("–") ? -1 : Integer.parseInt(text);
    }

    /** The share under a cell's count ("100 %"), or "" when it shows none. */
    public String share(boolean train, int actual, int predicted) {
        return cell(train, actual, predicted).findElements(By.className("share")).stream().findFirst()
                .map(e -> e.getText().trim()).orElse("");
    }

    /** The header of row {@code actual}: "2 green". */
    public String rowHeader(boolean train, int actual) {
        return table(train).findElements(By.tagName("tr")).get(actual + 1).findElement(By.tagName("th")).getText()
                .trim();
    }

    /** The number of classes the matrix has (its columns of predicted classes). */
    public int classes(boolean train) {
        return table(train).findElements(By.tagName("tr")).get(0).findElements(By.tagName("th")).size() - 1;
    }

    private WebElement cell(boolean train, int actual, int predicted) {
        return table(train).findElements(By.tagName("tr")).get(actual + 1).findElements(By.tagName("td"))
                .get(predicted);
    }

    /** Whether the confusion matrices are shown (classification). */
    public boolean matricesShown() {
        return driver.findElement(By.id("confusion")).isDisplayed();
    }
}
