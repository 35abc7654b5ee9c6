package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.GradientDescentPage;
import hyperplane.e2e.pages.MessageBar;
import hyperplane.e2e.pages.PlaygroundPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Nothing a user types, links or saves breaks the page: hostile saved state, a value a view refuses, points off
 * the canvas; the weights travel in the link; and what destroys work can be undone.
 */
class SafeStateIT extends BrowserTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String STORAGE = "hyperplane.state";

    private PlaygroundPage fresh(String suffix) {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return PlaygroundPage.open(browser.driver(), http(suffix));
    }

    private String saved() {
        return (String) browser.script("return localStorage.getItem(arguments[0]) || '';", STORAGE);
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), WAIT).withMessage(what).until(d -> condition.getAsBoolean());
    }

    @Test
    void hostileSavedStateStartsTheViewsFromTheirDefaultsAndIsCleared() {
        fresh("");
        browser.script("localStorage.setItem(arguments[0], arguments[1]);", STORAGE,
                "v=1&view=gradient-descent&gd.x0=2000000&gd.eta=1e308&lr=abc&p.cap=-5&bp.step=%ZZ&w=AAAA&hidden=4,2");
        AppPage app = AppPage.open(browser.driver(), http(""));
        MessageBar bar = MessageBar.attach(browser.driver());
        String notice = bar.waitFor("gd.x0=2000000");
        assertTrue(notice.contains("gd.eta=1e308"), notice);
        assertTrue(notice.startsWith("Not all of the saved state could be used"), notice);
        assertEquals("", app.bootError());
        assertTrue(app.showing("gradient-descent"), "the view the saved state named");
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        assertEquals("4", descent.value("Start x0"));
        waitUntil("the saved state is rewritten", () -> !saved().contains("gd.x0"));
        assertFalse(saved().contains("lr="), saved());

        // Reloading now says nothing: what failed is gone.
        AppPage.open(browser.driver(), http(""));
        MessageBar.attach(browser.driver());
        assertTrue(app.showing("gradient-descent"));
        assertEquals("", MessageBar.attach(browser.driver()).text());

        // Start over clears the rest, and works however the page started.
        browser.script("localStorage.setItem(arguments[0], arguments[1]);", STORAGE, "%%%&&&==v=9&gd.f=nope");
        AppPage again = AppPage.open(browser.driver(), http(""));
        assertEquals("", again.bootError());
        again.startOver();
        bar.waitFor("Started over");
        assertTrue(again.showing("playground"));
        waitUntil("the saved state is the defaults", () -> saved().equals("v=1"));
    }

    @Test
    void aStartTheFieldRefusesNeverReachesTheLinkOrTheSavedState() {
        fresh("#v=1&view=gradient-descent");
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        descent.type("Start x0", "2000000");
        WebElement error = browser.driver().findElement(By.id("gd-start-error"));
        waitUntil("the field names the error", error::isDisplayed);
        assertTrue(error.getText().contains("must be a number from -1000 to 1000"), error.getText());
        AppPage app = AppPage.attach(browser.driver());
        assertFalse(app.hash().contains("gd.x0"), app.hash());
        assertFalse(saved().contains("gd.x0"), saved());
        AppPage reloaded = AppPage.open(browser.driver(), http(""));
        assertEquals("", reloaded.bootError());
        assertTrue(reloaded.showing("gradient-descent"));
        assertEquals("4", descent.value("Start x0"));
    }

    @Test
    void pointsOffTheCanvasAreRefusedNamingTheLine() throws Exception {
        PlaygroundPage page = fresh("");
        int before = page.trainingPoints();
        Path dir = Files.createTempDirectory("hyperplane-csv");
        Path csv = Files.writeString(dir.resolve("far.csv"), "x1,x2,label\n1,1,0\n100,100,0\n-50,3,1\n");
        page.load("import-points-file", csv);
        String notice = MessageBar.attach(browser.driver()).waitFor("Could not import far.csv");
        assertTrue(notice.contains("line 3"), notice);
        assertTrue(notice.contains("100"), notice);
        assertTrue(notice.endsWith("Nothing was changed."), notice);
        assertEquals(before, page.trainingPoints());
        assertFalse(page.url().contains("pts="), page.url());
    }

    @Test
    void editedWeightsTravelInTheLinkToAFreshProfileBitForBit() {
        PlaygroundPage page = fresh("");
        WebElement diagram = browser.driver().findElement(By.id("network"));
        diagram.sendKeys(Keys.ARROW_LEFT, Keys.ENTER);
        WebElement bias = browser.driver().findElement(By.id("neuron-edit-bias"));
        waitUntil("the editor opens", bias::isDisplayed);
        String lossBefore = page.trainLossText();
        bias.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2.5", Keys.ENTER);
        waitUntil("the loss is recomputed", () -> !page.trainLossText().equals(lossBefore));
        AppPage app = AppPage.attach(browser.driver());
        waitUntil("the link holds the weights", () -> app.hash().contains("&w=") || app.hash().contains("#v=1&w="));
        String link = app.hash();
        String loss = page.trainLossText();

        // The autosave keeps them: a reload without the link starts from the edited weights.
        PlaygroundPage reloaded = PlaygroundPage.open(browser.driver(), http(""));
        assertEquals(loss, reloaded.trainLossText());
        assertEquals(link, AppPage.attach(browser.driver()).hash());

        // Trained weights, shared on purpose: "Copy link with weights".
        reloaded.step().step().step();
        waitUntil("three epochs", () -> reloaded.epoch() == 3);
        String trainedLoss = reloaded.trainLossText();
        browser.script("window.e2eCopied = null; navigator.clipboard.writeText = function (t) {"
                + " window.e2eCopied = t; return Promise.resolve(); };");
        browser.driver().findElement(By.id("copy-link-weights")).click();
        waitUntil("the link is copied", () -> browser.script("return window.e2eCopied;") != null);
        String shared = (String) browser.script("return window.e2eCopied;");
        String sharedHash = shared.substring(shared.indexOf('#'));
        assertFalse(sharedHash.equals(link), "the trained weights, not the starting ones");

        try (Browser other = Browser.start(1280, 900)) {
            WebDriver driver = other.driver();
            PlaygroundPage opened = PlaygroundPage.open(driver, http(sharedHash));
            assertEquals(0, opened.epoch());
            assertEquals(trainedLoss, opened.trainLossText(), "the same weights give the same loss");
            // The page writes its hash from the weights it decoded: the same text means the same bits.
            assertEquals(sharedHash, AppPage.attach(driver).hash());
        }
    }

    @Test
    void clearingThePointsCanBeUndoneWithTheButtonOrBack() {
        PlaygroundPage page = fresh("");
        assertEquals(250, page.trainingPoints());
        MessageBar bar = MessageBar.attach(browser.driver());
        browser.driver().findElement(By.id("clear-points")).click();
        bar.waitFor("All points removed.");
        waitUntil("no points", () -> page.trainingPoints() == 0);
        browser.saveArtifacts("safe-1-undo-clear");
        bar.undo();
        waitUntil("the points are back", () -> page.trainingPoints() == 250);
        assertFalse(page.url().contains("pts="), page.url());

        browser.driver().findElement(By.id("clear-points")).click();
        waitUntil("no points", () -> page.trainingPoints() == 0);
        AppPage.attach(browser.driver()).back();
        waitUntil("Back brings the points back", () -> page.trainingPoints() == 250);
    }

    @Test
    void regenerateLoadPointsAndStartOverCanBeUndone() throws Exception {
        PlaygroundPage page = fresh("#v=1&lr=0.1&seed=5");
        AppPage app = AppPage.attach(browser.driver());
        MessageBar bar = MessageBar.attach(browser.driver());

        page.button("Regenerate").click();
        bar.waitFor("New points and starting weights");
        waitUntil("a new seed", () -> !app.hash().contains("seed=5"));
        bar.undo();
        waitUntil("the old seed", () -> app.hash().contains("seed=5"));

        Path dir = Files.createTempDirectory("hyperplane-csv");
        Path csv = Files.writeString(dir.resolve("two.csv"), "x1,x2,label\n1,1,0\n-2,3,1\n");
        page.load("import-points-file", csv);
        bar.waitFor("Imported 2 points");
        waitUntil("two points", () -> page.trainingPoints() == 2);
        bar.undo();
        waitUntil("the generated points again", () -> page.trainingPoints() == 250);
        assertTrue(app.hash().contains("seed=5"), app.hash());

        app.startOver();
        bar.waitFor("Started over");
        waitUntil("the defaults", () -> app.hash().equals("#v=1"));
        bar.undo();
        waitUntil("the settings before", () -> app.hash().contains("lr=0.1") && app.hash().contains("seed=5"));
        assertEquals("0.1", page.chosen("Learning rate"));
    }
}
