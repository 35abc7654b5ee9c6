package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.PlaygroundPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The lessons panel: opened by a link or the header button, stepped through, and its examples set up. */
class LessonsIT extends BrowserTestSupport {

    private AppPage fresh(String hash) {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return AppPage.open(browser.driver(), http(hash));
    }

    private WebElement panel() {
        return browser.driver().findElement(By.id("lesson-panel"));
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

    private void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    @Test
    void aLinkOpensItsLessonAndTheButtonsStepThroughTheEight() {
        AppPage app = fresh("#v=1&lesson=xor");
        assertTrue(panel().isDisplayed());
        assertEquals("XOR: when one line is not enough", shownTitle());
        assertEquals("LESSON 3 OF 8", browser.driver().findElement(By.id("lesson-panel-title")).getText()
                .toUpperCase());
        assertEquals("true", browser.driver().findElement(By.id("lessons")).getAttribute("aria-expanded"));

        click("lesson-next");
        assertEquals("Activation functions", shownTitle());
        assertTrue(app.hash().contains("lesson=activations"), app.hash());
        click("lesson-previous");
        click("lesson-previous");
        click("lesson-previous");
        assertEquals("Linear models", shownTitle());
        assertFalse(browser.driver().findElement(By.id("lesson-previous")).isEnabled(), "the first lesson");

        Select choice = new Select(browser.driver().findElement(By.id("lesson-choice")));
        assertEquals(8, choice.getOptions().size());
        assertEquals("8. Backpropagation", choice.getOptions().get(7).getText());
        choice.selectByIndex(7);
        assertEquals("Backpropagation", shownTitle());
        assertFalse(browser.driver().findElement(By.id("lesson-next")).isEnabled(), "the last lesson");

        click("lesson-fold");
        assertEquals("", shownTitle(), "the text folds away");
        assertEquals("false", browser.driver().findElement(By.id("lesson-fold")).getAttribute("aria-expanded"));
        click("lesson-fold");
        assertEquals("Backpropagation", shownTitle());

        click("lesson-close");
        assertFalse(panel().isDisplayed());
        assertFalse(app.hash().contains("lesson="), app.hash());
        assertEquals("false", browser.driver().findElement(By.id("lessons")).getAttribute("aria-expanded"));
        click("lessons");
        assertEquals("Backpropagation", shownTitle(), "reopens where it was closed");
        browser.saveArtifacts("lessons-1-panel");
    }

    @Test
    void settingUpAnExampleChangesTheViewsAndBackRestoresWhatWasThere() {
        AppPage app = fresh("#v=1&data=spiral&lr=0.3&lesson=xor");
        PlaygroundPage playground = PlaygroundPage.attach(browser.driver());
        assertEquals("Spiral", playground.chosen("Dataset"));

        click("lesson-setup");
        app.settle();
        assertEquals("Exclusive or", playground.chosen("Dataset"));
        assertEquals("0 hidden layers", playground.layerCount());
        assertEquals("0.03", playground.chosen("Learning rate"), "the example starts from the defaults");
        assertTrue(app.notice().contains("Back"), app.notice());
        assertEquals("XOR: when one line is not enough", shownTitle(), "the lesson stays open");

        app.back();
        assertEquals("Spiral", playground.chosen("Dataset"));
        assertEquals("0.3", playground.chosen("Learning rate"));

        click("lesson-next");
        click("lesson-previous");
        click("lesson-previous");
        assertEquals("The perceptron", shownTitle());
        click("lesson-setup");
        app.settle();
        assertTrue(app.showing("perceptron"), "the perceptron lesson's example is in its own view");
        assertTrue(app.hash().contains("data=spiral") && app.hash().contains("lr=0.3"),
                "and leaves the playground as it was: " + app.hash());
        browser.saveArtifacts("lessons-2-setup");
    }

    @Test
    void anUnknownLessonIsNamedAndNothingElseIsLost() {
        AppPage app = fresh("#v=1&lesson=no-such-lesson&data=xor");
        assertFalse(panel().isDisplayed());
        assertTrue(app.notice().contains("There is no lesson \"no-such-lesson\""), app.notice());
        assertEquals("Exclusive or", PlaygroundPage.attach(browser.driver()).chosen("Dataset"));
        assertFalse(app.hash().contains("lesson="), app.hash());
    }

    @Test
    void hasNoAccessibilityViolationsWithALessonOpen() {
        fresh("#v=1&lesson=backpropagation");
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
