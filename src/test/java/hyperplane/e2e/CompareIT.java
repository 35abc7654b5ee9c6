package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.BackpropPage;
import hyperplane.e2e.pages.ComparePage;
import hyperplane.e2e.pages.PlaygroundClasses;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Compare mode: two runs from one start, trained in lock-step, carried by a link into a fresh browser. */
class CompareIT extends BrowserTestSupport {
    /** The page at {@code hash} with nothing saved from before. */
    private PlaygroundPage fresh(String hash) {
        PlaygroundPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return PlaygroundPage.open(browser.driver(), http(hash));
    }

    @Test
    void aComparisonTrainsInLockStepAndItsLinkGivesTheSameLosses() {
        PlaygroundPage page = fresh("");
        page.choose("Speed (epochs a second)", "5");
        ComparePage compare = ComparePage.attach(browser.driver()).start();
        // Run B, an exact copy, is the one the settings edit now.
        assertTrue(compare.chosen(1));
        assertTrue(compare.differences().contains("same settings"), compare.differences());
        page.choose("Loss", "Mean squared error");
        String table = Wait.until(compare::differences, text -> text.contains("squared error"));
        assertTrue(table.contains("Loss") && table.contains("cross-entropy"), table);
        // A keeps its loss: choosing A shows cross-entropy.
        compare.choose(0);
        assertEquals("Cross-entropy", page.waitForChosen("Loss", "Cross-entropy"));
        page.play().waitForEpochAtLeast(3).pause();
        int epochs = page.epoch();
        String a = compare.caption(0);
        String b = compare.caption(1);
        assertTrue(a.startsWith("loss "), a);
        assertNotEquals(a, b, "the losses differ with the loss function");
        String link = page.url();
        assertTrue(link.contains("&b=loss:mse"), link);
        assertEquals(List.of(), browser.accessibilityViolations());

        try (Browser other = Browser.start(1280, 900)) {
            PlaygroundPage copy = PlaygroundPage.open(other.driver(), link);
            ComparePage copied = ComparePage.attach(other.driver()).waitForRuns(2);
            for (int i = 0; i < epochs; i++) {
                copy.step();
            }
            assertEquals(epochs, copy.waitForEpoch(epochs));
            assertEquals(a, copied.waitForCaption(0, a));
            assertEquals(b, copied.waitForCaption(1, b));
        }
    }

    @Test
    void aModelLoadedWhileRunBIsChosenGoesToRunBInItsShape() throws Exception {
        PlaygroundPage page = fresh("#v=1&b=hidden:3");
        ComparePage compare = ComparePage.attach(browser.driver()).waitForRuns(2);
        page.step().step();
        assertEquals(2, page.waitForEpoch(2));
        page.button("Save model (JSON)").click();
        Path model = browser.download("hyperplane-model.json");
        String captionA = compare.caption(0);

        // B has one hidden layer of 3; A's model (4, 2) is loaded into B, which takes its shape and its weights.
        compare.choose(1);
        assertEquals("1 hidden layer", page.waitForLayerCount("1 hidden layer"));
        page.load("import-model-file", model);
        String notice = page.waitForNotice(text -> text.startsWith("Imported the model"));
        assertTrue(notice.startsWith("Imported the model"), notice);
        assertEquals("2 hidden layers", page.waitForLayerCount("2 hidden layers"));
        assertEquals(captionA, compare.waitForCaption(1, captionA), "B has A's network now: the same loss and share");
        assertEquals(captionA, compare.caption(0), "A is as it was");
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }

    /**
     * The backprop inspector walks through the run chosen in the comparison, says so, and applies its update to that
     * run only: with B (one hidden layer of 3, η = 3, so that one update moves its loss) chosen it shows a network
     * of that shape and changes B's loss, not A's; the link keeps B's new weights as B's own start.
     */
    @Test
    void theInspectorWalksThroughTheChosenRun() {
        PlaygroundPage page = fresh("#v=1&b=hidden:3;lr:3");
        ComparePage compare = ComparePage.attach(browser.driver()).waitForRuns(2);
        AppPage app = AppPage.attach(browser.driver());
        compare.choose(0);
        app.tab("backprop");
        assertEquals(3, ((List<?>) BackpropPage.attach(browser.driver()).model().get("layers")).size(),
                "A: two hidden layers and the output");
        String noteA = browser.driver().findElement(By.id("bp-run-note")).getText();
        assertTrue(noteA.contains("run A"), noteA);

        app.tab("playground");
        compare.choose(1);
        assertEquals("1 hidden layer", page.waitForLayerCount("1 hidden layer"));
        String captionA = compare.caption(0);
        String captionB = compare.caption(1);
        app.tab("backprop");
        BackpropPage inspector = BackpropPage.attach(browser.driver());
        List<?> layers = Wait.until(() -> (List<?>) inspector.model().get("layers"), l -> l.size() == 2);
        assertEquals(3, ((List<?>) ((Map<?, ?>) layers.get(0)).get("biases")).size(), "B's hidden layer of 3");
        String note = browser.driver().findElement(By.id("bp-run-note")).getText();
        assertTrue(note.contains("run B"), note);
        inspector.applyUpdate().waitForApplyResult();

        app.tab("playground");
        String updatedB = Wait.until(() -> compare.caption(1), c -> !c.equals(captionB));
        assertNotEquals(captionB, updatedB, "B's loss moved");
        assertEquals(captionA, compare.caption(0), "A is as it was");

        // B's new weights are its own start now: the link keeps them, and opened elsewhere B starts from them.
        String link = Wait.until(page::url, url -> url.contains("&b=hidden:3;lr:3;w:"));
        try (Browser other = Browser.start(1280, 900)) {
            PlaygroundPage.open(other.driver(), link);
            ComparePage copied = ComparePage.attach(other.driver()).waitForRuns(2);
            assertEquals(updatedB, copied.waitForCaption(1, updatedB));
            assertEquals(captionA, copied.caption(0));
        }
    }

