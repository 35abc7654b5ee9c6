package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.GradientDescentPage;
import hyperplane.e2e.pages.Wait;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The gradient-descent view's two-variable mode: optimizers race on a preset and from a clicked start. */
class DescentRaceIT extends BrowserTestSupport {

    private WebElement plot() {
        return browser.driver().findElement(By.id("race-plot"));
    }

    private List<String> results() {
        return browser.driver().findElements(By.cssSelector("#race-results li")).stream()
                .map(li -> li.getAttribute("data-steps") + " " + li.getText()).toList();
    }

    @Test
    void twoOptimizersRaceOnAPresetAndFromAClickedStart() {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        GradientDescentPage page = GradientDescentPage.open(browser.driver(), http("#v=1&view=gradient-descent"));
        page.choose("Mode", "Two variables f(x, y): optimizers race");
        Wait.require(() -> plot().isDisplayed(), "the contour plot shown");
        page.choose("Preset", "Zig-zag in a valley");
        assertEquals("0.7", page.waitForChosen("β (momentum", "0.7"));
        List<String> zigzag = Wait.until(this::results, r -> r.size() == 2);
        assertTrue(zigzag.get(0).startsWith("212 SGD (η 0.038): converged in 212 steps"), zigzag.toString());
        assertTrue(zigzag.get(1).startsWith("63 Momentum (η 0.038): converged in 63 steps"), zigzag.toString());
        page.choose("Steps of", "Momentum (η 0.038)");
        int rows = Wait.until(() -> browser.driver().findElements(By.cssSelector("#race-rows tr")).size(),
                n -> n == 64);
        assertEquals(64, rows, "the start and momentum's 63 steps");
        page.choose("Preset", "A rate that diverges");
        List<String> diverging = Wait.until(this::results, r -> r.size() == 2 && r.get(1).contains("diverged"));
        assertEquals("261 SGD (η 0.041): diverged at step 261", diverging.get(1));
        browser.saveArtifacts("descent-race-diverging");
        // The link holds the race; opened afresh it shows the same race.
        AppPage app = AppPage.attach(browser.driver());
        String hash = app.waitForHash(h -> h.contains("gd2.racers=sgd%3A0.038,sgd%3A0.041"));
        assertTrue(hash.contains("gd2.mode=2d") && hash.contains("gd2.beta=0.9"), hash);
        AppPage.open(browser.driver(), http(hash));
        page = GradientDescentPage.attach(browser.driver());
        List<String> reopened = Wait.until(this::results, r -> r.size() == 2);
        assertEquals(diverging, reopened);
        // A click at the plot area's centre starts both racers next to the valley's minimum (0, 0) (within a pixel,
        // 0.04 on y): both converge in far fewer steps than from the preset's start (−9, 3).
        page.choose("Preset", "Zig-zag in a valley");
        // Whole in view first: Selenium clicks the middle of the part of an element that is in view.
        browser.script("arguments[0].scrollIntoView({block: 'center'});", plot());
        // The plot area's centre lies 14 px right of and about 8 px above the canvas's centre (the axes take room on
        // the left and below); the canvas's logical pixels are its CSS pixels (ContourPlot#viewport).
        new Actions(browser.driver()).moveToElement(plot(), 14, -8).click().perform();
        String start = Wait.until(() -> browser.driver().findElement(By.id("race-start")).getText(),
                t -> t.matches("Start \\(-?0\\.0\\d, -?0\\.0\\d\\)"));
        assertTrue(start.matches("Start \\(-?0\\.0\\d, -?0\\.0\\d\\)"), start);
        List<String> fromCentre = results();
        assertEquals(2, fromCentre.size());
        for (String line : fromCentre) {
            assertTrue(Integer.parseInt(line.split(" ")[0]) < 63 && line.contains("converged"), start + " " + line);
        }
        // The one-variable explorer comes back with its own numbers untouched.
        page.choose("Mode", "One variable f(x)");
        Wait.require(() -> !plot().isDisplayed(), "the race hidden again");
        assertTrue(browser.driver().findElement(By.id("gd-plot")).isDisplayed());
    }

