package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Measures, and only prints (smoothness is never asserted; it asserts only that training ran): the playground at
 * its default pace (60 epochs a second) while training with the heatmap and the network diagram drawn, on a slow
 * device and a fast one — Chromium's CPU slowed 4× through CDP ({@code Emulation.setCPUThrottlingRate}, a school
 * laptop or a mid-range phone) and not slowed — for both builds and three networks: the default one, 6 hidden
 * layers of 8 and 8 of 16. For each it prints the frames per second, the share of frames over 20 ms (a dropped
 * frame at 60 Hz), the longest frame, the epochs trained per second, and the page's own mean training and drawing
 * time per frame (window.hyperplaneStats).
 *
 * <p>Issue 15's targets, throttled: at least 55 frames/s on the default network, 50 on 6 × 8 and 30 on 8 × 16, with
 * under 5 % of frames over 20 ms; unthrottled, 60 on all three.
 *
 * <p>Run, after {@code mvn -o package -DskipTests}, on a quiet machine (another process on the cores shows up as
 * dropped frames):
 * <pre>
 * mvn -o verify -Dteavm.phase=none -Dit.test=PlaygroundThrottledIT -Dhyperplane.throttled=true \
 *     -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dhyperplane.throttled.seconds=N} changes how long each case is measured (default 5), and
 * {@code -Dhyperplane.throttled.hash=lines=1&hist=1&gradflow=1} adds link keys to every case (here: the first
 * layer's lines and the instruments inside the network shown, to compare with a run without them); a plain
 * {@code mvn verify} skips the class.
 */
@EnabledIfSystemProperty(named = "hyperplane.throttled", matches = "true",
        disabledReason = "a measurement, not a test: run with -Dhyperplane.throttled=true")
class PlaygroundThrottledIT extends BrowserTestSupport {
    /** The default network (no key), 6 × 8 and 8 × 16. */
    private static final List<String> NETWORKS = List.of("", "8,8,8,8,8,8", "16,16,16,16,16,16,16,16");
    /** Frames at the start of a run that are not counted: the first passes and the JIT warming up. */
    private static final long WARM_UP_MILLIS = 1000;

    /**
     * Installed after Play: every gap between two animation frames (at 60 Hz each is 16.7 ms; one over 20 ms is a
     * dropped frame), and the sums of the page's own per-frame training and drawing times.
     */
    private static final String FRAME_PROBE = "window.__gaps = []; window.__last = 0; window.__stop = false;"
            + " window.__sums = {trainMs: 0, drawMs: 0, mainMs: 0, diagramMs: 0, chartMs: 0, readoutsMs: 0};"
            + " (function count(t) {"
            + "  if (window.__stop) { return; }"
            + "  if (window.__last) { window.__gaps.push(t - window.__last); }"
            + "  window.__last = t;"
            + "  var s = window.hyperplaneStats || {};"
            + "  for (var key in window.__sums) { window.__sums[key] += s[key] || 0; }"
            + "  requestAnimationFrame(count); })(0);";

    private static final String FRAME_REPORT = "window.__stop = true; var g = window.__gaps, m = window.__sums;"
            + " var sum = g.reduce(function (a, b) { return a + b; }, 0);"
            + " return [g.length, sum, g.filter(function (gap) { return gap > 20; }).length,"
            + " g.reduce(function (a, b) { return Math.max(a, b); }, 0), m.trainMs, m.drawMs, m.mainMs, m.diagramMs,"
            + " m.chartMs, m.readoutsMs];";

    @Test
    void printsSmoothnessWhileTrainingAtTheDefaultPace() {
        long seconds = Long.getLong("hyperplane.throttled.seconds", 5);
        String extra = System.getProperty("hyperplane.throttled.hash", "");
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        for (int rate : List.of(4, 1)) {
            for (String engine : List.of("wasm", "js")) {
                for (String hidden : NETWORKS) {
                    AppPage.open(driver, http("?engine=" + engine + "#v=1" + (hidden.isEmpty() ? "" : "&hidden="
                            + hidden) + (extra.isEmpty() ? "" : "&" + extra)));
                    driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
                    try {
                        driver.findElement(By.id("play")).click();
                        PlaygroundSpeedIT.sleep(WARM_UP_MILLIS);
                        long epochStart = PlaygroundSpeedIT.epoch();
                        long start = System.nanoTime();
                        browser.script(FRAME_PROBE);
                        Map<String, Double> before = metrics(driver);
                        PlaygroundSpeedIT.sleep(seconds * 1000);
                        List<?> report = (List<?>) browser.script(FRAME_REPORT);
                        Map<String, Double> after = metrics(driver);
                        long epochs = PlaygroundSpeedIT.epoch() - epochStart;
                        double wall = (System.nanoTime() - start) / 1e9;
                        driver.findElement(By.id("play")).click();
                        assertTrue(epochs > 0, "no epoch trained in " + wall + " s (" + engine + ", " + hidden + ")");
                        print(rate, engine, hidden, report, epochs / wall, before, after);
                    } finally {
                        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
                    }
                }
            }
        }
    }

    /**
     * Chromium's own counters of the page's main thread (CDP Performance.getMetrics), in ms: all its tasks, the
     * script in them, style and layout. The difference over a run says how much of a frame is the page's script
     * and how much the browser's own work.
     */
    private static Map<String, Double> metrics(ChromiumDriver driver) {
        driver.executeCdpCommand("Performance.enable", Map.of());
        Map<String, Object> result = driver.executeCdpCommand("Performance.getMetrics", Map.of());
        Map<String, Double> out = new HashMap<>();
        for (Object entry : (List<?>) result.get("metrics")) {
            Map<?, ?> metric = (Map<?, ?>) entry;
            out.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue() * 1000);
        }
        return out;
    }

    private static void print(int rate, String engine, String hidden, List<?> report, double epochsPerSecond,
            Map<String, Double> before, Map<String, Double> after) {
        int frames = ((Number) report.get(0)).intValue();
        double millis = ((Number) report.get(1)).doubleValue();
        int over = ((Number) report.get(2)).intValue();
        double longest = ((Number) report.get(3)).doubleValue();
        double[] parts = new double[6];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = ((Number) report.get(4 + i)).doubleValue() / Math.max(1, frames);
        }
        System.out.println(String.format(Locale.ROOT,
                "[throttled] cpu %dx %-4s %-7s %5.1f frames/s, %4.1f %% over 20 ms (longest %5.1f ms), %5.1f epochs/s;"
                        + " per frame: train %5.2f ms, draw %5.2f ms (plot %5.2f, diagram %5.2f, chart %4.2f,"
                        + " readouts %4.2f); main thread %5.2f ms (script %5.2f, style+layout %4.2f)",
                rate, engine, hidden.isEmpty() ? "default" : hidden.length() > 12 ? "8 x 16" : "6 x 8",
                1000.0 * frames / millis, 100.0 * over / Math.max(1, frames), longest, epochsPerSecond,
                parts[0], parts[1], parts[2], parts[3], parts[4], parts[5],
                perFrame("TaskDuration", before, after, frames), perFrame("ScriptDuration", before, after, frames),
                perFrame("RecalcStyleDuration", before, after, frames)
                        + perFrame("LayoutDuration", before, after, frames)));
    }

    private static double perFrame(String name, Map<String, Double> before, Map<String, Double> after, int frames) {
        return (after.getOrDefault(name, 0.0) - before.getOrDefault(name, 0.0)) / Math.max(1, frames);
    }
}
