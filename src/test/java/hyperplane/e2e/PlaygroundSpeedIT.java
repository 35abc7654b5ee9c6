package hyperplane.e2e;

import hyperplane.e2e.pages.AppPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Measures, and only prints (speed is never asserted): the playground's frames and epochs per second while
 * training as fast as possible (speed=max) with the heatmap and neuron thumbnails drawn, for both builds; the time
 * from navigation to the first drawn heatmap, from file:// and over http; and the gzipped size of what the page
 * loads.
 * Run with {@code mvn verify -Dteavm.phase=none -Dit.test=PlaygroundSpeedIT -Dhyperplane.speed=true} after
 * {@code mvn package}; a plain {@code mvn verify} skips it.
 */
@EnabledIfSystemProperty(named = "hyperplane.speed", matches = "true",
        disabledReason = "a measurement, not a test: run with -Dhyperplane.speed=true")
class PlaygroundSpeedIT extends BrowserTestSupport {
    private static final long MEASURE_MILLIS = 5000;
    private static final List<String> NETWORKS = List.of("8,8,8,8,8,8", "16,16,16,16,16,16,16,16");

    // Installed before any page script: remembers when the first image reaches a canvas (the heatmap).
    private static final String FIRST_DRAW_PROBE = "(function () {"
            + "  function wrap(proto, name) {"
            + "    var original = proto[name];"
            + "    proto[name] = function () {"
            + "      if (window.__firstDraw === undefined) { window.__firstDraw = performance.now(); }"
            + "      return original.apply(this, arguments);"
            + "    };"
            + "  }"
            + "  wrap(CanvasRenderingContext2D.prototype, 'putImageData');"
            + "  wrap(CanvasRenderingContext2D.prototype, 'drawImage');"
            + "})();";

    @Test
    void printsFramesPerSecondWhileTraining() {
        for (String engine : List.of("wasm", "js")) {
            for (String hidden : NETWORKS) {
                AppPage.open(browser.driver(), http("?engine=" + engine + "#v=1&speed=max&hidden=" + hidden));
                browser.driver().findElement(By.id("play")).click();
                // Every gap between two animation frames: at 60 Hz each is 16.7 ms; one over 20 ms is a dropped frame.
                browser.script("window.__gaps = []; window.__last = 0; (function count(t) {"
                        + " if (window.__last) { window.__gaps.push(t - window.__last); } window.__last = t;"
                        + " requestAnimationFrame(count); })(0);");
                long epochStart = epoch();
                long start = System.nanoTime();
                sleep(MEASURE_MILLIS);
                Number frames = (Number) browser.script("return window.__gaps.length;");
                Number framesPerSecond = (Number) browser.script("var g = window.__gaps;"
                        + " return 1000 * g.length / g.reduce(function (sum, gap) { return sum + gap; }, 0);");
                Number dropped = (Number) browser.script(
                        "return window.__gaps.filter(function (gap) { return gap > 20; }).length;");
                Object stats = browser.script("var s = window.hyperplaneStats || {}; return 'last frame: train '"
                        + " + (s.trainMs || 0).toFixed(1) + ' ms, draw ' + (s.drawMs || 0).toFixed(1) + ' ms, '"
                        + " + s.epochsPerFrame + ' epochs';");
                long epochs = epoch() - epochStart;
                double seconds = (System.nanoTime() - start) / 1e9;
                browser.driver().findElement(By.id("play")).click();
                System.out.println(String.format(Locale.ROOT,
                        "[speed] %-4s hidden %-24s %5.1f frames/s (%d of %d frames over 20 ms)  %7.1f epochs/s",
                        engine, "[" + hidden + "]", framesPerSecond.doubleValue(), dropped.intValue(),
                        frames.intValue(), epochs / seconds) + "  (" + stats + ")");
            }
        }
    }

    @Test
    void printsTimeToFirstDrawnFrame() {
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FIRST_DRAW_PROBE));
        String file = site().toAbsolutePath().resolve("index.html").toUri().toString();
        for (String engine : List.of("wasm", "js")) {
            for (String origin : List.of("file", "http")) {
                String base = origin.equals("file") ? file : http("");
                double best = Double.POSITIVE_INFINITY;
                double sum = 0;
                int runs = 5;
                for (int i = 0; i < runs; i++) {
                    AppPage.open(driver, base + "?engine=" + engine + "#v=1");
                    Number at = (Number) browser.script("return new Promise(function (done) {"
                            + " (function wait() { if (window.__firstDraw !== undefined) { done(window.__firstDraw); }"
                            + " else { setTimeout(wait, 5); } })(); });");
                    best = Math.min(best, at.doubleValue());
                    sum += at.doubleValue();
                }
                System.out.println(String.format(Locale.ROOT,
                        "[load] %-4s %-4s first heatmap drawn %6.0f ms after navigation (best of %d; mean %.0f)",
                        engine, origin, best, runs, sum / runs));
            }
        }
    }

    @Test
    void printsGzippedTransferSizes() throws IOException {
        Path site = site();
        List<String> page = List.of("index.html", "boot.js", "styles.css", "icon.svg");
        Map<String, List<String>> builds = Map.of(
                "wasm over http", List.of("wasm/runtime.js", "wasm/hyperplane.wasm"),
                "wasm from disk", List.of("wasm/runtime.js", "wasm/hyperplane.wasm.js"),
                "js", List.of("js/hyperplane.js"));
        long common = 0;
        for (String name : page) {
            common += gzipped(site.resolve(name));
        }
        for (Map.Entry<String, List<String>> build : builds.entrySet()) {
            long total = common;
            StringBuilder parts = new StringBuilder();
            for (String name : build.getValue()) {
                long size = gzipped(site.resolve(name));
                total += size;
                parts.append(String.format(Locale.ROOT, " %s %.1f kB (raw %.1f kB);", name, size / 1000.0,
                        Files.size(site.resolve(name)) / 1000.0));
            }
            System.out.println(String.format(Locale.ROOT, "[size] %-15s %.1f kB gzipped in all (page %.1f kB;%s)",
                    build.getKey(), total / 1000.0, common / 1000.0, parts));
        }
    }

    /** The epoch the page shows (for the speed measurements). */
    static long epoch() {
        String text = browser.driver().findElement(By.id("epoch")).getText().replaceAll("[^0-9]", "");
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    private static long gzipped(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }

    /** Waits a measurement's length (a measurement is a fixed time, not a condition). */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
