package hyperplane.view;

/**
 * The keyboard cursor of a point canvas, in data coordinates: it starts in the middle of the viewport, an
 * arrow key moves it a fiftieth of the x range (shift: a tenth), and it never leaves the data rectangle. It is
 * shown only while the canvas has the keyboard's focus, so that a mouse user never sees it.
 */
public final class PointCursor {
    private double x = Double.NaN;
    private double y = Double.NaN;
    private boolean shown;

    /** The canvas got the focus: the cursor shows, in the middle of {@code v} the first time. */
    public void focus(Viewport v) {
        shown = true;
        if (x != x) {
            x = (v.xMin() + v.xMax()) / 2;
            y = (v.yMin() + v.yMax()) / 2;
        }
    }

    /** Shows or hides the cursor (the canvas lost the focus, a pointer press, a key). */
    public void setShown(boolean value) {
        shown = value;
    }

    /**
     * Moves the cursor for {@code key} ("ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"; y is up).
     *
     * @return whether the key was an arrow key
     */
    public boolean move(String key, boolean shift, Viewport v) {
        double step = (v.xMax() - v.xMin()) / (shift ? 10 : 50);
        switch (key) {
            case "ArrowLeft" -> x = PointEdits.clamp(x - step, v.xMin(), v.xMax());
            case "ArrowRight" -> x = PointEdits.clamp(x + step, v.xMin(), v.xMax());
            case "ArrowUp" -> y = PointEdits.clamp(y + step, v.yMin(), v.yMax());
            case "ArrowDown" -> y = PointEdits.clamp(y - step, v.yMin(), v.yMax());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The cursor's x, whether shown or not (NaN before the canvas was first focused). */
    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    /** The cursor's x when it is shown, else NaN (the renderer draws no cursor then). */
    public double shownX() {
        return shown ? x : Double.NaN;
    }

    public double shownY() {
        return shown ? y : Double.NaN;
    }
}
