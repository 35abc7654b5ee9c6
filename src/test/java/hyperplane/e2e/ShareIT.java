package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
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
        // The notice comes after the settings above were taken, so the address now holds them all.
        String notice = page.waitForNotice(text -> text.contains("link"));
        assertTrue(notice.contains("link"), notice);
        String link = page.url();
        for (int i = 0; i < 5; i++) {
            page.step();
        }
        // The losses are drawn with the epoch.
        assertEquals(5, page.waitForEpoch(5));
        String loss = page.trainLossText();
        String testLoss = page.testLossText();

        try (Browser other = Browser.start(1280, 900)) {
            PlaygroundPage copy = PlaygroundPage.open(other.driver(), link);
            assertEquals("Exclusive or", copy.waitForChosen("Dataset", "Exclusive or"));
            assertEquals("77", Wait.untilEquals(() -> copy.control("Seed").getAttribute("value"), "77"));
            for (int i = 0; i < 5; i++) {
                copy.step();
            }
            assertEquals(5, copy.waitForEpoch(5));
            assertEquals(loss, copy.waitForTrainLossText(loss));
            assertEquals(testLoss, copy.testLossText());
        }
    }

    @Test
    void handPlacedPointsSurviveAReload() {
        PlaygroundPage page = fresh();
        page.choose("Dataset", "My points (place them)");
        page.clickCanvas(-80, -60, false).clickCanvas(90, 70, true).clickCanvas(20, -120, false);
        assertEquals(3, page.waitForTrainingPoints(3));
        AppPage.reload(browser.driver());
        page = PlaygroundPage.attach(browser.driver());
        assertEquals(3, page.waitForTrainingPoints(3));
        // Without the link, the saved state comes back too.
        page = PlaygroundPage.open(browser.driver(), http(""));
        assertEquals(3, page.waitForTrainingPoints(3));
        assertEquals("My points (place them)", page.waitForChosen("Dataset", "My points (place them)"));
        page.button("Start over").click();
        assertEquals(250, page.waitForTrainingPoints(250));
    }

    @Test
    void anExportedModelImportsWithTheSamePredictions() throws Exception {
        PlaygroundPage page = fresh();
        page.choose("Activation", "ReLU").button("Add a neuron to hidden layer 2").click();
        for (int i = 0; i < 4; i++) {
            page.step();
        }
        // The loss is drawn with the epoch.
        assertEquals(4, page.waitForEpoch(4));
        String loss = page.trainLossText();
        page.button("Save model (JSON)").click();
        Path model = browser.download("hyperplane-model.json");
        String json = Files.readString(model);
        assertTrue(json.contains("\"format\": \"hyperplane-model\"") || json.contains("\"format\":\"hyperplane-model\""),
                json.substring(0, Math.min(200, json.length())));

        page.reset().choose("Activation", "Tanh").button("Remove a hidden layer").click();
        assertFalse(loss.equals(page.waitForNewTrainLoss(loss)));
        page.load("import-model-file", model);
        String notice = page.waitForNotice(text -> text.startsWith("Imported the model"));
        assertTrue(notice.startsWith("Imported the model"), notice);
        assertEquals("ReLU", page.waitForChosen("Activation", "ReLU"));
        assertEquals("2 hidden layers", page.waitForLayerCount("2 hidden layers"));
        assertEquals(loss, page.waitForTrainLossText(loss), "same weights, same data: same loss");
    }

    @Test
    void pointsExportAndImportAsCsv() throws Exception {
        PlaygroundPage page = fresh();
        String startLoss = page.trainLossText();
        page.choose("Dataset", "Spiral");
        // The spiral drawn (its loss shown), so that the circle's loss below is not read before it is drawn.
        String spiralLoss = page.waitForNewTrainLoss(startLoss);
        page.button("Save points (CSV)").click();
        Path csv = browser.download("hyperplane-points.csv");
        assertTrue(Files.readString(csv).startsWith("x1,x2,label,split"));
        page.choose("Dataset", "Circle");
        String circleLoss = page.waitForNewTrainLoss(spiralLoss);
        page.load("import-points-file", csv);
        String notice = page.waitForNotice(text -> text.startsWith("Imported"));
        assertTrue(notice.startsWith("Imported 500 points"), notice);
        assertEquals("My points (place them)", page.waitForChosen("Dataset", "My points (place them)"));
        assertEquals(250, page.waitForTrainingPoints(250));
        assertFalse(circleLoss.equals(page.waitForNewTrainLoss(circleLoss)));
    }

    /** A file of three classes on the two-class circle is refused with what to do, and doing it imports it. */
    @Test
    void aCsvOfMoreClassesSaysWhatToChooseAndThenImports() throws Exception {
        PlaygroundPage page = fresh();
        Path csv = Files.writeString(Files.createTempDirectory("hyperplane-classes").resolve("three.csv"),
                "x1,x2,label\n1,1,0\n-1,-1,1\n2,-2,2\n");
        page.load("import-points-file", csv);
        String notice = page.waitForNotice(text -> text.contains("three.csv"));
        assertTrue(notice.startsWith("Could not import three.csv: line 4, column 3: class 2 needs 3 classes or more"),
                notice);
        assertTrue(notice.contains("choose \"My points (place them)\" under Dataset first, then 3 or more under "
                + "Classes, and import the file again. Nothing was changed."), notice);
        page.choose("Dataset", "My points (place them)");
        assertEquals("My points (place them)", page.waitForChosen("Dataset", "My points (place them)"));
        page.choose("Classes", "3");
        assertEquals("3", page.waitForChosen("Classes", "3"));
        page.load("import-points-file", csv);
        notice = page.waitForNotice(text -> text.startsWith("Imported"));
        assertTrue(notice.startsWith("Imported 3 points from three.csv"), notice);
        assertEquals(3, page.waitForTrainingPoints(3));
        assertEquals("3", page.waitForChosen("Classes", "3"));
    }

    @Test
    void droppingTwoFilesSaysThatOnlyOneIsRead() {
        PlaygroundPage page = fresh();
        browser.script("var dt = new DataTransfer();"
                + "dt.items.add(new File(['x1,x2,label\\n1,1,1\\n-1,-1,0\\n2,1,1\\n'], 'first.csv'));"
                + "dt.items.add(new File(['x1,x2,label\\n0,0,1\\n'], 'second.csv'));"
                + "var c = document.getElementById('canvas');"
                + "c.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "c.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));");
        String notice = page.waitForNotice(text -> text.contains("Imported"));
        assertTrue(notice.startsWith("You dropped 2 files; the page reads one at a time, so it read only first.csv."),
                notice);
        assertTrue(notice.contains("Imported 3 points from first.csv"), notice);
    }

    @Test
    void copyingTheLinkOfAPageOpenedFromDiskSaysItWorksOnlyHere() {
        PlaygroundPage.open(browser.driver(), file(""));
        PlaygroundPage page = PlaygroundPage.open(browser.driver(), file("#v=1&data=xor"));
        page.button("Copy link").click();
        String notice = page.waitForNotice(text -> text.contains("link"));
        assertTrue(notice.contains("a file on this computer, so it opens only here"), notice);
        // Served over http the same button says nothing of the kind.
        PlaygroundPage served = PlaygroundPage.open(browser.driver(), http("#v=1&data=xor"));
        served.button("Copy link").click();
        String plain = served.waitForNotice(text -> text.contains("link"));
        assertFalse(plain.contains("this computer"), plain);
    }

    @Test
    void aMalformedImportChangesNothing() throws Exception {
        PlaygroundPage page = fresh();
        page.step().step();
        // The loss is drawn with the epoch.
        assertEquals(2, page.waitForEpoch(2));
        String loss = page.trainLossText();
        String url = page.url();
        Path dir = Files.createTempDirectory("hyperplane-bad");
        Path badModel = Files.writeString(dir.resolve("bad.json"),
                "{\"format\":\"hyperplane-model\",\"version\":1,\"inputs\":[\"x1\",\"x2\"],\"layers\":[{\"activation\":"
                        + "\"tanh\",\"weights\":[[1,\"x\"]],\"biases\":[0]}],\"loss\":\"mse\"}");
        page.load("import-model-file", badModel);
        String notice = page.waitForNotice(text -> text.contains("bad.json"));
        assertTrue(notice.startsWith("Could not import bad.json"), notice);
        assertTrue(notice.endsWith("Nothing was changed."), notice);
        // The page has refused the file; once it has drawn since, nothing may have changed.
        page.settle();
        assertEquals(loss, page.trainLossText());
        assertEquals(2, page.epoch());

        Path badCsv = Files.write(dir.resolve("bad.csv"), new byte[] {0, 1, 2, (byte) 0xFF, 10, 65});
        page.button("Load points…");
        page.load("import-points-file", badCsv);
        notice = page.waitForNotice(text -> text.contains("bad.csv"));
        assertTrue(notice.endsWith("Nothing was changed."), notice);
        page.settle();
        assertEquals(250, page.trainingPoints());
        assertEquals(loss, page.trainLossText());
        assertEquals(url, page.url());
    }

    @Test
    void aBadLinkSaysWhichKeysItIgnored() {
        fresh();
        PlaygroundPage page = PlaygroundPage.open(browser.driver(),
                http("#v=1&lr=abc&noise=0.9&data=xor&dataset=spiral"));
        // Every key's complaint is shown at once, in one message.
        String notice = page.waitForNotice(text -> !text.isEmpty());
        assertTrue(notice.contains("lr=abc") && notice.contains("noise=0.9"), notice);
        assertTrue(notice.contains("dataset=spiral: Hyperplane has no such key (did you mean data?)"), notice);
        assertEquals("Exclusive or", page.waitForChosen("Dataset", "Exclusive or"));
        assertEquals("0.03", page.waitForChosen("Learning rate", "0.03"));
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
            // The frame's page has started (it reported progress), so the link's hide and lock are applied.
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
        Wait.require(() -> browser.driver().findElement(By.id("embed-hide-data")).isDisplayed(), "the embed dialog");
        browser.driver().findElement(By.id("embed-hide-data")).click();
        browser.driver().findElement(By.id("embed-autoplay")).click();
        String snippet = Wait.until(() -> browser.driver().findElement(By.id("embed-snippet")).getAttribute("value"),
                text -> text.contains("hide=data") && text.contains("autoplay=1"));
        browser.saveArtifacts("embed-2-dialog");
        assertTrue(snippet.startsWith("<iframe src=\""), snippet);
        assertTrue(snippet.contains("embed=1") && snippet.contains("hide=data") && snippet.contains("autoplay=1"),
                snippet);
        page.button("Close").click();
    }
}
