package hyperplane.e2e;

import hyperplane.e2e.pages.AppPage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * Measures, and only prints (speed is never asserted): frames a second and epochs a second per run while four
 * compared runs of six hidden layers of eight train as fast as possible, each run's tile heatmap drawn, for both
 * builds; one run alone beside it for scale. Run with {@code mvn verify -Dteavm.phase=none -Dit.test=CompareSpeedIT
 * -Dhyperplane.speed=true} after {@code mvn package}; a plain {@code mvn verify} skips it.
 */
@EnabledIfSystemProperty(named = "hyperplane.speed", matches = "true",
        disabledReason = "a measurement, not a test: run with -Dhyperplane.speed=true")
class CompareSpeedIT extends BrowserTestSupport {
    private static final long MEASURE_MILLIS = 5000;
    private static final String NETWORK = "#v=1&speed=max&hidden=8,8,8,8,8,8";
    private static final List<String> RUNS = List.of("", "&b=lr:0.3&c=lr:0.003&d=act:relu");

    @Test
    void printsFramesAndEpochsPerSecondOfFourRuns() {
        for (String engine : List.of("wasm", "js")) {
            for (String runs : RUNS) {
                AppPage.open(browser.driver(), http("?engine=" + engine + NETWORK + runs));
                browser.driver().findElement(By.id("play")).click();
                browser.script("window.__gaps = []; window.__last = 0; (function count(t) {"
                        + " if (window.__last) { window.__gaps.push(t - window.__last); } window.__last = t;"
                        + " requestAnimationFrame(count); })(0);");
                long epochStart = PlaygroundSpeedIT.epoch();
                long start = System.nanoTime();
                PlaygroundSpeedIT.sleep(MEASURE_MILLIS);
                Number frames = (Number) browser.script("return window.__gaps.length;");
                Number framesPerSecond = (Number) browser.script("var g = window.__gaps;"
                        + " return 1000 * g.length / g.reduce(function (sum, gap) { return sum + gap; }, 0);");
                Number dropped = (Number) browser.script(
                        "return window.__gaps.filter(function (gap) { return gap > 20; }).length;");
                long epochs = PlaygroundSpeedIT.epoch() - epochStart;
                double seconds = (System.nanoTime() - start) / 1e9;
                browser.driver().findElement(By.id("play")).click();
                System.out.println(String.format(Locale.ROOT,
                        "[compare] %-4s %d run(s) of [8,8,8,8,8,8] %5.1f frames/s (%d of %d frames over 20 ms)"
                                + "  %7.1f epochs/s per run", engine, runs.isEmpty() ? 1 : 4,
                        framesPerSecond.doubleValue(), dropped.intValue(), frames.intValue(), epochs / seconds));
            }
        }
    }
}
