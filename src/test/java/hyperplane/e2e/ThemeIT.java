package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.ActivationsPage;
import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.BackpropPage;
import hyperplane.e2e.pages.GradientDescentPage;
import hyperplane.e2e.pages.PerceptronPage;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.ThemePage;
import hyperplane.e2e.pages.Wait;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dark mode (the system's colour scheme) and projector mode (present=1 and its button), each axe-clean. */
class ThemeIT extends BrowserTestSupport {

    @AfterEach
    void lightAgain() {
        ThemePage.emulateColorScheme(browser.driver(), "light");
    }

    private void fresh() {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
    }

    @Test
    void darkSchemeDarkensThePageAndTheChartsAndEveryViewPassesAxe() {
        fresh();
        ThemePage.emulateColorScheme(browser.driver(), "dark");
        PlaygroundPage playground = PlaygroundPage.open(browser.driver(), http("#v=1"));
        ThemePage theme = ThemePage.attach(browser.driver());
        assertTrue(luminance(theme.background()) < 0.05, "page background " + show(theme.background()));
        assertEquals(List.of(), browser.accessibilityViolations(), "playground");
        browser.saveArtifacts("theme-1-dark-playground");
        // The saved picture is on the dark paper too, so that the axes' light labels show on it.
        List<Number> margin = playground.savedPictureColors(new int[] {-8}, new int[] {-8}).get(0);
        int[] paper = {margin.get(0).intValue(), margin.get(1).intValue(), margin.get(2).intValue()};
        assertTrue(luminance(paper) < 0.05, "saved picture's margin " + show(paper));

        AppPage.open(browser.driver(), http("#v=1&classes=6&data=gaussians"));
        assertEquals(List.of(), browser.accessibilityViolations(), "playground with six classes");
        browser.saveArtifacts("theme-2-dark-six-classes");

        PerceptronPage.open(browser.driver(), http("#v=1&view=perceptron"));
        assertEquals(List.of(), browser.accessibilityViolations(), "perceptron");

        ActivationsPage.open(browser.driver(), http("#v=1&view=activations"));
        assertEquals(List.of(), browser.accessibilityViolations(), "activations");
        // Above the curves, right of the middle: the plot's own ground, drawn by the page, not the page behind it.
        int[] ground = theme.waitForDrawnPixel("act-plot", 0.7, 0.08);
        assertTrue(luminance(ground) < 0.05, "activations plot ground " + show(ground));
        browser.saveArtifacts("theme-3-dark-activations");

        GradientDescentPage.open(browser.driver(), http("#v=1&view=gradient-descent"));
        assertEquals(List.of(), browser.accessibilityViolations(), "gradient descent");
        int[] corner = theme.waitForDrawnPixel("gd-plot", 0.005, 0.005);
        assertTrue(luminance(corner) < 0.05, "gradient-descent plot margin " + show(corner));

        AppPage.open(browser.driver(), http("#v=1&view=gradient-descent&gd2.mode=2d"));
        assertEquals(List.of(), browser.accessibilityViolations(), "gradient descent in two variables");
        // The race's plot draws its margin in the theme it was opened in, though its bands stay pale.
        int[] raceCorner = Wait.until(() -> theme.canvasPixel("race-plot", 0.005, 0.005),
                c -> c[3] == 255 && luminance(c) < 0.05);
        assertTrue(luminance(raceCorner) < 0.05, "race plot margin " + show(raceCorner));

        BackpropPage.open(browser.driver(), http("#v=1&view=backprop"));
        assertEquals(List.of(), browser.accessibilityViolations(), "backprop inspector");
        browser.saveArtifacts("theme-4-dark-backprop");

        // The system turns light again while the page is open: the page and its plots follow.
        ActivationsPage.open(browser.driver(), http("#v=1&view=activations"));
        ThemePage.emulateColorScheme(browser.driver(), "light");
        Wait.until(theme::background, c -> luminance(c) > 0.9);
        int[] light = Wait.until(() -> theme.canvasPixel("act-plot", 0.7, 0.08), c -> luminance(c) > 0.9);
        assertTrue(luminance(light) > 0.9, "activations plot ground " + show(light));
    }

    @Test
    void projectorModeFromTheLinkIsLargeAndBlackOnWhiteAndTheButtonTurnsItOff() {
        fresh();
        double normal = ThemePage.attach(browser.driver()).rootFontSize();
        // Projector mode is black on white even when the system is dark.
        ThemePage.emulateColorScheme(browser.driver(), "dark");
        AppPage app = AppPage.open(browser.driver(), http("#v=1&present=1&data=xor"));
        ThemePage theme = ThemePage.attach(browser.driver());
        assertEquals("true", theme.presentPressed());
        assertTrue(theme.rootFontSize() >= normal * 1.2, "type " + theme.rootFontSize() + " px, normally " + normal);
        assertTrue(luminance(theme.background()) > 0.95, "page background " + show(theme.background()));
        assertEquals(List.of(), browser.accessibilityViolations(), "projector mode");
        browser.saveArtifacts("theme-5-projector");

        theme.togglePresent();
        assertEquals("false", theme.waitForPresentPressed("false"));
        String hash = app.waitForHash(h -> !h.contains("present="));
        assertFalse(hash.contains("present="), hash);
        assertEquals(normal, Wait.untilEquals(theme::rootFontSize, normal));
        Wait.until(theme::background, c -> luminance(c) < 0.05);
        assertEquals(List.of(), browser.accessibilityViolations(), "dark mode after projector mode");

        theme.togglePresent();
        assertEquals("true", theme.waitForPresentPressed("true"));
        assertTrue(app.waitForHashContaining("present=1").contains("present=1"));
    }

    @Test
    void aBadPresentValueIsIgnoredWithANotice() {
        fresh();
        AppPage app = AppPage.open(browser.driver(), http("#v=1&present=yes"));
        String notice = app.waitForNotice(n -> n.contains("present"));
        assertTrue(notice.contains("present"), notice);
        assertEquals("false", ThemePage.attach(browser.driver()).presentPressed());
    }

    /** WCAG 2 relative luminance of an sRGB colour {r, g, b, …}. */
    private static double luminance(int[] rgb) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    private static String show(int[] rgb) {
        return rgb[0] + "," + rgb[1] + "," + rgb[2];
    }
}
