package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.LayoutPage;
import hyperplane.e2e.pages.LayoutPage.Box;
import hyperplane.e2e.pages.LayoutPage.View;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The picture first: on a phone (360 × 740, touch) and in a course page's frames of 600 × 400, 800 × 500 and
 * 1000 × 760, the output canvas and Play are on the first screen, without scrolling; what does not fit folds away.
 */
class LayoutIT extends BrowserTestSupport {
    /** The README's embed example. */
    private static final String EXAMPLE = "#v=1&data=xor&hidden=3&embed=1&hide=data&lock=network&autoplay=1";
    private static Path courseFolder;
    /** A course site on another origin, whose pages frame the playground as a teacher's would. */
    private static SiteServer course;

    @BeforeAll
    static void startCourseSite() throws IOException {
        courseFolder = Files.createTempDirectory("hyperplane-course");
        course = new SiteServer(courseFolder, 0);
    }

    @AfterAll
    static void stopCourseSite() throws IOException {
        course.close();
        try (var files = Files.walk(courseFolder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @AfterEach
    void leavePhoneAndFrame() {
        browser.driver().switchTo().defaultContent();
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /** The page at {@code hash} on a phone: a 360 × 740 touch screen, nothing saved from before. */
    private LayoutPage phone(String hash) {
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        AppPage.open(driver, http("#v=1"));
        browser.script("localStorage.clear();");
        AppPage.open(driver, http(hash));
        return LayoutPage.attach(driver);
    }

    /** The page at {@code hash} in a frame of {@code width} × {@code height} on a course page; the driver is in it. */
    private LayoutPage framed(String hash, int width, int height) {
        String name = "course-" + width + "x" + height + ".html";
        try {
            Files.writeString(courseFolder.resolve(name), "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>A course page</title></head><body style=\"margin: 0\"><main><h1 style=\"font-size: 1px;"
                    + " margin: 0\">A course page</h1><iframe id=\"frame\" src=\"" + http(hash).replace("&", "&amp;")
                    + "\" width=\"" + width + "\" height=\"" + height + "\" title=\"Hyperplane\""
                    + " style=\"border: 0; display: block\"></iframe></main></body></html>");
        } catch (IOException e) {
            throw new IllegalStateException("could not write the course page", e);
        }
        browser.driver().get("about:blank");
        browser.driver().get(course.baseUrl() + name);
        browser.driver().switchTo().frame("frame");
        return LayoutPage.attach(browser.driver());
    }

    private static void assertOnFirstScreen(LayoutPage page, String where, String... ids) {
        View view = page.view();
        assertEquals(0.0, view.scrollY(), where + ": scrolled");
        assertEquals(view.width(), view.pageWidth(), where + ": the page is wider than the screen");
        for (String id : ids) {
            Box box = page.box(id);
            assertTrue(box.inside(view), where + ": #" + id + " at " + box + " is not all inside " + view);
        }
    }

    @Test
    void onAPhoneTheCanvasPlayAndTheClassesShareTheFirstScreen() {
        LayoutPage page = phone("#v=1");
        assertEquals(true, browser.script("return matchMedia('(pointer: coarse)').matches;"), "a touch screen");
        browser.saveArtifacts("layout-phone-360x740");
        assertOnFirstScreen(page, "phone", "canvas", "play", "step", "reset", "epoch", "class-0", "class-1",
                "run-settings-toggle", "header-menu", "tab-playground");

        // The settings fold behind their toggle, and come back with it.
        assertFalse(page.shown("learning-rate"));
        assertEquals("false", page.expanded("run-settings-toggle"));
        page.toggleSettings();
        assertTrue(page.waitForShown("learning-rate", true));
        assertTrue(page.shown("activation") && page.shown("regularization"));
        assertEquals("true", page.expanded("run-settings-toggle"));
        browser.saveArtifacts("layout-phone-settings");
        page.toggleSettings();
        assertFalse(page.waitForShown("learning-rate", false));

        // So do the header's buttons, behind the menu.
        assertFalse(page.shown("copy-link"));
        page.toggleMenu();
        assertTrue(page.waitForShown("copy-link", true));
        assertTrue(page.shown("lessons") && page.shown("embed") && page.shown("start-over"));
        assertEquals(page.view().width(), page.view().pageWidth(), "the open menu fits the screen");
    }

    /**
     * Tab follows what is seen: on a phone, from Step it reaches the canvas (shown right under the run bar) before
     * the data settings (shown far below it); in a wide window, where the data column is left of the output, the
     * data settings come first again, after the window changed size without a reload.
     */
    @Test
    void theKeyboardOrderFollowsTheColumnsAsTheyAreShown() {
        phone("#v=1");
        assertEquals("canvas", firstTabbedOf("canvas", "dataset"), "phone");
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        Wait.require(() -> "dataset".equals(firstTabbedOf("canvas", "dataset")), "the data settings first when wide");
    }

    /** Which of the two ids the focus reaches first, tabbing on from the Step button (null: neither in 40 presses). */
    private String firstTabbedOf(String one, String other) {
        browser.script("document.getElementById('step').focus();");
        for (int i = 0; i < 40; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            String id = (String) browser.script("return document.activeElement.id;");
            if (one.equals(id) || other.equals(id)) {
                return id;
            }
        }
        return null;
    }

    @Test
    void onAPhoneSixClassButtonsAreOnTheFirstScreen() {
        LayoutPage page = phone("#v=1&data=gaussians&classes=6");
        assertTrue(page.waitForShown("class-5", true));
        browser.saveArtifacts("layout-phone-six-classes");
        assertOnFirstScreen(page, "phone, six classes", "canvas", "play", "class-0", "class-5");
    }

    @Test
    void onAPhoneThePageWithItsMenuAndSettingsOpenPassesTheAccessibilityScan() {
        LayoutPage page = phone("#v=1");
        page.toggleMenu();
        page.toggleSettings();
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    void onAPhoneEveryViewFitsItsWidthAndItsTabIsInTheTabRow() {
        for (String view : List.of("perceptron", "activations", "gradient-descent", "backprop")) {
            LayoutPage page = phone("#v=1&view=" + view);
            AppPage.attach(browser.driver()).settle();
            browser.saveArtifacts("layout-phone-" + view);
            View screen = page.view();
            assertEquals(screen.width(), screen.pageWidth(), view + ": the page is wider than the screen");
            Box tab = page.box("tab-" + view);
            Box row = page.box("view-tabs");
            assertTrue(tab.left() >= row.left() && tab.right() <= row.right(), view + ": tab " + tab + " in " + row);
        }
    }

    @Test
    void inFramesOfThreeSizesTheWholeCanvasAndPlayAreInView() {
        for (int[] size : new int[][] {{600, 400}, {800, 500}, {1000, 760}}) {
            String where = size[0] + " × " + size[1];
            LayoutPage page = framed(EXAMPLE, size[0], size[1]);
            PlaygroundPage.attach(browser.driver()).waitForEpochAtLeast(1);
            View view = page.view();
            assertEquals(size[0], view.width(), where);
            assertEquals(size[1], view.height(), where);
            browser.saveArtifacts("layout-embed-" + size[0] + "x" + size[1]);
            assertOnFirstScreen(page, where, "canvas", "play");
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void anEmbeddedLessonStartsFoldedToItsBarAndTheFramePassesTheAccessibilityScan() {
        LayoutPage page = framed(EXAMPLE + "&lesson=xor", 1000, 760);
        assertTrue(page.shown("lesson-panel"));
        assertFalse(page.shown("lesson-body"));
        assertEquals("false", page.expanded("lesson-fold"));
        browser.saveArtifacts("layout-embed-lesson");
        assertOnFirstScreen(page, "1000 × 760 with a lesson", "canvas", "play", "lesson-fold");
        page.toggleLessonText();
        assertTrue(page.waitForShown("lesson-body", true));
        page.toggleSettings();
        assertTrue(page.waitForShown("learning-rate", true));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    void inAFrameClicksLandWhereTheyPointOnACanvasShownSmallerThanItIsDrawn() {
        LayoutPage layout = framed("#v=1&embed=1&hide=network&lesson=xor", 800, 500);
        PlaygroundPage page = PlaygroundPage.attach(browser.driver());
        page.choose("Dataset", "My points (place them)");
        assertEquals(0, page.waitForTrainingPoints(0));
        // The lesson's text takes room from the frame: the canvas is laid out again for the smaller box, but not
        // below its least width of 240 px, so it is shown smaller than it is drawn.
        double before = logicalWidth();
        layout.toggleLessonText();
        AppPage.attach(browser.driver()).settle();
        Box canvas = layout.box("canvas");
        double shown = canvas.right() - canvas.left();
        double drawn = Wait.until(this::logicalWidth, w -> w != before);
        assertEquals(Math.max(240, Math.round(shown)), drawn, 1, canvas + " drawn " + drawn + " (was " + before + ")");
        assertTrue(shown < drawn - 20, canvas + " drawn " + drawn);
        browser.saveArtifacts("layout-embed-scaled");

        page.clickCanvas(-40, -40, false);
        page.clickCanvas(40, 40, true);
        assertEquals(2, page.waitForTrainingPoints(2));
        Predicate<int[]> isOrange = rgb -> rgb[0] > 200 && rgb[2] < 100;
        Predicate<int[]> isBlue = rgb -> rgb[2] > 150 && rgb[0] < 100;
        int[] orange = page.waitForCanvasColor(-40, -40, isOrange);
        int[] blue = page.waitForCanvasColor(40, 40, isBlue);
        assertTrue(isOrange.test(orange), "orange point: " + Arrays.toString(orange));
        assertTrue(isBlue.test(blue), "blue point: " + Arrays.toString(blue));
    }

    private double logicalWidth() {
        return ((Number) browser.script("return +document.getElementById('canvas').dataset.logicalWidth;"))
                .doubleValue();
    }
}