    /**
     * A typed f(x, y) = x² + 10y², raced by the default SGD and momentum (η 0.038, β 0.7) from its start (−4, 3): 103
     * and 58 steps, as RaceLandscapeTest computes on the JVM. A formula that cannot be read is named at its field and
     * changes nothing; Step moves both racers one step, Play plays to the end; a link with a bad formula opens on the
     * default surface with a notice.
     */
    @Test
    void aTypedSurfaceRacesStepsAndPlays() {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        GradientDescentPage page = GradientDescentPage.open(browser.driver(),
                http("#v=1&view=gradient-descent&gd2.mode=2d"));
        Wait.require(() -> plot().isDisplayed(), "the contour plot shown");
        page.type("Your f(x, y)", "x^2 + 10*y^2");
        List<String> typed = page.waitForRaceResults(r -> r.size() == 2 && r.get(0).startsWith("103 "));
        assertTrue(typed.get(0).startsWith("103 SGD (η 0.038): converged in 103 steps"), typed.toString());
        assertTrue(typed.get(1).startsWith("58 Momentum (η 0.038): converged in 58 steps"), typed.toString());
        assertEquals("Your own f(x, y)", page.chosen("Surface f(x, y)"));
        assertEquals("Start (-4.00, 3.00)", browser.driver().findElement(By.id("race-start")).getText());
        assertEquals("∂f/∂x = 2*x, ∂f/∂y = 20*y", browser.driver().findElement(By.id("race-gradient")).getText());
        AppPage app = AppPage.attach(browser.driver());
        app.waitForHash(h -> h.contains("gd2.surface=custom&gd2.expr=x%5E2%20%2B%2010%2Ay%5E2"));

        page.type("Your f(x, y)", "x^2 + 10*z");
        String message = page.waitForFieldMessage("Your f(x, y)", m -> !m.isEmpty());
        assertEquals("Cannot read f(x, y): unknown name 'z' at character 10. The race stays on the last good surface.",
                message);
        assertTrue(page.waitForInvalid("Your f(x, y)", true));
        assertEquals(typed, page.raceResults(), "the race stays");
        assertEquals(List.of(), browser.accessibilityViolations(), "the race's buttons, field and message");

        page.button("Reset the race").click();
        assertEquals(0, page.waitForRaceStep(0));
        page.button("Step the race").click();
        assertEquals(1, page.waitForRaceStep(1));
        assertEquals("Step 1 of 103", page.raceStepText());
        assertTrue(page.raceResults().get(1).startsWith("58 Momentum (η 0.038): step 1 at ("),
                page.raceResults().toString());
        assertEquals(2, browser.driver().findElements(By.cssSelector("#race-rows tr")).size(), "steps 0 and 1");
        page.playRaceToEnd();
        assertEquals(103, page.raceStep());
        assertEquals(typed, page.raceResults(), "every racer's final line again");
        assertEquals(104, browser.driver().findElements(By.cssSelector("#race-rows tr")).size());
        browser.saveArtifacts("descent-race-typed");

        AppPage.open(browser.driver(), http("#v=1&view=gradient-descent&gd2.mode=2d&gd2.surface=custom"
                + "&gd2.expr=x%5E2%2B%2B"));
        String notice = AppPage.attach(browser.driver()).waitForNotice(n -> n.contains("gd2.expr"));
        assertTrue(notice.contains("ignored gd2.expr=x^2++"), notice);
        page = GradientDescentPage.attach(browser.driver());
        assertEquals("Long valley", page.waitForChosen("Surface f(x, y)", "Long valley"));
        assertTrue(page.waitForRaceResults(r -> r.size() == 2).get(0).startsWith("212 SGD"));
    }
}
