package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.PerceptronPage;
import java.time.Duration;
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
        String start = "Epoch 1, point 1 of 7 next; 0 updates so far.";
        assertEquals(start, page.waitForStatus(start));
        for (int i = 0; i < FIRST_EPOCH.length; i++) {
            page.stepPoint();
            // x̃ (read first) differs from one point to the next, and all readouts are written together: once it
            // shows this point, so do the others.
            for (int k = 0; k < IDS.length; k++) {
                assertEquals(FIRST_EPOCH[i][k], page.waitForReadout(IDS[k], FIRST_EPOCH[i][k]),
                        IDS[k] + " at point " + (i + 1));
            }
            if (i == 0) {
                // The line after the first update reads as mathematics: no "+ -".
                String line = "The line −0.08·x₁ − 0.04·x₂ − 0.1 = 0; the arrow w points to the side predicted 1"
                        + " (blue).";
                assertEquals(line, page.waitForReadout("p-line", line));
            }
            boolean mistake = !FIRST_EPOCH[i][4].equals("0");
            String verdict = page.waitForReadout("p-verdict", text -> text.startsWith("A mistake") == mistake);
            assertEquals(mistake, verdict.startsWith("A mistake"), verdict);
            if (i == 2) {
                page.settle();
                browser.saveArtifacts("perceptron-1-step-3" + (query.isEmpty() ? "" : "-js"));
            }
        }
        assertEquals(2, page.waitForEpoch(2));
        assertEquals("4", page.waitForReadout("p-updates", "4"));
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
        String status = page.waitForStatus(text -> text.startsWith("Converged"), Duration.ofSeconds(60));
        assertFalse(page.waitForPlaying(false));
        page.settle();
        browser.saveArtifacts("perceptron-2-converged");
        assertEquals("Converged after 8 epochs, 23 updates: every point is on its side of the line.", status);
        page.reset();
        String start = "Epoch 1, point 1 of 7 next; 0 updates so far.";
        assertEquals(start, page.waitForStatus(start));
        assertEquals("–", page.waitForReadout("p-net", "–"));
    }

    @Test
    void asFastAsPossibleRunsWholeEpochsEveryFrameToTheEnd() {
        // Converges after 143 epochs of 20 points (PerceptronSessionTest): at the normal two points a second that
        // would take 24 minutes.
        PerceptronPage page = fresh("", "&p.data=separable&p.init=random&p.eta=0.001&p.cap=1000&p.speed=max");
        assertEquals("As fast as possible", page.chosen("Speed"));
        long start = System.nanoTime();
        page.play();
        String status = page.waitForStatus(text -> !text.startsWith("Epoch"), Duration.ofSeconds(60));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertFalse(page.waitForPlaying(false));
        page.settle();
        browser.saveArtifacts("perceptron-4-max");
        assertTrue(status.startsWith("Converged after 143 epochs"), status);
        assertTrue(seconds < 30, seconds + " s");
    }

    @Test
    void xorEndsWithTheNotSeparableMessage() {
        PerceptronPage page = fresh("", "");
        page.choose("Points", "XOR (four points)");
        page.type("Give up after", "6");
        String hash = page.waitForHashContaining("p.data=xor");
        assertTrue(hash.contains("p.data=xor"), hash);
        hash = page.waitForHashContaining("p.cap=6");
        assertTrue(hash.contains("p.cap=6"), hash);
        for (int i = 0; i < 6; i++) {
            page.stepEpoch();
        }
        String end = "No separating line found after 6 epochs — these points may not be linearly separable.";
        String status = page.waitForStatus(end);
        page.settle();
        browser.saveArtifacts("perceptron-3-xor");
        assertEquals(end, status);
        page.stepPoint();
        // A step on a finished run says so through the live region; by then it has been refused.
        page.waitForReadout("live", text -> text.endsWith("Press Reset to run again."));
        page.settle();
        assertEquals(6, page.epoch(), "a finished run does not move");
    }

    @Test
    void xorStopsAsSoonAsTheRuleCyclesLongBeforeTheCap() {
        PerceptronPage page = fresh("", "");
        page.choose("Points", "XOR (four points)");
        page.waitForHashContaining("p.data=xor");
        for (int i = 0; i < 7; i++) {
            page.stepEpoch();
        }
        String end = "The weights after epoch 7 equal those after epoch 6: the rule repeats the same epochs forever, "
                + "so it will never find a line that separates these points.";
        assertEquals(end, page.waitForStatus(end));
        browser.saveArtifacts("perceptron-4-xor-cycles");
    }

    @Test
    void aBadLinkValueIsNamedAndIgnored() {
        PerceptronPage page = fresh("", "&p.eta=abc");
        String notice = page.waitForReadout("notice-text", text -> text.contains("ignored p.eta=abc: not a number"));
        assertTrue(notice.contains("ignored p.eta=abc: not a number"), notice);
        page.stepPoint();
        assertEquals("(-0.08, -0.04, -0.1)", page.waitForReadout("p-update", "(-0.08, -0.04, -0.1)"),
                "η keeps its default 0.1");
    }

    @Test
    void hasNoAccessibilityViolations() {
        PerceptronPage page = fresh("", "");
        page.stepPoint();
        // Scanned with the first step's numbers on show.
        page.waitForReadout("p-x-tilde", FIRST_EPOCH[0][0]);
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
