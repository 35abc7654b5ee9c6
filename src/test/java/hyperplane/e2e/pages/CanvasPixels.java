package hyperplane.e2e.pages;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The playground's main canvas, with the heatmap's layer under it ({@link CanvasLayers}), read pixel by pixel, in
 * backing-store pixels (on a dense screen there are more of
 * them than CSS pixels; {@link #scale()} says how many per CSS pixel). To find what a change drew, {@link #remember}
 * the pixels, make the change, and read which pixels differ ({@link #changed}). Returns values; never asserts.
 */
public final class CanvasPixels {
    private final WebDriver driver;

    private CanvasPixels(WebDriver driver) {
        this.driver = driver;
    }

    /** The main canvas of the page open in {@code driver}. */
    public static CanvasPixels of(WebDriver driver) {
        return new CanvasPixels(driver);
    }

    private Object script(String source, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = driver.findElement(By.id("canvas"));
        System.arraycopy(args, 0, all, 1, args.length);
        return ((JavascriptExecutor) driver).executeScript(
                "var c = arguments[0], g = " + CanvasLayers.COMPOSITE + "(c);" + source, all);
    }

    /** Backing-store pixels per CSS pixel of drawing (the canvas's width over its logical width). */
    public double scale() {
        return ((Number) script("return c.width / (+c.dataset.logicalWidth || c.width);")).doubleValue();
    }

    /** Keeps a copy of every pixel now, in the page, for {@link #changed}. */
    public CanvasPixels remember() {
        script("window.e2eRememberedPixels = g.getImageData(0, 0, c.width, c.height).data;");
        return this;
    }

    /**
     * The pixels (x, y) whose colour differs from the remembered one by more than {@code tolerance} in some channel
     * (all of them if the canvas changed size).
     */
    @SuppressWarnings("unchecked")
    public List<int[]> changed(int tolerance) {
        List<List<Number>> found = (List<List<Number>>) script(
                "var before = window.e2eRememberedPixels, now = g.getImageData(0, 0, c.width, c.height).data;"
                        + "var out = [];"
                        + "for (var i = 0; i < now.length; i += 4) {"
                        + "  if (!before || before.length !== now.length"
                        + "      || Math.abs(now[i] - before[i]) > arguments[1]"
                        + "      || Math.abs(now[i + 1] - before[i + 1]) > arguments[1]"
                        + "      || Math.abs(now[i + 2] - before[i + 2]) > arguments[1]) {"
                        + "    out.push([(i / 4) % c.width, Math.floor(i / 4 / c.width)]);"
                        + "  }"
                        + "}"
                        + "return out;", tolerance);
        List<int[]> result = new ArrayList<>();
        for (List<Number> xy : found) {
            result.add(new int[] {xy.get(0).intValue(), xy.get(1).intValue()});
        }
        return result;
    }

    /** The colour (r, g, b) of the pixel (x, y). */
    @SuppressWarnings("unchecked")
    public int[] color(int x, int y) {
        List<Number> rgb = (List<Number>) script(
                "var d = g.getImageData(arguments[1], arguments[2], 1, 1).data; return [d[0], d[1], d[2]];", x, y);
        return new int[] {rgb.get(0).intValue(), rgb.get(1).intValue(), rgb.get(2).intValue()};
    }

    /** The canvas's logical size in CSS pixels (width, height), as its drawing code lays it out. */
    @SuppressWarnings("unchecked")
    public int[] logicalSize() {
        List<Number> size = (List<Number>) script("return [+c.dataset.logicalWidth || c.width,"
                + " +c.dataset.logicalHeight || c.height];");
        return new int[] {size.get(0).intValue(), size.get(1).intValue()};
    }

    /**
     * How close the pixels within {@code radius} of each backing-store pixel (xs[i], ys[i]) come to the colour
     * rgbs[i]: for each i, the smallest, over those pixels, of the largest difference in a channel (0: one of them is
     * exactly that colour). One script call for all of them.
     */
    @SuppressWarnings("unchecked")
    public List<Integer> closestTo(int[] xs, int[] ys, int radius, int[] rgbs) {
        List<Object> x = new ArrayList<>();
        List<Object> y = new ArrayList<>();
        List<Object> rgb = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            x.add(xs[i]);
            y.add(ys[i]);
            rgb.add(rgbs[i]);
        }
        List<Number> found = (List<Number>) script("var xs = arguments[1], ys = arguments[2], r = arguments[3],"
                + " rgbs = arguments[4], out = [];"
                + "for (var k = 0; k < xs.length; k++) {"
                + "  var d = g.getImageData(xs[k] - r, ys[k] - r, 2 * r + 1, 2 * r + 1).data, best = 255;"
                + "  var want = [(rgbs[k] >> 16) & 255, (rgbs[k] >> 8) & 255, rgbs[k] & 255];"
                + "  for (var i = 0; i < d.length; i += 4) {"
                + "    best = Math.min(best, Math.max(Math.abs(d[i] - want[0]), Math.abs(d[i + 1] - want[1]),"
                + "        Math.abs(d[i + 2] - want[2])));"
                + "  }"
                + "  out.push(best);"
                + "}"
                + "return out;", x, y, radius, rgb);
        List<Integer> out = new ArrayList<>();
        for (Number n : found) {
            out.add(n.intValue());
        }
        return out;
    }
}
