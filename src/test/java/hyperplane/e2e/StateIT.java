package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.ActivationsPage;
import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.BackpropPage;
import hyperplane.e2e.pages.GradientDescentPage;
import hyperplane.e2e.pages.PerceptronPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The state all views share: a link opened in the same tab, "Start over", switching tabs, reload and the
 * back and forward buttons, checked on every view rather than only on the playground.
 */
class StateIT extends BrowserTestSupport {

    /** A browser with nothing saved, at {@code suffix} (query and hash). */
    private AppPage fresh(String suffix) {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return AppPage.open(browser.driver(), http(suffix));
    }

    @ParameterizedTest(name = "build {0}")
    @ValueSource(strings = {"", "?engine=js"})
    void aLinkOpenedInTheSameTabIsFollowedByEveryView(String query) {
        AppPage app = fresh(query + "#v=1&view=perceptron&p.data=xor");
        PerceptronPage perceptron = PerceptronPage.attach(browser.driver());
        assertEquals("XOR (four points)", perceptron.waitForChosen("Points", "XOR (four points)"));

        app.followLink("#v=1&view=gradient-descent&gd.eta=0.5&act.f=relu");
        assertTrue(app.waitForShowing("gradient-descent"));
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        assertEquals("0.5", descent.waitForValue("Learning rate ε", "0.5"));
        assertEquals(1, descent.waitForRowCount(1), "a new run: only x0 in the table");

        // The link says nothing of p.* (a link names its own view's keys only), so the perceptron keeps its points.
        app.tab("perceptron");
        assertEquals("XOR (four points)", perceptron.waitForChosen("Points", "XOR (four points)"));
        assertEquals("0.1", perceptron.waitForValue("Learning rate η", "0.1"));
        app.tab("activations");
        assertEquals("ReLU", ActivationsPage.attach(browser.driver()).waitForChosen("ReLU"));
        browser.saveArtifacts("state-1-followed-link" + (query.isEmpty() ? "" : "-js"));
    }

    @Test
    void aNewLinkRestartsTheRunsWhoseSettingsChanged() {
        AppPage app = fresh("#v=1&view=gradient-descent");
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        descent.step(3);
        assertEquals(4, descent.waitForRowCount(4));
        app.followLink("#v=1&view=gradient-descent&gd.eta=0.25");
        assertEquals("0.25", descent.waitForValue("Learning rate ε", "0.25"));
        assertEquals(1, descent.waitForRowCount(1));
        descent.step(2);
        assertEquals(3, descent.waitForRowCount(3));
        // The same settings again (as the hash now reads, which the page rewrote): the run goes on. followLink
        // returns once the page has handled the link and drawn since.
        app.followLink(app.hash().replace("gd.eta=0.25", "gd.eta=0.250"));
        assertEquals(3, descent.rowCount());
    }

    @Test
    void startOverPutsThePerceptronBackToItsDefaults() {
        AppPage app = fresh("#v=1&view=perceptron");
        PerceptronPage perceptron = PerceptronPage.attach(browser.driver());
        perceptron.type("Learning rate η", "0.5").stepPoint();
        assertEquals("0.5", perceptron.waitForValue("Learning rate η", "0.5"));
        String hash = app.waitForHashContaining("p.eta=0.5");
        assertTrue(hash.contains("p.eta=0.5"), hash);
        app.startOver();
        String notice = app.waitForNotice(text -> text.startsWith("Started over"));
        assertTrue(notice.startsWith("Started over"), notice);
        hash = app.waitForHash(h -> !h.contains("p.eta"));
        assertFalse(hash.contains("p.eta"), hash);
        app.tab("perceptron");
        assertEquals("0.1", perceptron.waitForValue("Learning rate η", "0.1"));
        assertEquals("–", perceptron.waitForReadout("p-w-after", "–"), "no step taken since");
        assertEquals(1, perceptron.waitForEpoch(1));
    }

