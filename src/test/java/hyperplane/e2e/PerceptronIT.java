package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.PerceptronPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Perceptron view driven as a learner would: step, play, read the numbers. */
class PerceptronIT extends BrowserTestSupport {
    private static final String VIEW = "#v=1&view=perceptron";

    private PerceptronPage fresh(String query, String extra) {
        PerceptronPage.open(browser.driver(), http(query + VIEW));
        browser.script("localStorage.clear();");
        return PerceptronPage.open(browser.driver(), http(query + VIEW + extra));
    }

    /** The first epoch on the seven points, η = 0.1, from w = 0, worked by hand (see PerceptronSessionTest). */
    private static final String[][] FIRST_EPOCH = {
        // x̃, w·x̃, f, y, y − f, update, w before, w after
        {"(0.8, 0.4, 1)", "0", "1", "0", "-1", "(-0.08, -0.04, -0.1)", "(0, 0, 0)", "(-0.08, -0.04, -0.1)"},
        {"(0.3, 0.1, 1)", "-0.128", "0", "0", "0", "(0, 0, 0)", "(-0.08, -0.04, -0.1)", "(-0.08, -0.04, -0.1)"},
        {"(0.8, 0.8, 1)", "-0.196", "0", "1", "+1", "(0.08, 0.08, 0.1)", "(-0.08, -0.04, -0.1)", "(0, 0.04, 0)"},
        {"(0.4, 0.6, 1)", "0.024", "1", "1", "0", "(0, 0, 0)", "(0, 0.04, 0)", "(0, 0.04, 0)"},
        {"(0.6, 0.8, 1)", "0.032", "1", "1", "0", "(0, 0, 0)", "(0, 0.04, 0)", "(0, 0.04, 0)"},
        {"(0.4, 0.2, 1)", "0.008", "1", "0", "-1", "(-0.04, -0.02, -0.1)", "(0, 0.04, 0)", "(-0.04, 0.02, -0.1)"},
        {"(0.4, 0.5, 1)", "-0.106", "0", "1", "+1", "(0.04, 0.05, 0.1)", "(-0.04, 0.02, -0.1)", "(0, 0.07, 0)"},
    };
    private static final String[] IDS = {"p-x-tilde", "p-net", "p-f", "p-y", "p-error", "p-update", "p-w-before",
        "p-w-after"};

    private void stepsThroughTheFirstEpoch(String query) {
        PerceptronPage page = fresh(query, "");
        assertEquals("Epoch 1, point 1 of 7 next; 0 updates so far.", page.status());
        for (int i = 0; i < FIRST_EPOCH.length; i++) {
            page.stepPoint();
            for (int k = 0; k < IDS.length; k++) {
                assertEquals(FIRST_EPOCH[i][k], page.read(IDS[k]), IDS[k] + " at point " + (i + 1));
            }
            boolean mistake = !FIRST_EPOCH[i][4].equals("0");
            assertEquals(mistake, page.read("p-verdict").startsWith("A mistake"), page.read("p-verdict"));
            if (i == 2) {
                page.settle();
                browser.saveArtifacts("perceptron-1-step-3" + (query.isEmpty() ? "" : "-js"));
            }
        }
        assertEquals(2, page.epoch());
        assertEquals("4", page.read("p-updates"));
    }

    @Test
    void stepsThroughTheFirstEpochOfTheSevenPoints() {
        stepsThroughTheFirstEpoch("");
    }

    @Test
    void stepsThroughTheFirstEpochInTheJavaScriptBuild() {
        stepsThroughTheFirstEpoch("?engine=js");
    }

    @Test
    void playsToConvergenceAndSaysWhen() {
        PerceptronPage page = fresh("", "&p.speed=epoch");
        page.play();
        page.waitForStatus("Converged", 30);
        page.settle();
        browser.saveArtifacts("perceptron-2-converged");
        assertFalse(page.isPlaying());
        assertEquals("Converged after 8 epochs, 23 updates: every point is on its side of the line.", page.status());
        page.reset();
        assertEquals("Epoch 1, point 1 of 7 next; 0 updates so far.", page.status());
        assertEquals("–", page.read("p-net"));
    }

    @Test
    void xorEndsWithTheNotSeparableMessage() {
        PerceptronPage page = fresh("", "");
        page.choose("Points", "XOR (four points)");
        page.type("Give up after", "6");
        assertTrue(page.hash().contains("p.data=xor"), page.hash());
        assertTrue(page.hash().contains("p.cap=6"), page.hash());
        for (int i = 0; i < 6; i++) {
            page.stepEpoch();
        }
        page.settle();
        browser.saveArtifacts("perceptron-3-xor");
        assertEquals("No separating line found after 6 epochs — these points may not be linearly separable.",
                page.status());
        page.stepPoint();
        assertEquals(6, page.epoch(), "a finished run does not move");
    }

    @Test
    void aBadLinkValueIsNamedAndIgnored() {
        PerceptronPage page = fresh("", "&p.eta=abc");
        String notice = page.read("notice-text");
        assertTrue(notice.contains("ignored p.eta=abc: not a number"), notice);
        page.stepPoint();
        assertEquals("(-0.08, -0.04, -0.1)", page.read("p-update"), "η keeps its default 0.1");
    }

    @Test
    void hasNoAccessibilityViolations() {
        PerceptronPage page = fresh("", "");
        page.stepPoint();
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
