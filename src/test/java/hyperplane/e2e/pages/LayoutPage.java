package hyperplane.e2e.pages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Where the page puts things: the boxes of elements against the window (or the frame) they are shown in, and the
 * toggles that fold parts of the page away on a phone and in an embed (the header's menu, the playground's settings,
 * the lesson's text). Returns values; never asserts.
 */
public final class LayoutPage {
    private final WebDriver driver;

    private LayoutPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The page (or the frame switched to) already open in {@code driver}, once its Java code has started. */
    public static LayoutPage attach(WebDriver driver) {
        Wait.require(() -> !driver.findElement(By.id("build-info")).getAttribute("textContent").isEmpty(),
                "the page started");
        return new LayoutPage(driver);
    }

    /** A box in CSS pixels of the window's (or frame's) viewport, as getBoundingClientRect gives it. */
    public record Box(double left, double top, double right, double bottom) {
        /** Whether the whole box lies inside {@code view}'s visible area. */
        public boolean inside(View view) {
            return left >= 0 && top >= 0 && right <= view.width() && bottom <= view.height();
        }
    }

    /** The viewport's size and how far the document is scrolled. */
    public record View(double width, double height, double scrollX, double scrollY, double pageWidth) {
    }

    /** The box of the element with this id. */
    public Box box(String id) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) script("var b = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return [b.left, b.top, b.right, b.bottom];", id);
        return new Box(r.get(0).doubleValue(), r.get(1).doubleValue(), r.get(2).doubleValue(), r.get(3).doubleValue());
    }

    public View view() {
        @SuppressWarnings("unchecked")
        Map<String, Number> v = (Map<String, Number>) script("var d = document.documentElement;"
                + " return {w: d.clientWidth, h: d.clientHeight, x: scrollX, y: scrollY, pw: d.scrollWidth};");
        return new View(v.get("w").doubleValue(), v.get("h").doubleValue(), v.get("x").doubleValue(),
                v.get("y").doubleValue(), v.get("pw").doubleValue());
    }

    /** Whether the element with this id is shown. */
    public boolean shown(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    /** Waits until the element with this id is shown or hidden, as {@code expected}; returns which. */
    public boolean waitForShown(String id, boolean expected) {
        return Wait.untilEquals(() -> shown(id), expected);
    }

    /** The aria-expanded of the toggle with this id ("true" or "false"). */
    public String expanded(String id) {
        return driver.findElement(By.id(id)).getAttribute("aria-expanded");
    }

    /** Presses the playground's Settings toggle, which shows or folds the run bar's settings. */
    public LayoutPage toggleSettings() {
        return press("run-settings-toggle");
    }

    /** Presses the header's menu button, which shows or folds the header's other buttons. */
    public LayoutPage toggleMenu() {
        return press("header-menu");
    }

    /** Presses the lesson panel's "Show the text" / "Hide the text" button. */
    public LayoutPage toggleLessonText() {
        return press("lesson-fold");
    }

    private LayoutPage press(String id) {
        WebElement button = driver.findElement(By.id(id));
        String before = button.getAttribute("aria-expanded");
        button.click();
        Wait.require(() -> !before.equals(button.getAttribute("aria-expanded")), "#" + id + " toggled");
        return this;
    }

    private Object script(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(source, args);
    }
}
