package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * The playground's pace in a real browser: the default trains about one epoch a frame, so a run can be watched, and
 * "As fast as possible" goes far beyond it. Rates are read from the page's own clock (performance.now) between the
 * click on Play and the moment the epoch readout reaches a count, never from a fixed sleep, so a slow machine only
 * makes a test wait longer: a rate is a maximum the page keeps, not a speed it must reach.
 */
class PlaygroundPaceIT extends BrowserTestSupport {
    /** 60 epochs a second, with room for the first epoch, which Play trains at once. */
    private static final double DEFAULT_MOST_PER_SECOND = 66;

    private PlaygroundPage fresh(String hash) {
        PlaygroundPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return PlaygroundPage.open(browser.driver(), http(hash));
    }

    /**
     * Presses Play, waits until the epoch readout shows at least {@code epochs}, and returns the epoch shown and
     * the seconds since the click, both read in one script so that they belong together.
     */
    private double[] playUntil(PlaygroundPage page, int epochs) {
        browser.script("document.getElementById('play').addEventListener('click',"
                + " function () { window.__playAt = performance.now(); }, {capture: true, once: true});");
        page.play().waitForEpochAtLeast(epochs);
        @SuppressWarnings("unchecked")
        List<Number> read = (List<Number>) browser.script("return [parseInt(document.getElementById('epoch')"
                + ".textContent, 10), (performance.now() - window.__playAt) / 1000];");
        return new double[] {read.get(0).doubleValue(), read.get(1).doubleValue()};
    }

    @Test
    void theDefaultPaceIsAboutOneEpochAFrame() {
        PlaygroundPage page = fresh("#v=1");
        assertEquals("60 (one a frame)", page.chosen("Speed"));
        double[] run = playUntil(page, 120);
        page.pause();
        double rate = run[0] / run[1];
        System.out.println(String.format(Locale.ROOT, "[pace] default: %.0f epochs in %.2f s, %.1f a second",
                run[0], run[1], rate));
        assertTrue(run[0] >= 120 && run[0] <= 1 + DEFAULT_MOST_PER_SECOND * run[1],
                run[0] + " epochs in " + run[1] + " s: more than 60 a second");
    }

    @Test
    void asFastAsPossibleGoesFarBeyondTheDefaultAndIsPartOfTheLink() {
        PlaygroundPage page = fresh("#v=1");
        page.choose("Speed", "As fast as possible");
        String hash = (String) browser.script("return location.hash;");
        assertTrue(hash.contains("speed=max"), hash);
        double[] run = playUntil(page, 2000);
        browser.saveArtifacts("pace-max-1280");
        page.pause();
        double rate = run[0] / run[1];
        System.out.println(String.format(Locale.ROOT, "[pace] max: %.0f epochs in %.2f s, %.0f a second",
                run[0], run[1], rate));
        assertTrue(rate > 4 * DEFAULT_MOST_PER_SECOND, rate + " epochs a second");
    }

    @Test
    void aSlowSpeedFromTheLinkKeepsItsRate() {
        PlaygroundPage page = fresh("#v=1&speed=5");
        assertEquals("5", page.chosen("Speed"));
        double[] run = playUntil(page, 4);
        page.pause();
        // Play trains one epoch at once, then one every 200 ms (each up to a quarter epoch early, TrainingPace.SLACK):
        // epoch 4 comes after 0.55 s at the earliest, where 60 a second would take 0.05 s.
        assertTrue(run[1] >= 0.5, run[0] + " epochs in " + run[1] + " s");
    }

    @Test
    void theLossChartFitsAPhoneAfterALongRun() {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            PlaygroundPage page = fresh("#v=1&speed=max");
            page.play().waitForEpochAtLeast(5000);
            browser.script("document.getElementById('loss-chart').scrollIntoView();");
            page.settle();
            browser.saveArtifacts("pace-chart-390");
            page.pause();
            Number right = (Number) browser.script(
                    "return document.getElementById('loss-chart').getBoundingClientRect().right;");
            Number viewport = (Number) browser.script("return document.documentElement.clientWidth;");
            assertTrue(right.doubleValue() <= viewport.doubleValue(), right + " > " + viewport);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
    /**
     * On a slow device (the CPU slowed 6× through CDP, where the browser's own work crowds the frame and the page's
     * budget shrinks below 11 ms), the readouts and the loss chart still follow training, in frames of their own:
     * a frame that changes the readouts draws none of the picture, and the picture, the chart and the epoch all move.
     */
    @Test
    void onACrowdedDeviceTheReadoutsAndTheChartGetFramesOfTheirOwn() {
        PlaygroundPage page = fresh("#v=1");
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 6));
        try {
            page.play();
            Wait.require(() -> Boolean.TRUE.equals(browser.script("var s = window.hyperplaneStats;"
                    + " return !!s && s.budgetMs < 11;")), "the frame budget shrinks below its most");
            browser.script("window.__seen = {frames: 0, readouts: 0, chart: 0, picture: 0, both: 0};"
                    + " window.__stop = false;"
                    + " (function look() { if (window.__stop) { return; }"
                    + "  var s = window.hyperplaneStats, n = window.__seen;"
                    + "  if (s && s.budgetMs < 11) { n.frames++;"
                    + "   if (s.readoutsMs > 0) { n.readouts++; } if (s.chartMs > 0) { n.chart++; }"
                    + "   if (s.mainMs > 0) { n.picture++; } if (s.readoutsMs > 0 && s.mainMs > 0) { n.both++; } }"
                    + "  requestAnimationFrame(look); })();");
            int epoch = page.epoch();
            Wait.require(() -> Boolean.TRUE.equals(browser.script("var n = window.__seen;"
                    + " return n.readouts >= 5 && n.chart >= 5 && n.picture >= 20;")),
                    "readouts, chart and picture drawn while the budget is tight");
            @SuppressWarnings("unchecked")
            Map<String, Number> seen = (Map<String, Number>) browser.script("window.__stop = true;"
                    + " return window.__seen;");
            assertEquals(0, seen.get("both").intValue(), "frames that changed the readouts and drew the picture: " + seen);
            assertTrue(page.epoch() > epoch, "the epoch readout moved on from " + epoch);
        } finally {
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        }
    }
}
