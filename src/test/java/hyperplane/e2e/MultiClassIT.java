package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.PlaygroundClasses;
import hyperplane.e2e.pages.PlaygroundPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The playground with three to six classes: points placed by mouse and keyboard, trained, read off the matrix. */
class MultiClassIT extends BrowserTestSupport {
    private PlaygroundPage fresh(String hash) {
        PlaygroundPage.open(browser.driver(), http("#v=1"));
        browser.script("localStorage.clear();");
        return PlaygroundPage.open(browser.driver(), http(hash));
    }

    @Test
    void placesThreeClassesByMouseAndKeyboardTrainsAndReadsTheConfusionMatrix() {
        PlaygroundPage page = fresh("#v=1");
        PlaygroundClasses classes = PlaygroundClasses.attach(browser.driver());
        assertFalse(page.control("Classes").isEnabled(), "the circle comes in two classes only");
        page.choose("Dataset", "My points (place them)");
        page.waitForTrainingPoints(0);
        page.choose("Classes", "3");
        assertTrue(classes.waitForOffered(2, true));
        assertFalse(classes.offered(3));
        assertEquals("Softmax (one output per class)", page.waitForChosen("Output", "Softmax (one output per class)"));
        page.choose("Learning rate", "0.3");

        // Class 0 by mouse at the lower left, class 1 by picking its button at the lower right.
        for (int i = 0; i < 3; i++) {
            page.clickCanvas(-120 + 12 * i, 110, false);
        }
        classes.pick(1);
        assertTrue(classes.waitForChosen(1, true));
        for (int i = 0; i < 3; i++) {
            page.clickCanvas(100 + 12 * i, 110, false);
        }
        page.waitForTrainingPoints(6);
        // Class 2 by keyboard at the top: the digit picks it, the arrows move the cursor, Enter adds.
        page.typeOnCanvas("2");
        assertTrue(classes.waitForChosen(2, true));
        page.typeOnCanvas(Keys.chord(Keys.SHIFT, Keys.ARROW_UP), Keys.chord(Keys.SHIFT, Keys.ARROW_UP), Keys.ENTER,
                Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ENTER, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT,
                Keys.ARROW_LEFT, Keys.ENTER);
        assertEquals(9, page.waitForTrainingPoints(9));
        // A class the picker does not offer is not taken.
        page.typeOnCanvas("4");
        page.settle();
        assertTrue(classes.chosen(2));
        String hash = page.url();
        assertTrue(hash.contains("classes=3") && hash.contains("pts="), hash);

        page.play();
        page.waitForEpochAtLeast(100);
        page.pause();
        String caption = classes.waitForCaption(true, text -> text.startsWith("Training points: 9 of 9 right"));
        assertEquals("Training points: 9 of 9 right (100.0 %)", caption);
        for (int actual = 0; actual < 3; actual++) {
            for (int predicted = 0; predicted < 3; predicted++) {
                assertEquals(actual == predicted ? 3 : 0, classes.count(true, actual, predicted),
                        actual + " as " + predicted);
            }
            assertEquals("100 %", classes.share(true, actual, actual));
        }
        assertEquals("2 green", classes.rowHeader(true, 2));
        assertEquals(3, classes.classes(true));

        // Pointing at the canvas names each class's probability in the neuron readout.
        new Actions(browser.driver()).moveToElement(page.canvas(), -108, 100).perform();
        String info = page.waitForNeuronInfo(text -> text.startsWith("At ("));
        assertTrue(info.contains("class 0 (orange) ") && info.contains("class 2 (green) ")
                && info.endsWith("the network picks class 0."), info);
        page.settle();
        browser.saveArtifacts("multi-class-3-own-points");
    }

    @Test
    void aLinkOfSixClassesShowsItsMatricesAndPassesTheAccessibilityScan() {
        PlaygroundPage page = fresh("#v=1&data=pinwheel&classes=6&hidden=8,8&test=1");
        PlaygroundClasses classes = PlaygroundClasses.attach(browser.driver());
        assertEquals("6", page.value("Classes"));
        assertTrue(classes.offered(5));
        page.step();
        page.waitForEpoch(1);
        assertTrue(classes.matricesShown());
        assertEquals(6, classes.classes(true));
        assertTrue(classes.caption(false).startsWith("Test points: "), classes.caption(false));
        int total = 0;
        for (int actual = 0; actual < 6; actual++) {
            for (int predicted = 0; predicted < 6; predicted++) {
                total += Math.max(0, classes.count(false, actual, predicted));
            }
        }
        assertEquals(250, total, "every test point is in one cell");
        assertEquals(List.of(), browser.accessibilityViolations());
        // Back to a two-class set: the classes follow, the extra buttons go.
        page.choose("Dataset", "Circle");
        assertEquals("2", page.waitForValue("Classes", "2"));
        assertFalse(classes.waitForOffered(2, false));
    }

    @Test
    void threeAndSixClassesFitPhoneAndDesktopWidths() {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            // Three gaussians and a six-armed spiral: the fewest and the most classes, each on its own dataset.
            for (String hash : new String[] {"data=gaussians&classes=3", "data=spiral&classes=6"}) {
                for (int width : new int[] {1280, 390}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 1000));
                    PlaygroundPage page = fresh("#v=1&" + hash + "&hidden=8,8&lr=0.1");
                    page.play();
                    page.waitForEpochAtLeast(30);
                    page.pause();
                    page.canvas();
                    page.settle();
                    browser.saveArtifacts("multi-class-" + hash.replace("data=", "").replace("&classes=", "-")
                            + "-" + width);
                    Number viewport = (Number) browser.script("return document.documentElement.clientWidth;");
                    Number wide = (Number) browser.script("return document.documentElement.scrollWidth;");
                    assertEquals(viewport.doubleValue(), wide.doubleValue(), hash + " at " + width);
                }
            }
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