    /** "Copy link with weights" in a comparison holds every run's trained weights: opened elsewhere, each run's loss. */
    @Test
    void aLinkWithWeightsStartsEveryRunFromItsTrainedWeights() {
        PlaygroundPage page = fresh("#v=1&b=lr:0.3");
        ComparePage compare = ComparePage.attach(browser.driver()).waitForRuns(2);
        for (int i = 0; i < 5; i++) {
            page.step();
        }
        assertEquals(5, page.waitForEpoch(5));
        String a = compare.waitForCaption(0, compare.caption(0));
        String b = compare.caption(1);
        browser.script("window.e2eCopied = null; navigator.clipboard.writeText = function (t) {"
                + " window.e2eCopied = t; return Promise.resolve(); };");
        browser.driver().findElement(By.id("copy-link-weights")).click();
        String shared = Wait.until(() -> (String) browser.script("return window.e2eCopied;"), t -> t != null);
        assertTrue(shared.contains("&b=lr:0.3;w:"), shared);
        String notice = page.waitForNotice(t -> t.startsWith("The link to this comparison"));
        assertTrue(notice.contains("every run's weights as they are now (epoch 5)"), notice);

        try (Browser other = Browser.start(1280, 900)) {
            PlaygroundPage opened = PlaygroundPage.open(other.driver(), shared);
            ComparePage copied = ComparePage.attach(other.driver()).waitForRuns(2);
            assertEquals(0, opened.epoch());
            assertEquals(a, copied.waitForCaption(0, a), "A from its trained weights");
            assertEquals(b, copied.waitForCaption(1, b), "B from its own trained weights, not A's");
        }
    }

    /**
     * The confusion matrix goes with the run on show, as the heatmap and the losses do: its share right is A's with
     * A chosen and B's with B chosen (two runs that classify differently after three epochs at rates 0.03 and 1).
     */
    @Test
    void theConfusionMatrixIsTheChosenRuns() {
        PlaygroundPage page = fresh("#v=1&data=xor&b=lr:1");
        ComparePage compare = ComparePage.attach(browser.driver()).waitForRuns(2);
        PlaygroundClasses classes = PlaygroundClasses.attach(browser.driver());
        page.step().step().step();
        assertEquals(3, page.waitForEpoch(3));
        compare.choose(0);
        String a = share(compare.waitForCaption(0, compare.caption(0)));
        String b = share(compare.caption(1));
        assertNotEquals(a, b, "the runs classify differently: " + a + ", " + b);
        assertEquals(a, share(classes.waitForCaption(true, c -> share(c).equals(a))), "A chosen");
        compare.choose(1);
        assertEquals(b, share(classes.waitForCaption(true, c -> share(c).equals(b))), "B chosen");
    }

    /**
     * The diagnosis line and the panels inside the network go with the run on show too: B, six sigmoid layers, says
     * its gradients vanish; A, the default network, has nothing to say.
     */
    @Test
    void theDiagnosisIsTheChosenRuns() {
        PlaygroundPage page = fresh("#v=1&b=act:sigmoid;hidden:8,8,8,8,8,8");
        ComparePage compare = ComparePage.attach(browser.driver()).waitForRuns(2);
        page.play().waitForEpochAtLeast(60);
        page.pause();
        AppPage app = AppPage.attach(browser.driver());
        compare.choose(1);
        String line = app.waitForText("run-diagnosis", t -> t.startsWith("Vanishing gradients"));
        assertTrue(line.contains("of the 6 hardly learn"), line);
        compare.choose(0);
        assertEquals("", app.waitForText("run-diagnosis", ""), "A learns");
    }

    /** The whole per cent of training points right in a tile caption ("… · 87 % right") or a matrix caption. */
    private static String share(String caption) {
        Matcher m = Pattern.compile("(\\d+)(\\.\\d)? %").matcher(caption);
        if (!m.find()) {
            return caption;
        }
        double percent = Double.parseDouble(m.group(0).replace(" %", ""));
        return Long.toString(Math.round(percent));
    }

    @Test
    void aMalformedComparisonInALinkFallsBackToASingleRunWithANotice() {
        PlaygroundPage page = PlaygroundPage.open(browser.driver(), http("#v=1&lr=0.1&b=lr:fast"));
        String notice = page.waitForNotice(text -> text.contains("comparison"));
        assertTrue(notice.contains("b=lr:fast"), notice);
        assertEquals(0, ComparePage.attach(browser.driver()).runs());
        assertEquals("0.1", page.waitForChosen("Learning rate", "0.1"));
    }
}
