package hyperplane.e2e.pages;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** bench.html: runs the benchmark and reads its results. */
public final class BenchPage {
    private final WebDriver driver;

    private BenchPage(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * Opens {@code url} (bench.html with a query such as {@code ?autorun=1&epochs=5}) in a fresh document and
     * waits up to {@code timeout} until the run is over (finished or failed).
     */
    public static BenchPage openAndFinish(WebDriver driver, String url, Duration timeout) {
        driver.get("about:blank");
        driver.get(url);
        BenchPage page = new BenchPage(driver);
        new WebDriverWait(driver, timeout).until(d -> {
            String state = page.state();
            return "done".equals(state) || "error".equals(state);
        });
        return page;
    }

    /** "running", "done" or "error" (null before the first run). */
    public String state() {
        return driver.findElement(By.tagName("body")).getAttribute("data-state");
    }

    /** The status line the page shows. */
    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    /** The progress bar's value and maximum, as "value/max". */
    public String progress() {
        var bar = driver.findElement(By.id("progress"));
        return bar.getAttribute("value") + "/" + bar.getAttribute("max");
    }

    /** Number of rows in the results table. */
    public int resultRows() {
        return driver.findElements(By.cssSelector("#results-body tr")).size();
    }

    /**
     * Per engine name ("hyperplane-wasm", "hyperplane-js", "reference-js"): w1Loss, w2Loss, w1Samples,
     * w2Samples (samples/s), w3Grids (grids/s), lossDifference, gridDifference, agrees, or error.
     * Numbers come back as strings of JavaScript's shortest round-trip form, so NaN and Infinity survive.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, String>> results() {
        Object value = ((JavascriptExecutor) driver).executeScript(
                "var out = {}; var e = globalThis.benchResults.engines;"
                + "Object.keys(e).forEach(function (k) { var r = e[k]; out[k] = r.error ? {error: r.error} : {"
                + " w1Loss: String(r.W1.loss), w2Loss: String(r.W2.loss),"
                + " w1Samples: String(r.W1.samplesPerSecond), w2Samples: String(r.W2.samplesPerSecond),"
                + " w3Grids: String(r.W3.gridsPerSecond), lossDifference: String(r.lossDifference),"
                + " gridDifference: String(r.gridDifference), agrees: String(r.agrees)}; });"
                + "return out;");
        return (Map<String, Map<String, String>>) value;
    }

    public WebDriver driver() {
        return driver;
    }
}
