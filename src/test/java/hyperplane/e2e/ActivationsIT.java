package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.ActivationsPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The activations explorer: readouts by keyboard and pointer, ranges and saturation, zoom, accessibility. */
class ActivationsIT extends BrowserTestSupport {

    private ActivationsPage fresh(String engine) {
        hyperplane.e2e.pages.AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return ActivationsPage.open(browser.driver(), http(engine + "#v=1&view=activations"));
    }

    @Test
    void readsSigmoidAtZeroAndMovesWithTheArrowKeys() {
        ActivationsPage page = fresh("");
        assertEquals("x = 0.000: φ(x) = 0.5000, φ′(x) = 0.2500", page.readout().replaceAll("\\s+", " "));
        assertEquals("0 … 1", page.range());
        assertEquals("x from -5.00 to -2.90 and x from 2.90 to 5.00", page.saturated());
        // Shift+Right moves a tenth of the 10-wide window: x = 1.
        page.plot().sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
        assertEquals("x = 1.000: φ(x) = 0.7311, φ′(x) = 0.1966", page.readout().replaceAll("\\s+", " "));
        browser.saveArtifacts("activations-1-sigmoid");
    }

    @Test
    void eachFunctionNamesItsRange() {
        ActivationsPage page = fresh("?engine=js");
        page.choose("Tanh");
        assertEquals("−1 … 1", page.range());
        page.choose("ReLU");
        assertEquals("0 … ∞", page.range());
        assertEquals("x from -5.00 to 0.00", page.saturated());
        page.choose("Linear");
        assertEquals("nowhere", page.saturated());
        page.choose("Step (perceptron)");
        assertEquals("0 or 1", page.range());
        browser.saveArtifacts("activations-2-step");
        String hash = (String) browser.script("return location.hash;");
        assertTrue(hash.contains("act.f=step"), hash);
    }

    @Test
    void zoomAndHoverChangeTheReadout() {
        ActivationsPage page = fresh("");
        page.click("act-zoom-in");
        assertEquals("x from -3.33 to -2.90 and x from 2.90 to 3.33", page.saturated());
        page.hover(60, 0);
        assertNotEquals("x = 0.000", page.readout().substring(0, 9));
        page.click("act-zoom-reset");
        assertEquals("x from -5.00 to -2.90 and x from 2.90 to 5.00", page.saturated());
    }

    @Test
    void onAPhoneThePlotIsLaidOutAtTheWidthItIsShownSoItsLabelsKeepTheirSize() {
        try (Browser phone = Browser.start(390, 844)) {
            hyperplane.e2e.pages.AppPage.open(phone.driver(), http("#v=1&view=activations"));
            phone.script("return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));");
            Number logical = (Number) phone.script(
                    "return +document.getElementById('act-plot').dataset.logicalWidth;");
            Number shown = (Number) phone.script(
                    "return document.getElementById('act-plot').getBoundingClientRect().width;");
            assertTrue(shown.doubleValue() < 600, "narrower than the full layout: " + shown);
            assertEquals(Math.round(shown.doubleValue()), logical.longValue(), "logical width = shown width");
            phone.saveArtifacts("activations-phone");
        }
        // A wide page keeps the full layout.
        fresh("");
        Number logical = (Number) browser.script("return +document.getElementById('act-plot').dataset.logicalWidth;");
        assertEquals(640, logical.intValue());
    }

    @Test
    void hasNoAccessibilityViolations() {
        fresh("");
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
