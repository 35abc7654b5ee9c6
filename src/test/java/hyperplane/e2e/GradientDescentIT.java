package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.GradientDescentPage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gradient-descent explorer: the worked examples of DESIGN.md §4, the regime presets, bad input. */
class GradientDescentIT extends BrowserTestSupport {

    private GradientDescentPage fresh(String engine) {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return GradientDescentPage.open(browser.driver(), http(engine + "#v=1&view=gradient-descent"));
    }

    private GradientDescentPage fresh() {
        return fresh("");
    }

    @Test
    void tableReproducesTheQuadraticFromFour() {
        GradientDescentPage page = fresh().type("Learning rate", "0.01").step(3);
        List<String> first = List.of("0", "4", "4", "4");
        List<String> second = List.of("1", "3.96", "3.8416", "3.92");
        assertEquals(first, page.waitForRow(0, first));
        assertEquals(second, page.waitForRow(1, second));
        assertEquals("3.9208", page.waitForX(2, "3.9208"));
        assertEquals("3.882384", page.waitForX(3, "3.882384"));
        browser.saveArtifacts("gd-1-quadratic-from-4");
    }

    @Test
    void tableReproducesTheQuadraticFromZeroInTheJavaScriptBuildToo() {
        GradientDescentPage page = fresh("?engine=js").type("Learning rate", "0.01").type("Start x0", "0").step(3);
        assertEquals("0.04", page.waitForX(1, "0.04"));
        assertEquals("0.0792", page.waitForX(2, "0.0792"));
        assertEquals("0.117616", page.waitForX(3, "0.117616"));
    }

    @Test
    void quarticFromSixEndsNearNineQuarters() {
        GradientDescentPage page = fresh().choose("Function", "x⁴ − 3x³").type("Learning rate", "0.01")
                .type("Step cap", "10000");
        assertEquals("6", page.waitForValue("Start x0", "6"));
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
            String rate = "0.01 0.1 0.5 1 1.1".split(" ")[Arrays.asList(expected).indexOf(preset)];
            assertEquals(rate, page.waitForValue("Learning rate", rate));
            // Play animates its steps; "To the end" takes them at once (the long runs of 412 and 1000 steps).
            if (preset[0].startsWith("Too small") || preset[0].startsWith("Oscillating")) {
                page.runToEnd();
            } else {
                page.playToEnd();
            }
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
        assertEquals("Your own f(x)", page.waitForChosen("Function", "Your own f(x)"));
        assertEquals("4*x^3 - 6*x + 1", page.waitForDerivative("4*x^3 - 6*x + 1"));
        page.step(2);
        // The plot is drawn in the frame that adds the rows.
        assertEquals(3, page.waitForRowCount(3));
        String plot = page.plotPixels();
        page.type("Your f(x)", "x^2 + )");
        assertTrue(page.waitForInvalid("Your f(x)", true));
        String message = page.waitForFieldMessage("Your f(x)", text -> text.contains("at character 7"));
        assertTrue(message.contains("at character 7") && !message.contains("counting from"), message);
        // The page has handled the bad formula; once it has drawn since, nothing else may have changed.
        page.settle();
        browser.saveArtifacts("gd-4-bad-expression");
        assertEquals(plot, page.plotPixels(), "the last good plot stays");
        assertEquals(3, page.rowCount(), "the run stays");
        page.type("Your f(x)", "(x-1)^2");
        assertFalse(page.waitForInvalid("Your f(x)", false));
        assertEquals("", page.waitForFieldMessage("Your f(x)", String::isEmpty));
    }

    @Test
    void theFormulaFieldShowsNoStaleFormulaWhileABuiltInFunctionIsChosen() {
        GradientDescentPage page = fresh();
        assertEquals("", page.waitForValue("Your f(x)", ""), "the quadratic is built in: the field is empty");
        page.type("Your f(x)", "x^2 + 1");
        assertEquals("Your own f(x)", page.waitForChosen("Function", "Your own f(x)"));
        page.choose("Function", "|x|");
        assertEquals("", page.waitForValue("Your f(x)", ""), "|x| is plotted, so x^2 + 1 is not shown");
        page.choose("Function", "Your own f(x)");
        assertEquals("x^2 + 1", page.waitForValue("Your f(x)", "x^2 + 1"), "the last formula typed comes back");
        assertEquals("2*x", page.waitForDerivative("2*x"));
    }

    @Test
    void aBadNumberIsNamedInlineAndChangesNothing() {
        GradientDescentPage page = fresh().type("Learning rate", "abc");
        assertTrue(page.waitForInvalid("Learning rate", true));
        String message = page.waitForFieldMessage("Learning rate", text -> text.contains("\"abc\" is not a number"));
        assertTrue(message.contains("\"abc\" is not a number"), message);
        page.step(1);
        assertEquals("3.6", page.waitForX(1, "3.6"), "ε = 0.1 still in use");
        page.type("Learning rate", "-1");
        message = page.waitForFieldMessage("Learning rate", text -> text.contains("must be > 0"));
        assertTrue(message.contains("must be > 0"), message);
    }

    @Test
    void settingsSurviveInTheLink() {
        fresh().type("Learning rate", "0.01").type("Start x0", "0");
        String hash = AppPage.attach(browser.driver()).waitForHash(h -> h.contains("gd.eta=0.01")
                && h.contains("gd.x0=0"));
        assertTrue(hash.contains("gd.eta=0.01") && hash.contains("gd.x0=0"), hash);
        GradientDescentPage again = GradientDescentPage.open(browser.driver(), http(hash));
        assertEquals("0.01", again.waitForValue("Learning rate", "0.01"));
        again.step(1);
        assertEquals("0.04", again.waitForX(1, "0.04"));
    }

    @Test
    void hasNoAccessibilityViolations() {
        GradientDescentPage page = fresh().type("Learning rate", "abc");
        // Scanned with the bad value named on its field.
        assertTrue(page.waitForInvalid("Learning rate", true));
        assertEquals(List.of(), browser.accessibilityViolations());
        assertTrue(page.invalid("Learning rate"));
    }
}
