package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import hyperplane.state.PlaygroundConfig;
import org.junit.jupiter.api.Test;

class PointEditsTest {
    /** 10 pixels per data unit, x from −6 at pixel 0, y from 6 at pixel 0. */
    private final Viewport view = new Viewport(-6, 6, -6, 6, 0, 0, 120, 120);
    private final Dataset two = Dataset.empty().withPoint(0, 0, 1, true).withPoint(1, 0, 0, true);

    @Test
    void aPressHitsTheNearestPointWithinReach() {
        assertEquals(0, PointEdits.nearest(two, view, 62, 60, 10));
        assertEquals(1, PointEdits.nearest(two, view, 69, 60, 10));
        assertEquals(1, PointEdits.nearest(two, view, 65, 60, 10), "a tie goes to the later point, drawn on top");
        assertEquals(-1, PointEdits.nearest(two, view, 60, 80, 10), "20 pixels away is out of reach");
        assertEquals(-1, PointEdits.nearest(Dataset.empty(), view, 60, 60, 10));
    }

    @Test
    void newPointsGetClassesOrRegressionTargets() {
        assertEquals(1, PointEdits.labelFor(ProblemType.CLASSIFICATION, 1));
        assertEquals(0, PointEdits.labelFor(ProblemType.CLASSIFICATION, 0));
        assertEquals(-1, PointEdits.labelFor(ProblemType.REGRESSION, 0));
        PointEdits.Edit added = PointEdits.add(two, 2, -1.5, 0, ProblemType.CLASSIFICATION);
        assertEquals(3, added.points().size());
        assertTrue(added.points().isTrain(2), "hand-placed points are training points");
        assertEquals("Added an orange point at (2.00, -1.50); 3 points.", added.announcement());
        assertEquals("", added.notice());
    }

    @Test
    void aFullCanvasRefusesAnotherPoint() {
        Dataset full = Dataset.empty();
        for (int i = 0; i < PlaygroundConfig.MAX_POINTS; i++) {
            full = full.withPoint(0, 0, 0, true);
        }
        PointEdits.Edit refused = PointEdits.add(full, 1, 1, 1, ProblemType.CLASSIFICATION);
        assertNull(refused.points());
        assertEquals("There are already " + PlaygroundConfig.MAX_POINTS + " points, the most the playground takes.",
                refused.notice());
    }

    @Test
    void removingNothingChangesNothing() {
        PointEdits.Edit none = PointEdits.remove(two, -1);
        assertNull(none.points());
        assertEquals("", none.announcement());
        PointEdits.Edit removed = PointEdits.remove(two, 1);
        assertEquals(1, removed.points().size());
        assertEquals("Removed the point at (1.00, 0.00); 1 points.", removed.announcement());
    }

    @Test
    void aDragStartsAfterFourPixelsAndStaysInside() {
        assertFalse(PointEdits.dragStarted(10, 10, 12, 12));
        assertTrue(PointEdits.dragStarted(10, 10, 14, 10));
        Dataset dragged = PointEdits.dragTo(two, 0, view, 500, -30);
        assertEquals(6, dragged.x1(0));
        assertEquals(6, dragged.x2(0));
        assertEquals("Moved the point to (6.00, 6.00).", PointEdits.moved(dragged, 0));
    }

    @Test
    void classesBeyondTwoAreNamedByColour() {
        Dataset none = Dataset.empty();
        assertEquals("Added a green point at (1.00, 1.00); 1 points.",
                PointEdits.add(none, 1, 1, 2, ProblemType.CLASSIFICATION).announcement());
        assertEquals(5, PointEdits.add(none, 1, 1, 5, ProblemType.CLASSIFICATION).points().label(0), 0);
        assertEquals("Added a blue point at (1.00, 1.00); 1 points.",
                PointEdits.add(none, 1, 1, 1, ProblemType.REGRESSION).announcement());
        assertEquals(1, PointEdits.otherClass(0, 2));
        assertEquals(0, PointEdits.otherClass(1, 2));
        assertEquals(3, PointEdits.otherClass(2, 4));
        assertEquals(0, PointEdits.otherClass(5, 6));
        assertEquals("New points are blue.", PointEdits.classPicked(1));
        assertEquals("New points are sky blue, class 5.", PointEdits.classPicked(5));
    }
}
