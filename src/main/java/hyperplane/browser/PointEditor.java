package hyperplane.browser;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import hyperplane.view.PointCursor;
import hyperplane.view.PointEdits;
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
 *   <li>Click or tap adds a point of the selected class; shift-click adds the next class (the other of two).</li>
 *   <li>Pressing on a point and moving drags it; right-click, a long press, or a click in erase mode
 *       removes the nearest point.</li>
 *   <li>On the focused canvas the arrow keys move a cursor (shift: ten times further), Enter or Space adds
 *       a point there, Delete or Backspace removes the point nearest the cursor, a digit 0 … K − 1 picks the class
 *       (the class buttons shown are the K offered).</li>
 * </ul>
 * Every change hands a new {@link Dataset} to the listener; hand-placed points are training points. What a
 * press hits and what an edit makes of the points are {@link PointEdits}'s decisions, the cursor is a
 * {@link PointCursor}; this class reads the pointer, the keys and the class radios, and keeps the timers.
 */
final class PointEditor {
    private static final int LONG_PRESS_MS = 550;

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
    private final PointCursor cursor = new PointCursor();

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
            cursor.focus(viewport.get());
            redraw.run();
        });
        Dom.on(canvas, "blur", e -> {
            cursor.setShown(false);
            redraw.run();
        });
        Dom.on(Dom.byId(ids + "clear-points"), "click", e -> {
            undo.run("All points removed.", () -> listener.accept(Dataset.empty()));
            Notices.announce("All points removed.");
        });
    }

    /** The keyboard cursor's x in data coordinates, NaN when the canvas is not focused. */
    double cursorX() {
        return cursor.shownX();
    }

    double cursorY() {
        return cursor.shownY();
    }

    /** The point being dragged, or -1. */
    int dragging() {
        return dragging;
    }

    /** Class button c of this editor, or null when there is none or it is not offered now (hidden, disabled). */
    private HTMLInputElement classButton(int c) {
        HTMLInputElement radio = (HTMLInputElement) Dom.document().getElementById(ids + "class-" + c);
        return radio == null || radio.isDisabled() ? null : radio;
    }

    private int selectedClass() {
        for (int c = 0; classButton(c) != null; c++) {
            if (classButton(c).isChecked()) {
                return c;
            }
        }
        return 0;
    }

    /** The number of classes offered: the class buttons 0, 1, … that are shown. */
    private int classes() {
        int k = 0;
        while (classButton(k) != null) {
            k++;
        }
        return Math.max(2, k);
    }

    private boolean eraseMode() {
        return ((HTMLInputElement) Dom.byId(ids + "mode-erase")).isChecked();
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
        cursor.setShown(false);
        int hit = PointEdits.nearest(points.get(), v, px, py, PointEdits.PICK_PIXELS);
        if (mouse.getButton() == 2 || eraseMode()) {
            remove(hit);
            return;
        }
        downX = px;
        downY = py;
        moved = false;
        Dom.capturePointer(canvas, Dom.pointerId(event));
        if (hit >= 0) {
            dragging = hit;
            if (!Dom.pointerType(event).equals("mouse")) {
                longPressTimer = Window.setTimeout(() -> {
                    longPressTimer = -1;
                    if (!moved && dragging >= 0) {
                        int index = dragging;
                        dragging = -1;
                        remove(index);
                    }
                }, LONG_PRESS_MS);
            }
        } else {
            int c = mouse.getShiftKey() ? PointEdits.otherClass(selectedClass(), classes()) : selectedClass();
            add(v.toDataX(px), v.toDataY(py), c);
        }
    }

    private void pointerMove(Event event) {
        if (dragging < 0) {
            return;
        }
        double px = Dom.eventX(canvas, event);
        double py = Dom.eventY(canvas, event);
        if (!moved && !PointEdits.dragStarted(downX, downY, px, py)) {
            return;
        }
        moved = true;
        cancelLongPress();
        listener.accept(PointEdits.dragTo(points.get(), dragging, viewport.get(), px, py));
    }

    private void pointerUp(Event event) {
        if (dragging >= 0 && moved) {
            Notices.announce(PointEdits.moved(points.get(), dragging));
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

    private void add(double x, double y, int c) {
        take(PointEdits.add(points.get(), x, y, c, problem.get()));
    }

    private void remove(int index) {
        take(PointEdits.remove(points.get(), index));
    }

    private void take(PointEdits.Edit edit) {
        if (!edit.notice().isEmpty()) {
            Notices.show(edit.notice());
        }
        if (edit.points() != null) {
            listener.accept(edit.points());
        }
        if (!edit.announcement().isEmpty()) {
            Notices.announce(edit.announcement());
        }
    }

    /** Picks class {@code c} for new points if its button is offered; false (the key is not ours) if not. */
    private boolean pickClass(int c) {
        HTMLInputElement radio = classButton(c);
        if (radio == null) {
            return false;
        }
        radio.setChecked(true);
        Notices.announce(PointEdits.classPicked(c));
        return true;
    }

    private void keyDown(KeyboardEvent event) {
        Viewport v = viewport.get();
        String key = event.getKey();
        boolean handled = true;
        switch (key) {
            case "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown" -> cursor.move(key, event.isShiftKey(), v);
            case "Enter", " " -> add(cursor.x(), cursor.y(), selectedClass());
            case "Delete", "Backspace" -> {
                int hit = PointEdits.nearest(points.get(), v, v.toPixelX(cursor.x()), v.toPixelY(cursor.y()),
                        3 * PointEdits.PICK_PIXELS);
                if (hit < 0) {
                    Notices.announce("No point near the cursor.");
                }
                remove(hit);
            }
            case "0", "1", "2", "3", "4", "5" -> handled = pickClass(key.charAt(0) - '0');
            default -> handled = false;
        }
        if (handled) {
            event.preventDefault();
            cursor.setShown(true);
            if (key.startsWith("Arrow")) {
                Notices.announce("Cursor at " + PointEdits.where(cursor.x(), cursor.y()) + ".");
            }
            redraw.run();
        }
    }
}
