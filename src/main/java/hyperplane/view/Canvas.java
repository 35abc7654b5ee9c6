package hyperplane.view;

/**
 * The few drawing calls the views need, in pixel coordinates (x to the right, y down, origin at the top left).
 *
 * <p>The browser layer implements this on a canvas 2D context; tests record the calls. Colours are packed
 * {@code 0xRRGGBB} ints; transparency is set separately with {@link #setAlpha(double)} and applies to every
 * later fill, stroke and text until changed. Implementations keep the current fill, stroke, line width, dash
 * and alpha as state, like a 2D context does.
 *
 * <p>A canvas draws with a {@link Theme}: drawing code takes the colours of axes, text and curves from
 * {@link #theme()}, and the implementation strokes every line {@link Theme#line} wide and draws every circle with
 * radius {@link Theme#radius}, so that a projector's thicker lines and larger points need nothing of the views.
 */
public interface Canvas {

    /** The theme this canvas draws with; {@link Theme#LIGHT} unless the implementation says otherwise. */
    default Theme theme() {
        return Theme.LIGHT;
    }

    /** Sets the colour of later fills and texts, {@code 0xRRGGBB}. */
    void setFill(int rgb);

    /** Sets the colour and the line width in pixels of later strokes. */
    void setStroke(int rgb, double width);

    /** Sets the opacity of everything drawn later, 0 (invisible) to 1 (opaque). */
    void setAlpha(double alpha);

    /**
     * Sets the dash pattern of later strokes: {@code on} pixels drawn, {@code off} pixels skipped.
     * {@code setDash(0, 0)} restores solid lines.
     */
    void setDash(double on, double off);

    /**
     * Sets the font size of later texts in pixels (the family is the page's); an implementation may enlarge it by
     * the theme's {@link Theme#text} scale, as HtmlCanvas does in projector mode.
     */
    void setFontSize(double pixels);

    /**
     * Sets the font size of text that must fit a box of fixed size (a diagram's node): {@code pixels} as drawn, not
     * enlarged by the theme, since the box is not.
     */
    default void setBoxFontSize(double pixels) {
        setFontSize(pixels / theme().text(1));
    }

    /** Fills the axis-aligned rectangle with its top-left corner at (x, y). */
    void fillRect(double x, double y, double width, double height);

    /** Strokes the outline of the axis-aligned rectangle with its top-left corner at (x, y). */
    void strokeRect(double x, double y, double width, double height);

    /** Strokes one straight segment. */
    void line(double x1, double y1, double x2, double y2);

    /**
     * Strokes {@code count} separate segments as one path with the current stroke: segment i (for i from
     * {@code first} to first + count − 1) runs from (xy[4i], xy[4i + 1]) to (xy[4i + 2], xy[4i + 3]). One call
     * instead of many {@link #line}s, because a canvas strokes one long path much faster than many short ones.
     * This default draws them one by one.
     */
    default void lines(double[] xy, int first, int count) {
        for (int i = first; i < first + count; i++) {
            line(xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3]);
        }
    }

    /** Strokes the open path through the first {@code count} points (xs[i], ys[i]); nothing if count &lt; 2. */
    void polyline(double[] xs, double[] ys, int count);

    /** Fills the closed polygon through the first {@code count} points (xs[i], ys[i]); nothing if count &lt; 3. */
    void fillPolygon(double[] xs, double[] ys, int count);

    /** Draws a circle of radius r centred on (cx, cy), filled and/or outlined with the current colours. */
    void circle(double cx, double cy, double r, boolean fill, boolean stroke);

    /** Draws a text run in the current fill colour, vertically centred on y, anchored at x as {@code align} says. */
    void text(String s, double x, double y, TextAlign align);

    /**
     * The width in pixels of {@code s} drawn at {@code fontSize}, so that a layout keeps its labels inside the
     * canvas. A browser canvas measures it (and is left at that font size); this default estimates it a little
     * wide for the page's sans-serif fonts: 0.65 em a digit or letter, 0.9 em for a wide one (m, w, %, capitals
     * M and W), 0.35 em for a space, point, comma or minus sign, 0.2 em for a thin space.
     */
    default double textWidth(String s, double fontSize) {
        double ems = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2009') {
                ems += 0.2;
            } else if (c == ' ' || c == '.' || c == ',' || c == '-' || c == ':' || c == '(' || c == ')') {
                ems += 0.35;
            } else if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '%' || c == '\u2212') {
                ems += 0.9;
            } else {
                ems += 0.65;
            }
        }
        return ems * fontSize;
    }
}
