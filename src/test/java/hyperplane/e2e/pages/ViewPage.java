package hyperplane.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What the page objects of the views share: the driver, the view's section, its controls found by their visible
 * labels (read as they are and in a waiting form), the Play button's state and settling after an action. Returns
 * values; never asserts.
 *
 * @param <P> the page object itself, so that actions chain
 */
public abstract class ViewPage<P extends ViewPage<P>> {
    protected final WebDriver driver;
    private final String sectionId;
    private final String playId;

    /**
     * @param sectionId the view's section ({@code view-perceptron}), or null to look through the whole page
     * @param playId    the id of the view's Play button, or null when it has none
     */
    ViewPage(WebDriver driver, String sectionId, String playId) {
        this.driver = driver;
        this.sectionId = sectionId;
        this.playId = playId;
    }

    @SuppressWarnings("unchecked")
    private P self() {
        return (P) this;
    }

    /** The control whose visible label starts with {@code label}. */
    public WebElement control(String label) {
        return Controls.labelled(driver, sectionId, label);
    }

    /** Chooses the option with the visible text {@code option} in the select labelled {@code label}. */
    public P choose(String label, String option) {
        new Select(control(label)).selectByVisibleText(option);
        return self();
    }

    /** The visible text of the option chosen in the select labelled {@code label}. */
    public String chosen(String label) {
        return new Select(control(label)).getFirstSelectedOption().getText();
    }

    /** Waits until the select labelled {@code label} shows the option {@code expected}; returns the one it shows. */
    public String waitForChosen(String label, String expected) {
        return Wait.untilEquals(() -> chosen(label), expected);
    }

    /** The text in the field labelled {@code label}. */
    public String value(String label) {
        return control(label).getAttribute("value");
    }

    /** Waits until the field labelled {@code label} holds {@code expected}; returns what it holds. */
    public String waitForValue(String label, String expected) {
        return Wait.untilEquals(() -> value(label), expected);
    }

    /** Whether the view's Play button is pressed. */
    public boolean isPlaying() {
        return "true".equals(driver.findElement(By.id(playId)).getAttribute("aria-pressed"));
    }

    /** Waits until Play is pressed ({@code true}) or up; returns whether it is pressed. */
    public boolean waitForPlaying(boolean expected) {
        return Wait.untilEquals(this::isPlaying, expected);
    }

    /**
     * Waits until two animation frames have passed, so that the page has drawn what the last action changed: for
     * what an action must leave as it was, after a sign that the page has handled it.
     */
    public P settle() {
        AppPage.attach(driver).settle();
        return self();
    }
}
