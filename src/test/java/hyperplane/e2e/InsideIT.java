package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.PlaygroundPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The instruments inside the network (issue 20): the layer histograms and the gradient-flow chart, each behind its
 * check box and its link key, their text summaries, and the lesson examples that open them.
 */
class InsideIT extends BrowserTestSupport {
    private static PlaygroundPage open(String hash) {
        return openFresh(hash);
    }

    private static AppPage app() {
        return AppPage.attach(browser.driver());
    }

    @Test
    void theHistogramsNameTheDeadUnitsOfTheReluLinkAndEachInstrumentIsOneToggle() {
        PlaygroundPage page = open("v=1&act=relu&hist=1");
        assertTrue(app().waitForDisplayed("layer-histograms", true));
        assertFalse(browser.driver().findElement(By.id("gradient-chart")).isDisplayed(), "gradflow is off");
        String before = app().waitForTextContent("layer-summary", text -> text.startsWith("Over the"));
        assertTrue(before.contains("Layer 2 (ReLU): 0 of 2 units dead"), before);
        // The seed-1 network's second layer dies within its first epochs (UnitCensusTest).
        page.play();
        String summary = app().waitForTextContent("layer-summary", text -> text.contains("2 of 2 units dead"));
        assertTrue(summary.contains("Layer 2 (ReLU): 2 of 2 units dead (z ≤ 0 on every training point)."), summary);
        page.pause();

        page.tick("Gradient flow", true);
        assertTrue(app().waitForDisplayed("gradient-chart", true));
        assertTrue(app().waitForHashContaining("gradflow=1").contains("hist=1"));
        String flow = app().waitForTextContent("gradient-summary", text -> text.startsWith("Epoch"));
        assertTrue(flow.contains("layer 1 ") && flow.contains("output "), flow);
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.saveArtifacts("inside-1-relu");

        page.tick("Each layer", false);
        assertFalse(app().waitForDisplayed("layer-histograms", false));
        String hash = app().waitForHash(h -> !h.contains("hist="));
        assertTrue(hash.contains("gradflow=1"), hash);
    }

    @Test
    void theLessonExamplesOpenWhatTheyDescribe() {
        PlaygroundPage page = open("v=1&lesson=activations");
        browser.driver().findElement(By.id("lesson-setup-saturated")).click();
        assertTrue(app().waitForShowing("playground"));
        assertTrue(app().waitForDisplayed("layer-histograms", true));
        String hash = app().waitForHashContaining("hist=1");
        assertTrue(hash.contains("act=sigmoid") && hash.contains("lr=3") && hash.contains("batch=1")
                && hash.contains("hidden=8,8"), hash);
        page.play();
        String summary = app().waitForTextContent("layer-summary",
                text -> text.matches(".*Layer 2 \\(Sigmoid\\): [78] of 8 units saturated.*"));
        assertTrue(summary.contains("of 8 units saturated on more than 90 % of the points (|z| > 4)."), summary);
        page.pause();
        browser.saveArtifacts("inside-2-saturated");

        new Select(browser.driver().findElement(By.id("lesson-choice"))).selectByValue("backpropagation");
        browser.driver().findElement(By.id("lesson-setup-six-sigmoid-layers")).click();
        assertTrue(app().waitForDisplayed("gradient-chart", true));
        hash = app().waitForHashContaining("gradflow=1");
        assertTrue(hash.contains("hidden=8,8,8,8,8,8") && hash.contains("act=sigmoid"), hash);
        assertFalse(hash.contains("hist=1"), "the example starts from the defaults: " + hash);
        page.play();
        String flow = app().waitForTextContent("gradient-summary", text -> text.contains("times smaller"));
        assertTrue(flow.contains("layer 6 ") && flow.endsWith("the gradient fades on its way back."), flow);
        page.pause();
        browser.saveArtifacts("inside-3-six-sigmoid-layers");
    }
}
