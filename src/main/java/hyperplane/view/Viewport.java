package hyperplane.view;

/**
 * Maps a data rectangle [xMin, xMax] × [yMin, yMax] onto a pixel rectangle, with y up in data and down in pixels.
 *
 * <p>px = left + (x − xMin) · width / (xMax − xMin) and py = top + (yMax − y) · height / (yMax − yMin);
 * {@link #toDataX(double)} and {@link #toDataY(double)} invert them. Immutable. NaN in gives NaN out; points
 * outside the data rectangle map outside the pixel rectangle (no clamping).
 */
public final class Viewport {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final double left;
    private final double top;
    private final double width;
    private final double height;
    /** Pixels per data unit along x and along y. */
    private final double scaleX;
    private final double scaleY;

    /**
     * @throws IllegalArgumentException if a bound is not finite, a data range is empty (min ≥ max), or the pixel
     *     width or height is not &gt; 0
     */
    public Viewport(double xMin, double xMax, double yMin, double yMax,
                    double left, double top, double width, double height) {
        requireRange("x", xMin, xMax);
        requireRange("y", yMin, yMax);
        if (!Double.isFinite(left) || !Double.isFinite(top)) {
            throw new IllegalArgumentException("pixel origin (" + left + ", " + top + ") must be finite");
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("width (" + width + ") must be finite and > 0");
        }
        if (!(height > 0) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("height (" + height + ") must be finite and > 0");
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.scaleX = width / (xMax - xMin);
        this.scaleY = height / (yMax - yMin);
        if (!Double.isFinite(scaleX) || !Double.isFinite(scaleY) || !(scaleX > 0) || !(scaleY > 0)) {
            throw new IllegalArgumentException("data rectangle [" + xMin + ", " + xMax + "] x [" + yMin + ", "
                    + yMax + "] cannot be mapped onto " + width + " x " + height + " pixels");
        }
    }

    private static void requireRange(String axis, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(axis + " range [" + min + ", " + max + "] must be finite");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException(axis + " range [" + min + ", " + max + "] must have min < max");
        }
    }

    /** The pixel x of data x. */
    public double toPixelX(double x) {
        return left + (x - xMin) * scaleX;
    }

    /** The pixel y of data y (larger data y is higher on screen, so a smaller pixel y). */
    public double toPixelY(double y) {
        return top + (yMax - y) * scaleY;
    }

    /** The data x at pixel x. */
    public double toDataX(double px) {
        return xMin + (px - left) / scaleX;
    }

    /** The data y at pixel y. */
    public double toDataY(double py) {
        return yMax - (py - top) / scaleY;
    }

    /** Pixels per data unit along x. */
    public double scaleX() {
        return scaleX;
    }

    /** Pixels per data unit along y. */
    public double scaleY() {
        return scaleY;
    }

    /** True if the data point lies in the closed data rectangle; false for NaN. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The pixel x of the right edge, left + width. */
    public double right() {
        return left + width;
    }

    /** The pixel y of the bottom edge, top + height. */
    public double bottom() {
        return top + height;
    }
}
