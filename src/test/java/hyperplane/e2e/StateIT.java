package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.ActivationsPage;
import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.BackpropPage;
import hyperplane.e2e.pages.GradientDescentPage;
import hyperplane.e2e.pages.PerceptronPage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        assertEquals("XOR (four points)", perceptron.chosen("Points"));

        app.followLink("#v=1&view=gradient-descent&gd.eta=0.5&act.f=relu");
        assertTrue(app.showing("gradient-descent"));
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        assertEquals("0.5", descent.value("Learning rate ε"));
        assertEquals(1, descent.rowCount(), "a new run: only x0 in the table");

        // The link says nothing of p.*, so the perceptron is back at its defaults too.
        app.tab("perceptron");
        assertEquals("The lesson's seven points", perceptron.chosen("Points"));
        assertEquals("0.1", perceptron.value("Learning rate η"));
        app.tab("activations");
        assertEquals("ReLU", ActivationsPage.attach(browser.driver()).chosen());
        browser.saveArtifacts("state-1-followed-link" + (query.isEmpty() ? "" : "-js"));
    }

    @Test
    void aNewLinkRestartsTheRunsWhoseSettingsChanged() {
        AppPage app = fresh("#v=1&view=gradient-descent");
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        descent.step(3);
        app.settle();
        assertEquals(4, descent.rowCount());
        app.followLink("#v=1&view=gradient-descent&gd.eta=0.25");
        assertEquals("0.25", descent.value("Learning rate ε"));
        assertEquals(1, descent.rowCount());
        descent.step(2);
        app.settle();
        // The same settings again (as the hash now reads, which the page rewrote): the run goes on.
        app.followLink(app.hash().replace("gd.eta=0.25", "gd.eta=0.250"));
        assertEquals(3, descent.rowCount());
    }

    @Test
    void startOverPutsThePerceptronBackToItsDefaults() {
        AppPage app = fresh("#v=1&view=perceptron");
        PerceptronPage perceptron = PerceptronPage.attach(browser.driver());
        perceptron.type("Learning rate η", "0.5").stepPoint();
        assertEquals("0.5", perceptron.value("Learning rate η"));
        assertTrue(app.hash().contains("p.eta=0.5"), app.hash());
        app.startOver();
        assertTrue(app.notice().startsWith("Started over"), app.notice());
        assertFalse(app.hash().contains("p.eta"), app.hash());
        app.tab("perceptron");
        assertEquals("0.1", perceptron.value("Learning rate η"));
        assertEquals("–", perceptron.read("p-w-after"), "no step taken since");
        assertEquals(1, perceptron.epoch());
    }

    @Test
    void aBadValueInALinkOpenedInTheSameTabIsNamed() {
        AppPage app = fresh("#v=1&view=perceptron");
        PerceptronPage perceptron = PerceptronPage.attach(browser.driver());
        app.followLink("#v=1&view=perceptron&p.eta=abc&act.f=wiggle&p.data=xor");
        String notice = app.notice();
        assertTrue(notice.contains("p.eta=abc"), notice);
        assertTrue(notice.contains("act.f=wiggle"), "every view's ignored key, in one message: " + notice);
        assertEquals("0.1", perceptron.value("Learning rate η"));
        assertEquals("XOR (four points)", perceptron.chosen("Points"));
        assertFalse(app.hash().contains("abc") || app.hash().contains("wiggle"), app.hash());
    }

    @Test
    void theBackpropInspectorFollowsALinkWhileOnShow() {
        fresh("#v=1&view=backprop");
        BackpropPage backprop = BackpropPage.open(browser.driver(), http("#v=1&view=backprop&bp.step=2"));
        assertEquals(3, backprop.step());
        AppPage.attach(browser.driver()).followLink("#v=1&view=backprop&bp.step=0");
        assertEquals(1, backprop.step());
    }

    @Test
    void switchingTabsAndReloadingKeepWhatTheHashSays() {
        AppPage app = fresh("#v=1&view=gradient-descent");
        GradientDescentPage descent = GradientDescentPage.attach(browser.driver());
        descent.type("Learning rate ε", "0.3");
        app.tab("activations");
        assertTrue(app.hash().contains("view=activations") && app.hash().contains("gd.eta=0.3"), app.hash());

        browser.driver().navigate().refresh();
        AppPage reloaded = AppPage.attach(browser.driver());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> reloaded.showing("activations"));
        reloaded.tab("gradient-descent");
        assertEquals("0.3", descent.value("Learning rate ε"));
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
        assertTrue(app.showing("perceptron"));
        assertEquals("XOR (four points)", perceptron.chosen("Points"));
        app.tab("gradient-descent");
        assertEquals("0.1", descent.value("Learning rate ε"), "that link had no gd.eta");
        app.forward();
        assertTrue(app.showing("activations"), "forward: the second entry as it was last written");
        app.tab("gradient-descent");
        assertEquals("0.3", descent.value("Learning rate ε"));
    }
}
