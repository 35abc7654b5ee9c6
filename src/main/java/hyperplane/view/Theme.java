package hyperplane.view;

/**
 * The colours and stroke sizes of the drawing around the pictures: the ground of a plot, its text, axes and
 * curves, the network diagram's outlines; one set for the light page, one for a page in dark mode
 * ({@code prefers-color-scheme: dark}) and one for a projector. A {@link Canvas} says which one it draws with
 * ({@link Canvas#theme()}); the page's stylesheet has the same three sets for everything that is not a canvas.
 *
 * <p>The pictures themselves keep their colours in every theme: the heatmap (and the perceptron's class regions
 * and the contour plot of the race) stays on its pale ground, so the class colours of {@link ClassPalette}, chosen
 * and checked against that ground, tell the classes apart the same way on a dark page; what is drawn on top of a
 * picture (points, boundary lines) keeps its light-page colours for the same reason.
 *
 * <p>The projector's theme is dark ink on white: a projector cannot show black, so a dark page comes out grey in
 * a lit lecture hall, and thin light lines on it wash out; black on the brightest white the projector gives keeps
 * the greatest contrast. Its strokes are {@link #lineScale} times as wide and its points {@link #pointScale} times
 * as large, to be seen from the back row; the canvases keep their pixel size.
 *
 * @param name       "light", "dark" or "projector"
 * @param paper      the ground of plots and charts, the same as the page's panels ({@code --panel})
 * @param ink        text, axes, frames, the main curve and the diagram's outlines
 * @param muted      secondary text and dashed bounds
 * @param grid       faint lines such as the coordinate axes through 0
 * @param shade      filled stretches behind curves (the saturated parts of an activation)
 * @param warm       the second curve (a derivative) and the start ring of gradient descent
 * @param warmText   text in the warm colour, darker (or lighter) for small type
 * @param cool       the first curve (an activation) and the iterates of gradient descent
 * @param series2    the second series of a chart (test loss) and the mistakes bars
 * @param highlight  what the backprop inspector points at
 * @param cursor     a reading cursor
 * @param lineScale  every stroke's width is multiplied by this, ≥ 1
 * @param pointScale every circle's radius is multiplied by this, ≥ 1
 * @param textScale  every font size is multiplied by this, 1 … 2
 */
public record Theme(String name, int paper, int ink, int muted, int grid, int shade, int warm, int warmText,
        int cool, int series2, int highlight, int cursor, double lineScale, double pointScale, double textScale) {

    /** The page as it has always been: near-black on white. */
    public static final Theme LIGHT = new Theme("light", 0xFFFFFF, ColorScale.TEXT, 0x4A433B, 0xB8B2A7, 0xD8D4CC,
            0xC0620F, 0x9A4A08, ColorScale.CLASS_1, 0x8A6D3B, 0x1B5E8C, 0x5B2A9E, 1, 1, 1);
    /** Light ink on a dark panel (the stylesheet's dark {@code --panel}); curves in lighter hues of the same colours. */
    public static final Theme DARK = new Theme("dark", 0x1E2227, 0xE6E3DE, 0xBEB7AD, 0x5C574F, 0x3A3F47,
            0xF09A4A, 0xF5B070, 0x6FA8E6, 0xC08A3E, 0x7DBCEB, 0xC6A8F2, 1, 1, 1);
    /** Black on white, strokes twice, points one and a half times and text a quarter as large (as the page's type). */
    public static final Theme PROJECTOR = new Theme("projector", 0xFFFFFF, 0x000000, 0x2B2520, 0x8A847A,
            0xCFCAC0, 0xB35200, 0x8A3A00, 0x1F5FA8, 0x6E5222, 0x0E4A75, 0x4A1A8E, 2, 1.5, 1.25);

    /** Checks the scales: finite and at least 1, so that no theme thins a line or shrinks a point. */
    public Theme {
        if (!(lineScale >= 1 && lineScale <= 4)) {
            throw new IllegalArgumentException("lineScale (" + lineScale + ") must be in [1, 4]");
        }
        if (!(pointScale >= 1 && pointScale <= 4)) {
            throw new IllegalArgumentException("pointScale (" + pointScale + ") must be in [1, 4]");
        }
        if (!(textScale >= 1 && textScale <= 2)) {
            throw new IllegalArgumentException("textScale (" + textScale + ") must be in [1, 2]");
        }
    }

    /** The theme for a page in projector mode ({@code present}), else in dark mode ({@code dark}), else light. */
    public static Theme of(boolean dark, boolean present) {
        return present ? PROJECTOR : dark ? DARK : LIGHT;
    }

    /** The width to stroke a line meant as {@code width} px on the light page. */
    public double line(double width) {
        return width * lineScale;
    }

    /** The font size for text meant as {@code pixels} px on the light page. */
    public double text(double pixels) {
        return pixels * textScale;
    }

    /** The radius to draw a circle meant as {@code radius} px on the light page. */
    public double radius(double radius) {
        return radius * pointScale;
    }
}
