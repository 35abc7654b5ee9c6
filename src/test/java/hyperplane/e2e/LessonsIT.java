package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The lessons panel: opened by a link or the header button, stepped through, and its examples set up. */
class LessonsIT extends BrowserTestSupport {

    private AppPage fresh(String hash) {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return AppPage.open(browser.driver(), http(hash));
    }

    private static AppPage app() {
        return AppPage.attach(browser.driver());
    }

    /** Waits until the lesson panel is shown ({@code true}) or hidden; returns whether it is shown. */
    private boolean waitForPanel(boolean shown) {
        return app().waitForDisplayed("lesson-panel", shown);
    }

    /** The title of the lesson on show, "" when none is. */
    private String shownTitle() {
        for (WebElement h3 : browser.driver().findElements(By.cssSelector("section.lesson h3"))) {
            if (h3.isDisplayed()) {
                return h3.getText();
            }
        }
        return "";
    }

    /** Waits until the title of the lesson on show is {@code expected} ("" for none); returns the one shown. */
    private String waitForTitle(String expected) {
        return Wait.untilEquals(this::shownTitle, expected);
    }

    private void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    @Test
    void escapeClosesTheLessonsUnlessTheKeyBelongsToAnotherControl() {
        AppPage app = fresh("#v=1&lesson=xor");
        assertTrue(waitForPanel(true));
        // Focus in a playground field: Escape is that field's, and the lesson stays.
        WebElement seed = browser.driver().findElement(By.id("seed"));
        seed.sendKeys(Keys.ESCAPE);
        assertEquals("xor", app.hashValue("lesson"));
        assertTrue(waitForPanel(true));
        // Focus in the panel: Escape closes it and the focus goes back to the Lessons button.
        browser.driver().findElement(By.id("lesson-fold")).sendKeys(Keys.ESCAPE);
        assertFalse(waitForPanel(false));
        assertEquals("lessons", app.waitForFocus("lessons"));
        assertEquals("", app.waitForHashValue("lesson", ""));
        // Opened again with the button, Escape on the button closes it again.
        click("lessons");
        assertTrue(waitForPanel(true));
        browser.driver().findElement(By.id("lessons")).sendKeys(Keys.ESCAPE);
        assertFalse(waitForPanel(false));
    }

    @Test
    void aLinkOpensItsLessonAndTheButtonsStepThroughTheEight() {
        AppPage app = fresh("#v=1&lesson=xor");
        assertTrue(waitForPanel(true));
        assertEquals("XOR: when one line is not enough", waitForTitle("XOR: when one line is not enough"));
        assertEquals("LESSON 3 OF 8", app.waitForText("lesson-panel-title", text -> text.toUpperCase()
                .equals("LESSON 3 OF 8")).toUpperCase());
        assertEquals("true", app.waitForAttribute("lessons", "aria-expanded", "true"));

        click("lesson-next");
        assertEquals("Activation functions", waitForTitle("Activation functions"));
        String hash = app.waitForHashContaining("lesson=activations");
        assertTrue(hash.contains("lesson=activations"), hash);
        click("lesson-previous");
        click("lesson-previous");
        click("lesson-previous");
        assertEquals("Linear models", waitForTitle("Linear models"));
        assertFalse(app.waitForEnabled("lesson-previous", false), "the first lesson");

        Select choice = new Select(browser.driver().findElement(By.id("lesson-choice")));
        assertEquals(8, choice.getOptions().size());
        assertEquals("8. Backpropagation", choice.getOptions().get(7).getText());
        choice.selectByIndex(7);
        assertEquals("Backpropagation", waitForTitle("Backpropagation"));
        assertFalse(app.waitForEnabled("lesson-next", false), "the last lesson");

        click("lesson-fold");
        assertEquals("", waitForTitle(""), "the text folds away");
        assertEquals("false", app.waitForAttribute("lesson-fold", "aria-expanded", "false"));
        click("lesson-fold");
        assertEquals("Backpropagation", waitForTitle("Backpropagation"));

        click("lesson-close");
        assertFalse(waitForPanel(false));
        hash = app.waitForHash(h -> !h.contains("lesson="));
        assertFalse(hash.contains("lesson="), hash);
        assertEquals("false", app.waitForAttribute("lessons", "aria-expanded", "false"));
        click("lessons");
        assertEquals("Backpropagation", waitForTitle("Backpropagation"), "reopens where it was closed");
        browser.saveArtifacts("lessons-1-panel");
    }

    @Test
    void settingUpAnExampleChangesTheViewsAndBackRestoresWhatWasThere() {
        AppPage app = fresh("#v=1&data=spiral&lr=0.3&lesson=xor");
        PlaygroundPage playground = PlaygroundPage.attach(browser.driver());
        assertEquals("Spiral", playground.waitForChosen("Dataset", "Spiral"));

        click("lesson-setup");
        assertEquals("Exclusive or", playground.waitForChosen("Dataset", "Exclusive or"));
        assertEquals("0 hidden layers", playground.waitForLayerCount("0 hidden layers"));
        assertEquals("0.03", playground.waitForChosen("Learning rate", "0.03"), "the example starts from the defaults");
        String notice = app.waitForNotice(text -> text.contains("Back"));
        assertTrue(notice.contains("Back"), notice);
        assertEquals("XOR: when one line is not enough", shownTitle(), "the lesson stays open");

        app.back();
        assertEquals("Spiral", playground.waitForChosen("Dataset", "Spiral"));
        assertEquals("0.3", playground.waitForChosen("Learning rate", "0.3"));

        click("lesson-next");
        click("lesson-previous");
        click("lesson-previous");
        assertEquals("The perceptron", waitForTitle("The perceptron"));
        click("lesson-setup");
        assertTrue(app.waitForShowing("perceptron"), "the perceptron lesson's example is in its own view");
        // The example has been set up; once the page has drawn since, the playground must be as it was.
        app.settle();
        assertTrue(app.hash().contains("data=spiral") && app.hash().contains("lr=0.3"),
                "and leaves the playground as it was: " + app.hash());
        browser.saveArtifacts("lessons-2-setup");
    }

    @Test
    void anUnknownLessonIsNamedAndNothingElseIsLost() {
        AppPage app = fresh("#v=1&lesson=no-such-lesson&data=xor");
        String notice = app.waitForNotice(text -> text.contains("There is no lesson \"no-such-lesson\""));
        assertTrue(notice.contains("There is no lesson \"no-such-lesson\""), notice);
        assertFalse(panel().isDisplayed());
        assertEquals("Exclusive or", PlaygroundPage.attach(browser.driver()).waitForChosen("Dataset", "Exclusive or"));
        String hash = app.waitForHash(h -> !h.contains("lesson="));
        assertFalse(hash.contains("lesson="), hash);
    }

    private WebElement panel() {
        return browser.driver().findElement(By.id("lesson-panel"));
    }

    @Test
    void hasNoAccessibilityViolationsWithALessonOpen() {
        fresh("#v=1&lesson=backpropagation");
        // Scanned with the lesson on show.
        waitForPanel(true);
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
