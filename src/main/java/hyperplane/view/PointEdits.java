package hyperplane.view;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import hyperplane.state.PlaygroundConfig;

/**
 * What placing, moving and removing points by hand does, decided without the DOM so that it is tested on the
 * JVM: the point a press hits, the points after an edit and the sentence a screen reader hears. The page's
 * point editors (playground and perceptron) only read the pointer and the keys and hand the result on.
 */
public final class PointEdits {
    /** How far (pixels) from a point a press still hits it. */
    public static final double PICK_PIXELS = 10;
    /** How far (pixels) a pressed point must move before it is dragged, so that a shaky tap is not a drag. */
    public static final double DRAG_START_PIXELS = 4;

    /**
     * The outcome of one edit.
     *
     * @param points       the points after it, null when nothing changed
     * @param announcement what to announce to a screen reader ("" for nothing)
     * @param notice       a refusal to show ("" when none)
     */
    public record Edit(Dataset points, String announcement, String notice) {
    }

    private PointEdits() {
    }

    /**
     * The index of the point whose pixel position is nearest (px, py) within {@code maxPixels}, −1 when none is;
     * of two at the same distance the later one (it is drawn on top).
     */
    public static int nearest(Dataset data, Viewport v, double px, double py, double maxPixels) {
        int best = -1;
        double bestDistance = maxPixels * maxPixels;
        for (int i = 0; i < data.size(); i++) {
            double dx = v.toPixelX(data.x1(i)) - px;
            double dy = v.toPixelY(data.x2(i)) - py;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** The label a new point of class c gets: 0/1 for classification, −1/+1 for regression targets. */
    public static double labelFor(ProblemType problem, int c) {
        return problem == ProblemType.REGRESSION ? (c == 1 ? 1 : -1) : c;
    }

    /** A new training point of class {@code c} at (x, y); refused at {@link PlaygroundConfig#MAX_POINTS} points. */
    public static Edit add(Dataset data, double x, double y, int c, ProblemType problem) {
        if (data.size() >= PlaygroundConfig.MAX_POINTS) {
            return new Edit(null, "", "There are already " + data.size() + " points, the most the playground takes.");
        }
        String colour = problem == ProblemType.REGRESSION ? (c == 1 ? "blue" : "orange") : ClassPalette.name(c);
        return new Edit(data.withPoint(x, y, labelFor(problem, c), true), "Added " + article(colour) + " " + colour
                + " point at " + where(x, y) + "; " + (data.size() + 1) + " points.", "");
    }

    /** The class a shift-click adds instead of {@code c}: the next of K, so the other one of two. */
    public static int otherClass(int c, int classes) {
        return (c + 1) % classes;
    }

    /** "New points are blue." after class {@code c} was picked (with its number from class 2 on). */
    public static String classPicked(int c) {
        return "New points are " + ClassPalette.name(c) + (c > 1 ? ", class " + c : "") + ".";
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** Removes point {@code index}; an index of −1 (nothing hit) changes nothing. */
    public static Edit remove(Dataset data, int index) {
        if (index < 0) {
            return new Edit(null, "", "");
        }
        String at = where(data.x1(index), data.x2(index));
        return new Edit(data.withoutPoint(index), "Removed the point at " + at + "; " + (data.size() - 1) + " points.",
                "");
    }

    /** Point {@code index} dragged to the pixel (px, py), kept inside the viewport's data rectangle. */
    public static Dataset dragTo(Dataset data, int index, Viewport v, double px, double py) {
        double x = clamp(v.toDataX(px), v.xMin(), v.xMax());
        double y = clamp(v.toDataY(py), v.yMin(), v.yMax());
        return data.withMovedPoint(index, x, y);
    }

    /** Whether a press that went down at (downX, downY) and is now at (px, py) has moved far enough to drag. */
    public static boolean dragStarted(double downX, double downY, double px, double py) {
        return Math.hypot(px - downX, py - downY) >= DRAG_START_PIXELS;
    }

    /** "Moved the point to (x, y)." for point {@code index} after a drag. */
    public static String moved(Dataset data, int index) {
        return "Moved the point to " + where(data.x1(index), data.x2(index)) + ".";
    }

    /** "(x, y)" with two decimals, as every announcement writes a position. */
    public static String where(double x, double y) {
        return "(" + Format.fixed(x, 2) + ", " + Format.fixed(y, 2) + ")";
    }

    static double clamp(double v, double min, double max) {
        return v < min ? min : v > max ? max : v;
    }
}