    @Test
    void aBadValueInALinkOpenedInTheSameTabIsNamed() {
        AppPage app = fresh("#v=1&view=perceptron");
        PerceptronPage perceptron = PerceptronPage.attach(browser.driver());
        app.followLink("#v=1&view=perceptron&p.eta=abc&act.f=wiggle&p.data=xor");
        // Every view's complaint is shown at once, in one message.
        String notice = app.waitForNotice(text -> !text.isEmpty());
        assertTrue(notice.contains("p.eta=abc"), notice);
        assertTrue(notice.contains("act.f=wiggle"), "every view's ignored key, in one message: " + notice);
        assertEquals("0.1", perceptron.waitForValue("Learning rate η", "0.1"));
        assertEquals("XOR (four points)", perceptron.waitForChosen("Points", "XOR (four points)"));
        String hash = app.waitForHash(h -> !h.contains("abc") && !h.contains("wiggle"));
        assertFalse(hash.contains("abc") || hash.contains("wiggle"), hash);
    }

    @Test
    void theBackpropInspectorFollowsALinkWhileOnShow() {
        fresh("#v=1&view=backprop");
        BackpropPage backprop = BackpropPage.open(browser.driver(), http("#v=1&view=backprop&bp.step=2"));
        assertEquals(3, backprop.waitForStep(3));
        AppPage.attach(browser.driver()).followLink("#v=1&view=backprop&bp.step=0");
        assertEquals(1, backprop.waitForStep(1));
    }

    @Test
    void theHashHoldsTheOpenViewsKeysOnlyAndAReloadKeepsTheOthers() {
        AppPage app = fresh("#v=1&view=gradient-descent");
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        descent.type("Learning rate ε", "0.3");
        assertEquals("0.3", app.waitForHashValue("gd.eta", "0.3"));
        app.tab("activations");
        String hash = app.waitForHash(h -> h.contains("view=activations"));
        assertFalse(hash.contains("gd."), "the view left behind leaves nothing in the link: " + hash);

        AppPage reloaded = AppPage.reload(browser.driver());
        assertTrue(reloaded.waitForShowing("activations"));
        reloaded.tab("gradient-descent");
        assertEquals("0.3", descent.waitForValue("Learning rate ε", "0.3"), "the saved state kept it");
        assertEquals("0.3", app.waitForHashValue("gd.eta", "0.3"), "back on its view, back in the link");
    }

    @Test
    void theBackpropInspectorsPointAndStepStayBehindWhenTheUserLeaves() {
        fresh("");
        BackpropPage backprop = BackpropPage.open(browser.driver(), http("#v=1&view=backprop"));
        AppPage app = AppPage.attach(browser.driver());
        backprop.choosePoint(2);
        backprop.next().next();
        assertEquals("2", app.waitForHashValue("bp.step", "2"));
        app.tab("perceptron");
        String hash = app.waitForHash(h -> h.contains("view=perceptron"));
        assertFalse(hash.contains("bp."), hash);
        app.tab("backprop");
        assertEquals(3, backprop.waitForStep(3), "the inspector is where the user left it");
    }

    @Test
    void backAndForwardMoveBetweenLinksOpenedInTheTab() {
        AppPage app = fresh("#v=1&view=perceptron&p.data=xor");
        PerceptronPage perceptron = PerceptronPage.attach(browser.driver());
        app.followLink("#v=1&view=gradient-descent&gd.eta=0.5");
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        descent.type("Learning rate ε", "0.3");
        app.tab("activations");

        // Changing settings and tabs only replaced the second entry, so back is the first link as it was.
        app.back();
        assertTrue(app.waitForShowing("perceptron"));
        assertEquals("XOR (four points)", perceptron.waitForChosen("Points", "XOR (four points)"));
        app.tab("gradient-descent");
        // A link names its own view: the first one says nothing of the explorer, which keeps what it showed.
        assertEquals("0.3", descent.waitForValue("Learning rate ε", "0.3"));
        app.tab("perceptron");
        app.forward();
        assertTrue(app.waitForShowing("activations"), "forward: the second entry as it was last written");
        app.tab("gradient-descent");
        assertEquals("0.3", descent.waitForValue("Learning rate ε", "0.3"));
    }
}
