package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.PerceptronPage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/** The Perceptron view with three to six classes: the multi-class rule played, stepped and fed by keyboard. */
class PerceptronClassesIT extends BrowserTestSupport {
    private static final String VIEW = "#v=1&view=perceptron";

    private PerceptronPage fresh(String extra) {
        PerceptronPage.open(browser.driver(), http(VIEW));
        browser.script("localStorage.clear();");
        return PerceptronPage.open(browser.driver(), http(VIEW + extra));
    }

    @Test
    void playsThreeRandomClassesToConvergenceAtMaxSpeedThenSteps() {
        PerceptronPage page = fresh("&p.classes=3&p.data=separable&p.speed=max");
        assertEquals("3", page.value("Classes"));
        assertEquals("Epoch 1, point 1 of 24 next; 0 updates so far.", page.status());
        page.play();
        String status = page.waitForStatus(text -> !text.startsWith("Epoch"), Duration.ofSeconds(60));
        assertFalse(page.waitForPlaying(false));
        assertTrue(status.startsWith("Converged after ") && status.endsWith(": every point is in its own class's "
                + "region."), status);
        page.settle();
        browser.saveArtifacts("perceptron-classes-3-converged");

        page.reset();
        page.stepPoint();
        // From zero weights every score is 0 and class 0 wins the tie.
        String point = page.waitForReadout("p-point", text -> text.startsWith("Epoch 1, point 1 of 24"));
        assertTrue(point.matches("Epoch 1, point 1 of 24 \\(class \\d, \\w+\\)"), point);
        assertEquals("0", page.waitForReadout("p-m-score-2", "0"));
        assertEquals("0", page.read("p-m-score-0"));
        assertEquals("0", page.read("p-m-yhat"));
        String y = page.read("p-m-y");
        String xTilde = page.read("p-m-x-tilde");
        assertTrue(xTilde.matches("\\([0-9.]+, [0-9.]+, 1\\)"), xTilde);
        if (y.equals("0")) {
            assertEquals("no change (no mistake)", page.read("p-m-up"));
        } else {
            // w_y = 0 + η x̃ and w_0 = 0 − η x̃ with η = 0.1.
            String up = page.read("p-m-up");
            assertTrue(up.startsWith("w" + "₀₁₂".charAt(Integer.parseInt(y)) + " = (0, 0, 0) + ("), up);
            String down = page.read("p-m-down");
            assertTrue(down.startsWith("w₀ = (0, 0, 0) − (") && down.contains(" = (−"), down);
            assertTrue(page.read("p-verdict").startsWith("A mistake: ŷ = 0 but y = " + y));
        }
        assertTrue(page.read("p-m-steps").contains("ŷ"));
        // From zero weights the first point of class 1 or 2 is a mistake: step to it and see both rows change.
        for (int i = 2; i <= 24 && !page.read("p-verdict").startsWith("A mistake"); i++) {
            page.stepPoint();
            String next = "Epoch 1, point " + i + " of 24 ";
            page.waitForReadout("p-point", text -> text.startsWith(next));
        }
        String verdict = page.waitForReadout("p-verdict", text -> text.startsWith("A mistake"));
        assertTrue(verdict.startsWith("A mistake: ŷ = 0 but y = "), verdict);
        assertTrue(page.read("p-m-down").startsWith("w₀ = (0, 0, 0) − ("), page.read("p-m-down"));
        page.settle();
        browser.saveArtifacts("perceptron-classes-3-mistake");
    }

    @Test
    void placesPointsOfThreeClassesByKeyboardAndLearnsThem() {
        PerceptronPage page = fresh("&p.data=mine&p.classes=3");
        assertTrue(page.classOffered(2));
        assertFalse(page.classOffered(3));
        page.canvas().sendKeys("2", Keys.ENTER);
        assertTrue(page.waitForClassChosen(2, true));
        page.canvas().sendKeys("1", Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT), Keys.ENTER);
        page.canvas().sendKeys("0", Keys.chord(Keys.SHIFT, Keys.ARROW_DOWN), Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT),
                Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT), Keys.ENTER);
        // A class the picker does not offer is not taken.
        page.canvas().sendKeys("4");
        assertEquals("Epoch 1, point 1 of 3 next; 0 updates so far.",
                page.waitForStatus("Epoch 1, point 1 of 3 next; 0 updates so far."));
        assertTrue(page.classChosen(0));
        String hash = page.waitForHashContaining("p.pts=");
        assertTrue(hash.contains("p.classes=3"), hash);

        page.stepPoint();
        assertEquals("Epoch 1, point 1 of 3 (class 2, green)",
                page.waitForReadout("p-point", "Epoch 1, point 1 of 3 (class 2, green)"));
        page.stepPoint();
        assertEquals("Epoch 1, point 2 of 3 (class 1, blue)",
                page.waitForReadout("p-point", "Epoch 1, point 2 of 3 (class 1, blue)"));
        page.choose("Speed", "As fast as possible");
        page.play();
        String status = page.waitForStatus(text -> !text.startsWith("Epoch"), Duration.ofSeconds(60));
        assertTrue(status.startsWith("Converged"), status);

        // Two classes would lose the green point: refused, and the control stays at 3.
        page.choose("Classes", "2 (one weight vector)");
        assertEquals("3", page.waitForValue("Classes", "3"));
    }

    @Test
    void sixClassesHaveNoAccessibilityViolations() {
        PerceptronPage page = fresh("&p.data=separable&p.classes=6");
        page.stepPoint();
        // Scanned with the first step's numbers, the score table and the weights table on show.
        page.waitForReadout("p-m-score-5", "0");
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    void sixClassesAtPhoneAndDesktopWidths() {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            for (int k : new int[] {3, 6}) {
                for (int width : new int[] {1280, 390}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 1000));
                    PerceptronPage view = fresh("&p.data=separable&p.classes=" + k + "&p.speed=max&p.init=random");
                    view.play();
                    view.waitForStatus(text -> !text.startsWith("Epoch"), Duration.ofSeconds(60));
                    view.stepPoint();
                    view.waitForReadout("p-point", text -> text.startsWith("Epoch"));
                    view.canvas();
                    view.settle();
                    browser.saveArtifacts("perceptron-classes-" + k + "-" + width);
                    Number right = (Number) browser.script(
                            "return document.getElementById('p-canvas').getBoundingClientRect().right;");
                    Number viewport = (Number) browser.script("return document.documentElement.clientWidth;");
                    assertTrue(right.doubleValue() <= viewport.doubleValue(), right + " > " + viewport);
                    // Nothing in the page is wider than the window: the step readout and the tables wrap or fit.
                    Number page = (Number) browser.script("return document.documentElement.scrollWidth;");
                    assertEquals(viewport.doubleValue(), page.doubleValue(), k + " classes at " + width + " px");
                    browser.script("document.getElementById('p-rule-heading').scrollIntoView();");
                    view.settle();
                    browser.saveArtifacts("perceptron-classes-" + k + "-" + width + "-rule");
                }
            }
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
