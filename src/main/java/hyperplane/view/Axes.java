package hyperplane.view;

/**
 * Draws a frame around a viewport with nice ticks and labels along its bottom (x) and left (y) edges.
 *
 * <p>Ticks come from {@link Ticks}; their number follows the pixel size, about one per {@link #PIXELS_PER_TICK}
 * pixels and at least two. Tick marks point outwards by {@link #TICK_LENGTH} pixels; x labels sit below them,
 * y labels to their left, right-aligned. Everything is drawn in the theme's ink.
 */
public final class Axes {
    /** Desired spacing between ticks in pixels. */
    public static final double PIXELS_PER_TICK = 70;
    /** Length of a tick mark in pixels. */
    public static final double TICK_LENGTH = 4;
    /** Font size of the tick labels in pixels. */
    public static final double FONT_SIZE = 11;

    private Axes() {
    }

    /** The tick count to ask {@link Ticks#values} for along an axis of this many pixels: max(2, ⌊pixels / 70⌋). */
    public static int maxTicksFor(double pixels) {
        int count = (int) (pixels / PIXELS_PER_TICK);
        return Math.max(2, count);
    }

    /**
     * The y tick labels {@link #draw} writes for the data range [yMin, yMax] on an axis {@code pixels} tall.
     *
     * @throws IllegalArgumentException as {@link Ticks#values}
     */
    public static String[] yLabels(double yMin, double yMax, double pixels) {
        int maxY = maxTicksFor(pixels);
        return Ticks.labels(Ticks.values(yMin, yMax, maxY), Ticks.step(yMin, yMax, maxY));
    }

    /**
     * A generous estimate of the width in pixels of a tick label in {@link #FONT_SIZE} px type, from the widths of
     * its characters in common sans-serif faces (digits and letters about 0.64 em, the point 0.32 em, the minus
     * 0.37 em); canvases cannot be asked on the JVM.
     */
    public static double labelWidth(String label) {
        double ems = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            ems += c == '.' ? 0.32 : c == '-' || c == '−' ? 0.37 : 0.64;
        }
        return ems * FONT_SIZE;
    }

    /** Draws the frame, the x ticks along the bottom and the y ticks along the left of the viewport. */
    public static void draw(Canvas canvas, Viewport viewport) {
        double left = viewport.left();
        double bottom = viewport.bottom();
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setStroke(canvas.theme().ink(), 1);
        canvas.setFill(canvas.theme().ink());
        canvas.setFontSize(FONT_SIZE);
        canvas.strokeRect(left, viewport.top(), viewport.width(), viewport.height());

        int maxX = maxTicksFor(viewport.width());
        double[] xTicks = Ticks.values(viewport.xMin(), viewport.xMax(), maxX);
        String[] xLabels = Ticks.labels(xTicks, Ticks.step(viewport.xMin(), viewport.xMax(), maxX));
        for (int i = 0; i < xTicks.length; i++) {
            double px = viewport.toPixelX(xTicks[i]);
            canvas.line(px, bottom, px, bottom + TICK_LENGTH);
            canvas.text(xLabels[i], px, bottom + TICK_LENGTH + FONT_SIZE * 0.75, TextAlign.CENTER);
        }

        int maxY = maxTicksFor(viewport.height());
        double[] yTicks = Ticks.values(viewport.yMin(), viewport.yMax(), maxY);
        String[] yLabels = yLabels(viewport.yMin(), viewport.yMax(), viewport.height());
        for (int i = 0; i < yTicks.length; i++) {
            double py = viewport.toPixelY(yTicks[i]);
            canvas.line(left - TICK_LENGTH, py, left, py);
            canvas.text(yLabels[i], left - TICK_LENGTH - 2, py, TextAlign.RIGHT);
        }
    }
}
