package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.BenchPage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bench.html runs every engine and their losses agree. Timings are printed, never asserted. A reduced run by
 * default; {@code -Dhyperplane.bench.query=?autorun=1} runs the full benchmark (for the README's figures).
 */
class BenchIT extends BrowserTestSupport {
    private static final String QUERY = System.getProperty("hyperplane.bench.query",
            "?autorun=1&epochs=5&rounds=1&grids=2");
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"http", "file"})
    void everyEngineReportsNumbersAndTheLossesAgree(String origin) {
        String url = origin.equals("http") ? server.baseUrl() + "bench.html" + QUERY
                : site().toAbsolutePath().resolve("bench.html").toUri() + QUERY;
        BenchPage page = BenchPage.openAndFinish(browser.driver(), url, Duration.ofMinutes(10));

        assertEquals("done", page.state(), page.status());
        Map<String, Map<String, String>> results = page.results();
        System.out.println("[bench " + origin + "] " + results);
        browser.saveArtifacts("bench-" + origin);
        assertEquals(Set.of("hyperplane-wasm", "hyperplane-js", "reference-js", "reference-engine-tanh"),
                results.keySet());
        Map<String, String> reference = results.get("reference-js");
        for (Map.Entry<String, Map<String, String>> entry : results.entrySet()) {
            Map<String, String> r = entry.getValue();
            String name = entry.getKey();
            assertEquals(null, r.get("error"), name);
            for (String key : List.of("w1Samples", "w2Samples", "w3Grids")) {
                double v = Double.parseDouble(r.get(key));
                assertTrue(v > 0 && Double.isFinite(v), name + " " + key + " = " + v);
            }
            for (String key : List.of("w1Loss", "w2Loss")) {
                double loss = Double.parseDouble(r.get(key));
                double expected = Double.parseDouble(reference.get(key));
                assertTrue(loss > 0 && Double.isFinite(loss), name + " " + key + " = " + loss);
                assertEquals(expected, loss, TOLERANCE, name + " " + key);
            }
            assertEquals("true", r.get("agrees"), name + " " + r);
        }
        // The engine's tanh is plain double arithmetic: both builds and the JavaScript copy of its formulas
        // compute the same bits, so their losses are equal, not merely close.
        Map<String, String> sameMath = results.get("reference-engine-tanh");
        for (String build : List.of("hyperplane-wasm", "hyperplane-js")) {
            for (String key : List.of("w1Loss", "w2Loss")) {
                assertEquals(sameMath.get(key), results.get(build).get(key), build + " " + key);
            }
        }
        assertEquals(4, page.resultRows());
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @org.junit.jupiter.api.Test
    void hasNoAccessibilityViolationsOnceFinished() {
        BenchPage page = BenchPage.openAndFinish(browser.driver(), server.baseUrl() + "bench.html"
                + "?autorun=1&epochs=2&rounds=1&grids=1", Duration.ofMinutes(2));
        assertEquals("done", page.state(), page.status());
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
