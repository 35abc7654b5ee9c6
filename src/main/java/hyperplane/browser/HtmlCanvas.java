package hyperplane.browser;

import hyperplane.view.Canvas;
import hyperplane.view.TextAlign;
import hyperplane.view.Theme;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasImageSource;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The view package's {@link Canvas} on an HTML canvas's 2D context, sized for the screen's pixel density:
 * drawing coordinates are CSS pixels of the canvas's logical size, the backing store has
 * devicePixelRatio times as many pixels, so lines and text stay sharp.
 *
 * <p>Colour strings are made only when a colour changes, not per call. Every canvas draws with the page's one
 * {@link Theme} ({@link #setTheme}): its strokes are {@link Theme#line} wide, its circles {@link Theme#radius}.
 */
final class HtmlCanvas implements Canvas {
    private static final ColorCache COLORS = new ColorCache();

    private final HTMLCanvasElement element;
    private final CanvasRenderingContext2D context;
    private int width;
    private int height;
    /** The size it was made with: the widest layout {@link #fitToDisplay} gives, and its shape (height / width). */
    private final int maxWidth;
    private final double aspect;
    private int fill = -1;
    private int stroke = -1;
    private double strokeWidth = -1;
    private double fontSize = -1;
    private TextAlign align;
    private int smooth = -1; // image smoothing as last set: 1 on, 0 off, −1 unknown
    /** The {@link LayoutChanges#count} when this canvas was last fitted (see {@link #fitToDisplay}); −1: never. */
    private int fittedAt = -1;
    /** The page's theme, and how many times it has changed; {@link #fitToDisplay} notices a change. */
    private static Theme theme = Theme.LIGHT;
    private static int restyles;
    /** The restyles seen when this canvas was last fitted. */
    private int fittedStyle;

    /**
     * Wraps {@code element}, whose logical size is its width and height attributes. A change of the size it is shown
     * at counts as a change of layout ({@link LayoutChanges#watch}), so the views lay it out again.
     */
    HtmlCanvas(HTMLCanvasElement element) {
        this(element, element.getWidth(), element.getHeight());
        LayoutChanges.watch(element);
    }

    /**
     * A canvas of the page laid under another one and sized with it by its owner ({@link #resize}), not by its own
     * display: a layer the browser composites, so that what does not change is not drawn again with what does.
     */
    static HtmlCanvas layer(HTMLCanvasElement element) {
        return new HtmlCanvas(element, element.getWidth(), element.getHeight());
    }

    /** An off-screen canvas of the given logical size, at the screen's pixel density (a cached layer). */
    HtmlCanvas(int logicalWidth, int logicalHeight) {
        this((HTMLCanvasElement) Dom.create("canvas"), logicalWidth, logicalHeight);
    }

    private HtmlCanvas(HTMLCanvasElement element, int logicalWidth, int logicalHeight) {
        this.element = element;
        this.context = (CanvasRenderingContext2D) element.getContext("2d");
        this.maxWidth = logicalWidth;
        this.aspect = (double) logicalHeight / logicalWidth;
        setSize(logicalWidth, logicalHeight);
    }

    /**
     * Makes the logical size the canvas's displayed width, clamped to minWidth … the size it was made with, in
     * the shape it was made with, so that text and lines keep their size on a narrow screen instead of being
     * scaled down with the whole picture. Does nothing while the canvas is not displayed. Everything drawn is
     * cleared when the size changes; returns whether it did, or whether the theme changed since the last fit: either
     * way the caller lays its picture out and draws it again.
     */
    boolean fitToDisplay(int minWidth) {
        // Measuring forces the browser to lay the page out, so measure once, and again only after a change of layout.
        if (fittedAt == LayoutChanges.count() && fittedStyle == restyles) {
            return false;
        }
        double shown = displayedWidth(element);
        if (!(shown > 0)) {
            return false; // not shown yet: measure next time
        }
        fittedAt = LayoutChanges.count();
        boolean restyled = fittedStyle != restyles;
        fittedStyle = restyles;
        int w = (int) Math.max(minWidth, Math.min(maxWidth, Math.round(shown)));
        int h = (int) Math.round(w * aspect);
        if (w == width && h == height) {
            return restyled;
        }
        setSize(w, h);
        return true;
    }

    /** Gives an off-screen canvas a new logical size (clearing it); nothing happens if the size is the same. */
    void resize(int logicalWidth, int logicalHeight) {
        if (logicalWidth != width || logicalHeight != height) {
            setSize(logicalWidth, logicalHeight);
        }
    }

    /** Sizes the backing store for the screen's pixel density; a canvas's size resets its context's state. */
    private void setSize(int logicalWidth, int logicalHeight) {
        width = logicalWidth;
        height = logicalHeight;
        element.setAttribute("data-logical-width", Integer.toString(width));
        element.setAttribute("data-logical-height", Integer.toString(height));
        double ratio = Math.max(1, Math.min(3, devicePixelRatio()));
        element.setWidth((int) Math.round(width * ratio));
        element.setHeight((int) Math.round(height * ratio));
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.setLineCap("round");
        context.setLineJoin("round");
        context.setTextBaseline("middle");
        fill = -1;
        stroke = -1;
        strokeWidth = -1;
        fontSize = -1;
        align = null;
        smooth = -1;
        setFontSize(11);
    }

    @JSBody(params = "element", script = "return element.getBoundingClientRect().width;")
    private static native double displayedWidth(HTMLCanvasElement element);

    @JSBody(script = "return window.devicePixelRatio || 1;")
    private static native double devicePixelRatio();

    @JSBody(params = {"context", "on", "off"}, script = "context.setLineDash(on > 0 ? [on, off] : []);")
    private static native void lineDash(CanvasRenderingContext2D context, double on, double off);

    @JSBody(params = {"context", "smooth"}, script = "context.imageSmoothingEnabled = smooth;")
    private static native void smoothing(CanvasRenderingContext2D context, boolean smooth);

    // Styles are set from cached JavaScript strings: in the Wasm build every Java string handed to the
    // browser is converted anew, which per point and per link costs more than the drawing itself.
    @JSBody(params = {"context", "style"}, script = "context.fillStyle = style;")
    private static native void fillStyle(CanvasRenderingContext2D context, JSObject style);

    @JSBody(params = {"context", "style"}, script = "context.strokeStyle = style;")
    private static native void strokeStyle(CanvasRenderingContext2D context, JSObject style);

    /**
     * Makes {@code next} the theme of every canvas. The views hear of it as of a change of layout (the caller counts
     * one, {@link LayoutChanges#changed}: projector mode's larger type also moves the layout), and
     * {@link #fitToDisplay} then tells each of them to draw its picture again.
     */
    static void setTheme(Theme next) {
        if (next != theme) {
            theme = next;
            restyles++;
        }
    }

    @Override
    public Theme theme() {
        return theme;
    }

    /** The theme every canvas is drawn in now (light, dark or projector). */
    static Theme shownTheme() {
        return theme;
    }

    HTMLCanvasElement element() {
        return element;
    }

    /** The logical width, in CSS pixels. */
    int width() {
        return width;
    }

    /** The logical height, in CSS pixels. */
    int height() {
        return height;
    }

    /** Clears everything to transparent. */
    void clear() {
        context.clearRect(0, 0, width, height);
    }

    /** Clears the rectangle (x, y, w, h) to transparent. */
    void clear(double x, double y, double w, double h) {
        context.clearRect(x, y, w, h);
    }

    /** Draws an image (another canvas) stretched over a rectangle, smoothly or with hard pixel edges. */
    void image(CanvasImageSource source, double x, double y, double w, double h, boolean smooth) {
        setSmoothing(smooth);
        context.drawImage(source, x, y, w, h);
    }

    private void setSmoothing(boolean on) {
        int value = on ? 1 : 0;
        if (value != smooth) {
            smooth = value;
            smoothing(context, on);
        }
    }

    /** Draws the part (sx, sy, sw, sh) of {@code source} into the rectangle (x, y, w, h). */
    void imagePart(CanvasImageSource source, double sx, double sy, double sw, double sh, double x, double y,
            double w, double h, boolean smooth) {
        setSmoothing(smooth);
        context.drawImage(source, sx, sy, sw, sh, x, y, w, h);
    }

    @Override
    public void setFill(int rgb) {
        if (rgb != fill) {
            fill = rgb;
            fillStyle(context, COLORS.get(rgb));
        }
    }

    @Override
    public void setStroke(int rgb, double lineWidth) {
        if (rgb != stroke) {
            stroke = rgb;
            strokeStyle(context, COLORS.get(rgb));
        }
        double scaled = theme.line(lineWidth);
        if (scaled != strokeWidth) {
            strokeWidth = scaled;
            context.setLineWidth(scaled);
        }
    }

    @Override
    public void setAlpha(double alpha) {
        context.setGlobalAlpha(alpha);
    }

    @Override
    public void setDash(double on, double off) {
        lineDash(context, on, off);
    }

    @Override
    public void setFontSize(double pixels) {
        double scaled = theme().text(pixels);
        if (scaled != fontSize) {
            fontSize = scaled;
            context.setFont(scaled + "px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
        }
    }

    /** Measures the text with the context at {@code fontSize} (which stays the font size afterwards). */
    @Override
    public double textWidth(String s, double fontSize) {
        setFontSize(fontSize);
        return context.measureText(s).getWidth();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        context.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        context.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        context.beginPath();
        context.moveTo(x1, y1);
        context.lineTo(x2, y2);
        context.stroke();
    }

    /**
     * All segments in one path and one stroke: the canvas rasterises one path far faster than many (the
     * network diagram's links were a stroke each). One boundary call per segment in the Wasm build.
     */
    @Override
    public void lines(double[] xy, int first, int count) {
        if (count <= 0) {
            return;
        }
        context.beginPath();
        for (int i = first; i < first + count; i++) {
            int at = 4 * i;
            segment(context, xy[at], xy[at + 1], xy[at + 2], xy[at + 3]);
        }
        context.stroke();
    }

    @JSBody(params = {"context", "x1", "y1", "x2", "y2"}, script = "context.moveTo(x1, y1); context.lineTo(x2, y2);")
    private static native void segment(CanvasRenderingContext2D context, double x1, double y1, double x2, double y2);

    @Override
    public void polyline(double[] xs, double[] ys, int count) {
        if (count < 2) {
            return;
        }
        context.beginPath();
        context.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            context.lineTo(xs[i], ys[i]);
        }
        context.stroke();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        if (count < 3) {
            return;
        }
        context.beginPath();
        context.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            context.lineTo(xs[i], ys[i]);
        }
        context.closePath();
        context.fill();
    }

    @Override
    public void circle(double cx, double cy, double r, boolean doFill, boolean doStroke) {
        context.beginPath();
        context.arc(cx, cy, theme.radius(r), 0, 2 * Math.PI);
        if (doFill) {
            context.fill();
        }
        if (doStroke) {
            context.stroke();
        }
    }

    @Override
    public void text(String s, double x, double y, TextAlign textAlign) {
        if (textAlign != align) {
            align = textAlign;
            context.setTextAlign(
                    textAlign == TextAlign.LEFT ? "left" : textAlign == TextAlign.RIGHT ? "right" : "center");
        }
        context.fillText(s, x, y);
    }
}
