package hyperplane.e2e.pages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the page's theme shows: the page's background, the Projector button (#present) and the root's type size,
 * and single pixels of a canvas; and the system colour scheme the browser reports to the page (through the
 * DevTools protocol). Returns values; never asserts.
 */
public final class ThemePage {
    private final WebDriver driver;

    private ThemePage(WebDriver driver) {
        this.driver = driver;
    }

    /** The page already open in {@code driver}. */
    public static ThemePage attach(WebDriver driver) {
        return new ThemePage(driver);
    }

    /**
     * Makes {@code prefers-color-scheme} report {@code scheme} ("dark" or "light") to pages in {@code driver} from
     * now on, as the system setting would; the page hears the change at once.
     */
    public static void emulateColorScheme(WebDriver driver, String scheme) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private Object script(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(source, args);
    }

    /** The page's background colour (the root element's), as {r, g, b}. */
    public int[] background() {
        return rgb((String) script("return getComputedStyle(document.documentElement).backgroundColor;"));
    }

    /** The root element's font size in CSS pixels, which every rem on the page scales with. */
    public double rootFontSize() {
        return ((Number) script("return parseFloat(getComputedStyle(document.documentElement).fontSize);"))
                .doubleValue();
    }

    /** The Projector button's aria-pressed: "true" or "false". */
    public String presentPressed() {
        return button().getAttribute("aria-pressed");
    }

    /** Waits until the Projector button's aria-pressed is {@code expected}, and returns it. */
    public String waitForPresentPressed(String expected) {
        return Wait.untilEquals(this::presentPressed, expected);
    }

    /** Presses the Projector button. */
    public ThemePage togglePresent() {
        button().click();
        return this;
    }

    private WebElement button() {
        return driver.findElement(By.id("present"));
    }

    /**
     * The colour {r, g, b, a} of canvas #{@code id} at the fractions ({@code fx}, {@code fy}) of its width and
     * height (backing-store pixels).
     */
    @SuppressWarnings("unchecked")
    public int[] canvasPixel(String id, double fx, double fy) {
        List<Number> c = (List<Number>) script("var c = document.getElementById(arguments[0]);"
                + " var d = c.getContext('2d').getImageData(Math.floor(c.width * arguments[1]),"
                + " Math.floor(c.height * arguments[2]), 1, 1).data; return [d[0], d[1], d[2], d[3]];",
                id, fx, fy);
        return new int[] {c.get(0).intValue(), c.get(1).intValue(), c.get(2).intValue(), c.get(3).intValue()};
    }

    /** Waits until the pixel of {@link #canvasPixel} is opaque (drawn), and returns it. */
    public int[] waitForDrawnPixel(String id, double fx, double fy) {
        return Wait.until(() -> canvasPixel(id, fx, fy), p -> p[3] == 255);
    }

    /** "rgb(r, g, b)" or "rgba(r, g, b, a)" as {r, g, b}. */
    private static int[] rgb(String css) {
        String[] parts = css.substring(css.indexOf('(') + 1, css.indexOf(')')).split(",");
        return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                Integer.parseInt(parts[2].trim())};
    }
}
