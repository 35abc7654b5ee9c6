package hyperplane.browser;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.Format;
import hyperplane.view.Viewport;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Placing points by hand on the main canvas, with a mouse, a finger or the keyboard.
 *
 * <ul>
 *   <li>Click or tap adds a point of the selected class; shift-click adds the other class.</li>
 *   <li>Pressing on a point and moving drags it; right-click, a long press, or a click in erase mode
 *       removes the nearest point.</li>
 *   <li>On the focused canvas the arrow keys move a cursor (shift: ten times further), Enter or Space adds
 *       a point there, Delete or Backspace removes the point nearest the cursor, 0 and 1 pick the class.</li>
 * </ul>
 * Every change hands a new {@link Dataset} to the listener; hand-placed points are training points.
 */
final class PointEditor {
    private static final double PICK_PIXELS = 10;
    private static final int LONG_PRESS_MS = 550;
    private static final double DRAG_START_PIXELS = 4;

    private final HTMLCanvasElement canvas;
    private final Supplier<Dataset> points;
    private final Supplier<Viewport> viewport;
    private final Supplier<ProblemType> problem;
    private final Consumer<Dataset> listener;
    private final Runnable redraw;
    /** Prefix of the ids of this editor's own controls ("" for the playground's, "p-" for the perceptron's). */
    private final String ids;
    /** Makes "clear all points" undoable. */
    private final Undo undo;

    private int dragging = -1;
    private boolean moved;
    private double downX;
    private double downY;
    private int longPressTimer = -1;
    private boolean longPressFired;
    private double cursorX = Double.NaN;
    private double cursorY = Double.NaN;
    private boolean focused;

    PointEditor(HTMLCanvasElement canvas, Supplier<Dataset> points, Supplier<Viewport> viewport,
                Supplier<ProblemType> problem, Consumer<Dataset> listener, Runnable redraw, Undo undo) {
        this("", canvas, points, viewport, problem, listener, redraw, undo);
    }

    /**
     * An editor whose class radios, erase mode and clear button have the ids {@code ids + "class-0"},
     * {@code ids + "class-1"}, {@code ids + "mode-erase"} and {@code ids + "clear-points"}.
     */
    PointEditor(String ids, HTMLCanvasElement canvas, Supplier<Dataset> points, Supplier<Viewport> viewport,
                Supplier<ProblemType> problem, Consumer<Dataset> listener, Runnable redraw, Undo undo) {
        this.ids = ids;
        this.undo = undo;
        this.canvas = canvas;
        this.points = points;
        this.viewport = viewport;
        this.problem = problem;
        this.listener = listener;
        this.redraw = redraw;
        Dom.on(canvas, "pointerdown", this::pointerDown);
        Dom.on(canvas, "pointermove", this::pointerMove);
        Dom.on(canvas, "pointerup", this::pointerUp);
        Dom.on(canvas, "pointercancel", e -> endGesture());
        Dom.on(canvas, "contextmenu", Event::preventDefault);
        canvas.addEventListener("keydown", (KeyboardEvent e) -> keyDown(e));
        Dom.on(canvas, "focus", e -> {
            focused = true;
            if (cursorX != cursorX) {
                Viewport v = viewport.get();
                cursorX = (v.xMin() + v.xMax()) / 2;
                cursorY = (v.yMin() + v.yMax()) / 2;
            }
            redraw.run();
        });
        Dom.on(canvas, "blur", e -> {
            focused = false;
            redraw.run();
        });
        Dom.on(Dom.byId(ids + "clear-points"), "click", e -> {
            undo.run("All points removed.", () -> listener.accept(Dataset.empty()));
            Notices.announce("All points removed.");
        });
    }

    /** The keyboard cursor's x in data coordinates, NaN when the canvas is not focused. */
    double cursorX() {
        return focused ? cursorX : Double.NaN;
    }

    double cursorY() {
        return focused ? cursorY : Double.NaN;
    }

    /** The point being dragged, or -1. */
    int dragging() {
        return dragging;
    }

    private int selectedClass() {
        return ((HTMLInputElement) Dom.byId(ids + "class-1")).isChecked() ? 1 : 0;
    }

    private boolean eraseMode() {
        return ((HTMLInputElement) Dom.byId(ids + "mode-erase")).isChecked();
    }

    /** The label a new point of class c gets: 0/1 for classification, −1/+1 for regression targets. */
    private double labelFor(int c) {
        return problem.get() == ProblemType.REGRESSION ? (c == 1 ? 1 : -1) : c;
    }

