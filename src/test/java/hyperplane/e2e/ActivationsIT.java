package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.ActivationsPage;
import hyperplane.e2e.pages.AppPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The activations explorer: readouts by keyboard and pointer, ranges and saturation, zoom, accessibility. */
class ActivationsIT extends BrowserTestSupport {

    private ActivationsPage fresh(String engine) {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return ActivationsPage.open(browser.driver(), http(engine + "#v=1&view=activations"));
    }

    @Test
    void readsSigmoidAtZeroAndMovesWithTheArrowKeys() {
        ActivationsPage page = fresh("");
        String atZero = "x = 0.000: φ(x) = 0.5000, φ′(x) = 0.2500";
        assertEquals(atZero, page.waitForReadout(atZero));
        assertEquals("0 … 1", page.waitForRange("0 … 1"));
        String saturated = "x from −5 to −2.89 and x from 2.89 to 5";
        assertEquals(saturated, page.waitForSaturated(saturated));
        // Shift+Right moves a tenth of the 10-wide window: x = 1.
        page.plot().sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
        String atOne = "x = 1.000: φ(x) = 0.7311, φ′(x) = 0.1966";
        assertEquals(atOne, page.waitForReadout(atOne));
        browser.saveArtifacts("activations-1-sigmoid");
    }

    @Test
    void eachFunctionNamesItsRange() {
        ActivationsPage page = fresh("?engine=js");
        page.choose("Tanh");
        assertEquals("−1 … 1", page.waitForRange("−1 … 1"));
        page.choose("ReLU");
        assertEquals("0 … ∞", page.waitForRange("0 … ∞"));
        assertEquals("x from −5 to 0", page.waitForSaturated("x from −5 to 0"));
        page.choose("Linear");
        assertEquals("nowhere", page.waitForSaturated("nowhere"));
        page.choose("Step (perceptron)");
        assertEquals("0 or 1", page.waitForRange("0 or 1"));
        browser.saveArtifacts("activations-2-step");
        String hash = AppPage.attach(browser.driver()).waitForHashContaining("act.f=step");
        assertTrue(hash.contains("act.f=step"), hash);
    }

    @Test
    void zoomAndHoverChangeTheReadout() {
        ActivationsPage page = fresh("");
        page.click("act-zoom-in");
        String zoomed = "x from −3.33 to −2.89 and x from 2.89 to 3.33";
        assertEquals(zoomed, page.waitForSaturated(zoomed));
        page.hover(60, 0);
        String hovered = page.waitForReadout(text -> !text.startsWith("x = 0.000"));
        assertNotEquals("x = 0.000", hovered.substring(0, 9));
        page.click("act-zoom-reset");
        String whole = "x from −5 to −2.89 and x from 2.89 to 5";
        assertEquals(whole, page.waitForSaturated(whole));
    }

    @Test
    void zoomingInFarFromTheMiddleKeepsTheCurveInView() {
        ActivationsPage page = fresh("");
        page.choose("Tanh");
        assertEquals("−1 … 1", page.waitForRange("−1 … 1"));
        // The cursor to x = 4 (Shift+Right is a tenth of the window), then + zooms about it eight times: the
        // window's middle height (0.5) is far below tanh(4), so without help the curve would leave the plot.
        for (int i = 0; i < 4; i++) {
            page.plot().sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
        }
        for (int i = 0; i < 8; i++) {
            page.plot().sendKeys("+");
        }
        String readout = page.waitForReadout(text -> text.startsWith("x = 4.000"));
        assertTrue(readout.startsWith("x = 4.000"), readout);
        browser.saveArtifacts("activations-3-zoomed");
        assertTrue(page.waitForCurvePixels(40) >= 40, "the curve of φ is drawn in the plot");
    }

    @Test
    void onAPhoneThePlotIsLaidOutAtTheWidthItIsShownSoItsLabelsKeepTheirSize() {
        try (Browser phone = Browser.start(390, 844)) {
            ActivationsPage small = ActivationsPage.open(phone.driver(), http("#v=1&view=activations"));
            double shown = small.shownWidth();
            assertTrue(shown < 600, "narrower than the full layout: " + shown);
            assertEquals(Math.round(shown), small.waitForLogicalWidth(Math.round(shown)),
                    "logical width = shown width");
            phone.saveArtifacts("activations-phone");
        }
        // A wide page keeps the full layout.
        assertEquals(640, fresh("").waitForLogicalWidth(640));
    }

    @Test
    void hasNoAccessibilityViolations() {
        fresh("");
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
