package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.PlaygroundPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Links, autosave, files and embedding: what a teacher and a student keep and pass on. */
class ShareIT extends BrowserTestSupport {

    private PlaygroundPage fresh() {
        PlaygroundPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return PlaygroundPage.open(browser.driver(), http(""));
    }

    @Test
    void aCopiedLinkReproducesTheRunInAFreshBrowser() {
        PlaygroundPage page = fresh();
        page.choose("Dataset", "Exclusive or").choose("Learning rate", "0.1").choose("Activation", "Sigmoid");
        page.button("Add a hidden layer").click();
        page.tick("x₁x₂", true);
        page.control("Seed").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "77\t");
        page.button("Copy link").click();
        assertTrue(page.notice().contains("link"), page.notice());
        String link = page.url();
        for (int i = 0; i < 5; i++) {
            page.step();
        }
        String loss = page.trainLossText();
        String testLoss = page.testLossText();

        try (Browser other = Browser.start(1280, 900)) {
            PlaygroundPage copy = PlaygroundPage.open(other.driver(), link);
            assertEquals("Exclusive or", copy.chosen("Dataset"));
            assertEquals("77", copy.control("Seed").getAttribute("value"));
            for (int i = 0; i < 5; i++) {
                copy.step();
            }
            assertEquals(5, copy.epoch());
            assertEquals(loss, copy.trainLossText());
            assertEquals(testLoss, copy.testLossText());
        }
    }

    @Test
    void handPlacedPointsSurviveAReload() {
        PlaygroundPage page = fresh();
        page.choose("Dataset", "My points (place them)");
        page.clickCanvas(-80, -60, false).clickCanvas(90, 70, true).clickCanvas(20, -120, false);
        assertEquals(3, page.trainingPoints());
        browser.driver().navigate().refresh();
        page = PlaygroundPage.attach(browser.driver());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !attachSummary().isEmpty());
        assertEquals(3, page.trainingPoints());
        // Without the link, the saved state comes back too.
        page = PlaygroundPage.open(browser.driver(), http(""));
        assertEquals(3, page.trainingPoints());
        assertEquals("My points (place them)", page.chosen("Dataset"));
        page.button("Start over").click();
        assertEquals(250, page.trainingPoints());
    }

    private String attachSummary() {
        return browser.driver().findElement(By.id("canvas-summary")).getText();
    }

    @Test
    void anExportedModelImportsWithTheSamePredictions() throws Exception {
        PlaygroundPage page = fresh();
        page.choose("Activation", "ReLU").button("Add a neuron to hidden layer 2").click();
        for (int i = 0; i < 4; i++) {
            page.step();
        }
        String loss = page.trainLossText();
        page.button("Save model (JSON)").click();
        Path model = browser.download("hyperplane-model.json");
        String json = Files.readString(model);
        assertTrue(json.contains("\"format\": \"hyperplane-model\"") || json.contains("\"format\":\"hyperplane-model\""),
                json.substring(0, Math.min(200, json.length())));

        page.reset().choose("Activation", "Tanh").button("Remove a hidden layer").click();
        assertFalse(loss.equals(page.trainLossText()));
        page.load("import-model-file", model);
        String notice = page.awaitNotice();
        assertTrue(notice.startsWith("Imported the model"), notice);
        assertEquals("ReLU", page.chosen("Activation"));
        assertEquals("2 hidden layers", page.layerCount());
        assertEquals(loss, page.trainLossText(), "same weights, same data: same loss");
    }

    @Test
    void pointsExportAndImportAsCsv() throws Exception {
        PlaygroundPage page = fresh();
        page.choose("Dataset", "Spiral");
        page.button("Save points (CSV)").click();
        Path csv = browser.download("hyperplane-points.csv");
        assertTrue(Files.readString(csv).startsWith("x1,x2,label,split"));
        page.choose("Dataset", "Circle");
        String circleLoss = page.trainLossText();
        page.load("import-points-file", csv);
        assertTrue(page.awaitNotice().startsWith("Imported 500 points"), page.notice());
        assertEquals("My points (place them)", page.chosen("Dataset"));
        assertEquals(250, page.trainingPoints());
        assertFalse(circleLoss.equals(page.trainLossText()));
    }

    @Test
    void aMalformedImportChangesNothing() throws Exception {
        PlaygroundPage page = fresh();
        page.step().step();
        String loss = page.trainLossText();
        String url = page.url();
        Path dir = Files.createTempDirectory("hyperplane-bad");
        Path badModel = Files.writeString(dir.resolve("bad.json"),
                "{\"format\":\"hyperplane-model\",\"version\":1,\"inputs\":[\"x1\",\"x2\"],\"layers\":[{\"activation\":"
                        + "\"tanh\",\"weights\":[[1,\"x\"]],\"biases\":[0]}],\"loss\":\"mse\"}");
        page.load("import-model-file", badModel);
        String notice = page.awaitNotice();
        assertTrue(notice.startsWith("Could not import bad.json"), notice);
        assertTrue(notice.endsWith("Nothing was changed."), notice);
        assertEquals(loss, page.trainLossText());
        assertEquals(2, page.epoch());

        Path badCsv = Files.write(dir.resolve("bad.csv"), new byte[] {0, 1, 2, (byte) 0xFF, 10, 65});
        page.button("Load points…");
        page.load("import-points-file", badCsv);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> page.notice().contains("bad.csv"));
        assertTrue(page.notice().endsWith("Nothing was changed."), page.notice());
        assertEquals(250, page.trainingPoints());
        assertEquals(loss, page.trainLossText());
        assertEquals(url, page.url());
    }

    @Test
    void aBadLinkSaysWhichKeysItIgnored() {
        fresh();
        PlaygroundPage page = PlaygroundPage.open(browser.driver(),
                http("#v=1&lr=abc&noise=0.9&data=xor&dataset=spiral"));
        String notice = page.notice();
        assertTrue(notice.contains("lr=abc") && notice.contains("noise=0.9"), notice);
        assertTrue(notice.contains("dataset=spiral: Hyperplane has no such key (did you mean data?)"), notice);
        assertEquals("Exclusive or", page.chosen("Dataset"));
        assertEquals("0.03", page.chosen("Learning rate"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmbeddedViewHidesLocksAutoplaysAndReportsToItsHost() throws Exception {
        fresh();
        Path host = site().resolve("e2e-host.html");
        Files.writeString(host, "<!doctype html><html lang=\"en\"><title>host</title><body>"
                + "<script>window.messages = []; addEventListener('message', e => window.messages.push(e.data));</script>"
                + "<iframe id=\"frame\" title=\"Hyperplane\" width=\"1000\" height=\"800\""
                + " src=\"index.html#v=1&embed=1&hide=data&lock=network&autoplay=1\"></iframe></body></html>");
        try {
            browser.driver().get("about:blank");
            browser.driver().get(server.baseUrl() + "e2e-host.html");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> ((List<Object>) browser.script(
                    "return window.messages.filter(m => m && m.type === 'hyperplane' && m.event === 'progress'"
                            + " && m.epoch > 0);")).size() > 0);
            List<Map<String, Object>> messages = (List<Map<String, Object>>) browser.script("return window.messages;");
            assertEquals("ready", messages.get(0).get("event"));
            Map<String, Object> progress = messages.stream().filter(m -> "progress".equals(m.get("event")))
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(((Number) progress.get("trainLoss")).doubleValue() > 0);
            assertTrue(progress.containsKey("testLoss"));

            browser.driver().switchTo().frame("frame");
            assertFalse(browser.driver().findElement(By.cssSelector("[data-group=data]")).isDisplayed());
            assertFalse(browser.driver().findElement(By.cssSelector("header")).isDisplayed());
            assertFalse(browser.driver().findElement(By.id("add-layer")).isEnabled(), "network locked");
            assertTrue(browser.driver().findElement(By.id("learning-rate")).isEnabled(), "run controls free");
            browser.saveArtifacts("embed-1-framed");
            browser.driver().switchTo().defaultContent();
        } finally {
            Files.deleteIfExists(host);
        }
    }

    @Test
    void theEmbedDialogBuildsASnippet() {
        PlaygroundPage page = fresh();
        page.button("Embed…").click();
        browser.driver().findElement(By.id("embed-hide-data")).click();
        browser.driver().findElement(By.id("embed-autoplay")).click();
        String snippet = browser.driver().findElement(By.id("embed-snippet")).getAttribute("value");
        browser.saveArtifacts("embed-2-dialog");
        assertTrue(snippet.startsWith("<iframe src=\""), snippet);
        assertTrue(snippet.contains("embed=1") && snippet.contains("hide=data") && snippet.contains("autoplay=1"),
                snippet);
        page.button("Close").click();
    }
}