    private int nearest(double px, double py, double maxPixels) {
        Dataset data = points.get();
        Viewport v = viewport.get();
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

    private void pointerDown(Event event) {
        MouseEvent mouse = (MouseEvent) event;
        double px = Dom.eventX(canvas, event);
        double py = Dom.eventY(canvas, event);
        Viewport v = viewport.get();
        if (!v.contains(v.toDataX(px), v.toDataY(py))) {
            return;
        }
        event.preventDefault();
        canvas.focus();
        focused = false;
        int hit = nearest(px, py, PICK_PIXELS);
        if (mouse.getButton() == 2 || eraseMode()) {
            remove(hit);
            return;
        }
        downX = px;
        downY = py;
        moved = false;
        longPressFired = false;
        Dom.capturePointer(canvas, Dom.pointerId(event));
        if (hit >= 0) {
            dragging = hit;
            if (!Dom.pointerType(event).equals("mouse")) {
                longPressTimer = Window.setTimeout(() -> {
                    longPressTimer = -1;
                    if (!moved && dragging >= 0) {
                        longPressFired = true;
                        int index = dragging;
                        dragging = -1;
                        remove(index);
                    }
                }, LONG_PRESS_MS);
            }
        } else {
            int c = mouse.getShiftKey() ? 1 - selectedClass() : selectedClass();
            add(v.toDataX(px), v.toDataY(py), c);
        }
    }

    private void pointerMove(Event event) {
        if (dragging < 0) {
            return;
        }
        double px = Dom.eventX(canvas, event);
        double py = Dom.eventY(canvas, event);
        if (!moved && Math.hypot(px - downX, py - downY) < DRAG_START_PIXELS) {
            return;
        }
        moved = true;
        cancelLongPress();
        Viewport v = viewport.get();
        double x = clamp(v.toDataX(px), v.xMin(), v.xMax());
        double y = clamp(v.toDataY(py), v.yMin(), v.yMax());
        listener.accept(points.get().withMovedPoint(dragging, x, y));
    }

    private void pointerUp(Event event) {
        if (dragging >= 0 && moved) {
            Dataset data = points.get();
            Notices.announce("Moved the point to " + where(data.x1(dragging), data.x2(dragging)) + ".");
        }
        endGesture();
    }

    private void endGesture() {
        cancelLongPress();
        dragging = -1;
        redraw.run();
    }

    private void cancelLongPress() {
        if (longPressTimer >= 0) {
            Window.clearTimeout(longPressTimer);
            longPressTimer = -1;
        }
    }

    private static double clamp(double v, double min, double max) {
        return v < min ? min : v > max ? max : v;
    }

    private void add(double x, double y, int c) {
        Dataset data = points.get();
        if (data.size() >= PlaygroundConfig.MAX_POINTS) {
            Notices.show("There are already " + data.size() + " points, the most the playground takes.");
            return;
        }
        listener.accept(data.withPoint(x, y, labelFor(c), true));
        Notices.announce("Added " + (c == 1 ? "a blue" : "an orange") + " point at " + where(x, y) + "; "
                + (data.size() + 1) + " points.");
    }

    private void remove(int index) {
        if (index < 0) {
            return;
        }
        Dataset data = points.get();
        String at = where(data.x1(index), data.x2(index));
        listener.accept(data.withoutPoint(index));
        Notices.announce("Removed the point at " + at + "; " + (data.size() - 1) + " points.");
    }

    private static String where(double x, double y) {
        return "(" + Format.fixed(x, 2) + ", " + Format.fixed(y, 2) + ")";
    }

    private void keyDown(KeyboardEvent event) {
        Viewport v = viewport.get();
        double step = (v.xMax() - v.xMin()) / (event.isShiftKey() ? 10 : 50);
        String key = event.getKey();
        boolean handled = true;
        switch (key) {
            case "ArrowLeft" -> cursorX = clamp(cursorX - step, v.xMin(), v.xMax());
            case "ArrowRight" -> cursorX = clamp(cursorX + step, v.xMin(), v.xMax());
            case "ArrowUp" -> cursorY = clamp(cursorY + step, v.yMin(), v.yMax());
            case "ArrowDown" -> cursorY = clamp(cursorY - step, v.yMin(), v.yMax());
            case "Enter", " " -> add(cursorX, cursorY, selectedClass());
            case "Delete", "Backspace" -> {
                int hit = nearest(v.toPixelX(cursorX), v.toPixelY(cursorY), 3 * PICK_PIXELS);
                if (hit < 0) {
                    Notices.announce("No point near the cursor.");
                }
                remove(hit);
            }
            case "0", "1" -> {
                ((HTMLInputElement) Dom.byId(ids + (key.equals("1") ? "class-1" : "class-0"))).setChecked(true);
                Notices.announce(key.equals("1") ? "New points are blue." : "New points are orange.");
            }
            default -> handled = false;
        }
        if (handled) {
            event.preventDefault();
            focused = true;
            if (key.startsWith("Arrow")) {
                Notices.announce("Cursor at " + where(cursorX, cursorY) + ".");
            }
            redraw.run();
        }
    }
}
