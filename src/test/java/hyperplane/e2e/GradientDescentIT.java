package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.GradientDescentPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gradient-descent explorer: the worked examples of DESIGN.md §4, the regime presets, bad input. */
class GradientDescentIT extends BrowserTestSupport {

    private GradientDescentPage fresh(String engine) {
        hyperplane.e2e.pages.AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return GradientDescentPage.open(browser.driver(), http(engine + "#v=1&view=gradient-descent"));
    }

    private GradientDescentPage fresh() {
        return fresh("");
    }

    @Test
    void tableReproducesTheQuadraticFromFour() {
        GradientDescentPage page = fresh().type("Learning rate", "0.01").step(3);
        assertEquals(List.of("0", "4", "4", "4"), page.row(0));
        assertEquals(List.of("1", "3.96", "3.8416", "3.92"), page.row(1));
        assertEquals("3.9208", page.row(2).get(1));
        assertEquals("3.882384", page.row(3).get(1));
        browser.saveArtifacts("gd-1-quadratic-from-4");
    }

    @Test
    void tableReproducesTheQuadraticFromZeroInTheJavaScriptBuildToo() {
        GradientDescentPage page = fresh("?engine=js").type("Learning rate", "0.01").type("Start x0", "0").step(3);
        assertEquals("0.04", page.row(1).get(1));
        assertEquals("0.0792", page.row(2).get(1));
        assertEquals("0.117616", page.row(3).get(1));
    }

    @Test
    void quarticFromSixEndsNearNineQuarters() {
        GradientDescentPage page = fresh().choose("Function", "x⁴ − 3x³").type("Learning rate", "0.01")
                .type("Step cap", "10000");
        assertEquals("6", page.value("Start x0"));
        page.playToEnd();
        browser.saveArtifacts("gd-2-quartic");
        assertEquals("converged", page.statusKey(), page.status());
        assertEquals(List.of("70", "2.2499646"), page.lastRow().subList(0, 2));
    }

    @Test
    void eachRegimePresetEndsAsItsNameSays() {
        GradientDescentPage page = fresh();
        String[][] expected = {
            {"Too small (0.01)", "converged", "Converged after 412 steps"},
            {"Good (0.1)", "converged", "Converged after 49 steps"},
            {"One step (0.5)", "converged", "Converged after 2 steps"},
            {"Oscillating (1.0)", "cap", "Hit the cap of 1000 steps"},
            {"Diverging (1.1)", "diverged", "Diverged after"},
        };
        for (String[] preset : expected) {
            page.button(preset[0]).click();
            assertEquals("0.01 0.1 0.5 1 1.1".split(" ")[java.util.Arrays.asList(expected).indexOf(preset)],
                    page.value("Learning rate"));
            page.playToEnd();
            assertEquals(preset[1], page.statusKey(), preset[0] + ": " + page.status());
            assertTrue(page.status().startsWith(preset[2]), preset[0] + ": " + page.status());
            if (preset[1].equals("diverged")) {
                browser.saveArtifacts("gd-3-diverged");
            }
        }
    }

    @Test
    void aBadExpressionIsNamedInlineAndTheLastGoodPlotStays() {
        GradientDescentPage page = fresh().type("Your f(x)", "x^4 - 3x^2 + x");
        assertEquals("Your own f(x)", new org.openqa.selenium.support.ui.Select(page.control("Function"))
                .getFirstSelectedOption().getText());
        assertEquals("4*x^3 - 6*x + 1", page.derivative().replace(" ", " "));
        page.step(2);
        String plot = page.plotPixels();
        page.type("Your f(x)", "x^2 + )");
        browser.saveArtifacts("gd-4-bad-expression");
        assertTrue(page.invalid("Your f(x)"));
        assertTrue(page.fieldMessage("Your f(x)").contains("at 6"), page.fieldMessage("Your f(x)"));
        assertEquals(plot, page.plotPixels(), "the last good plot stays");
        assertEquals(3, page.rowCount(), "the run stays");
        page.type("Your f(x)", "(x-1)^2");
        assertFalse(page.invalid("Your f(x)"));
        assertEquals("", page.fieldMessage("Your f(x)"));
    }

    @Test
    void aBadNumberIsNamedInlineAndChangesNothing() {
        GradientDescentPage page = fresh().type("Learning rate", "abc");
        assertTrue(page.invalid("Learning rate"));
        assertTrue(page.fieldMessage("Learning rate").contains("\"abc\" is not a number"),
                page.fieldMessage("Learning rate"));
        page.step(1);
        assertEquals("3.6", page.row(1).get(1), "ε = 0.1 still in use");
        page.type("Learning rate", "-1");
        assertTrue(page.fieldMessage("Learning rate").contains("must be > 0"), page.fieldMessage("Learning rate"));
    }

    @Test
    void settingsSurviveInTheLink() {
        fresh().type("Learning rate", "0.01").type("Start x0", "0");
        String hash = (String) browser.script("return location.hash;");
        assertTrue(hash.contains("gd.eta=0.01") && hash.contains("gd.x0=0"), hash);
        GradientDescentPage again = GradientDescentPage.open(browser.driver(), http(hash));
        assertEquals("0.01", again.value("Learning rate"));
        again.step(1);
        assertEquals("0.04", again.row(1).get(1));
    }

    @Test
    void hasNoAccessibilityViolations() {
        GradientDescentPage page = fresh().type("Learning rate", "abc");
        assertEquals(List.of(), browser.accessibilityViolations());
        assertTrue(page.invalid("Learning rate"));
    }
}
