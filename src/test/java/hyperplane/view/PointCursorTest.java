package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PointCursorTest {
    private final Viewport view = new Viewport(-5, 5, -5, 5, 0, 0, 100, 100);

    @Test
    void startsInTheMiddleAndShowsOnlyWhileFocused() {
        PointCursor cursor = new PointCursor();
        assertTrue(Double.isNaN(cursor.shownX()));
        cursor.focus(view);
        assertEquals(0, cursor.shownX());
        assertEquals(0, cursor.shownY());
        cursor.setShown(false);
        assertTrue(Double.isNaN(cursor.shownX()));
        assertEquals(0, cursor.x(), "it keeps its place");
    }

    @Test
    void arrowsMoveAFiftiethOrWithShiftATenthAndStayInside() {
        PointCursor cursor = new PointCursor();
        cursor.focus(view);
        assertTrue(cursor.move("ArrowRight", false, view));
        assertEquals(0.2, cursor.x(), 1e-12);
        assertTrue(cursor.move("ArrowUp", true, view));
        assertEquals(1, cursor.y(), 1e-12, "up is +y");
        for (int i = 0; i < 20; i++) {
            cursor.move("ArrowLeft", true, view);
        }
        assertEquals(-5, cursor.x());
        assertFalse(cursor.move("Enter", false, view));
    }
}
