package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.sim.LossHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaygroundRedrawsTest {
    private final PlaygroundRedraws redraws = new PlaygroundRedraws();
    private final Viewport unit = new Viewport(0, 1, 0, 1, 0, 0, 100, 100);
    private final Dataset data = Dataset.of(new double[] {0.2, 0.8}, new double[] {0.3, 0.6},
            new double[] {0, 1}, new boolean[] {true, false});

    @Test
    void plotViewportLeavesRoomForTheAxesLabels() {
        Viewport v = PlaygroundRedraws.plotViewport(DatasetKind.CIRCLE, 400, 300);
        assertEquals(30, v.left());
        assertEquals(8, v.top());
        assertEquals(400 - 30 - 8, v.width());
    }

    @Test
    void overlayIsDrawnAgainOnlyWhenWhatItShowsChanges() {
        assertTrue(redraws.overlayChanged(data, unit, false, -1));
        assertFalse(redraws.overlayChanged(data, unit, false, -1));
        assertTrue(redraws.overlayChanged(data, unit, true, -1));
        assertTrue(redraws.overlayChanged(data, unit, true, 1));
        assertTrue(redraws.overlayChanged(data, new Viewport(0, 1, 0, 1, 0, 0, 100, 100), true, 1));
        assertTrue(redraws.overlayChanged(data.withAllTrain(), unit, true, 1));
    }

    @Test
    void overlayDrawsTestPointsOnlyWhenShownAndRingsTheHighlightedPoint() {
        RecordingCanvas hidden = new RecordingCanvas();
        PlaygroundRedraws.drawOverlay(hidden, unit, data, false, -1, new PointColumns());
        RecordingCanvas shown = new RecordingCanvas();
        PlaygroundRedraws.drawOverlay(shown, unit, data, true, 0, new PointColumns());
        // A training point is two circles (halo and disc), a test point three (halo, ring, hole), the highlight one.
        assertEquals(2, hidden.named("circle").size() - axisCircles(hidden));
        assertEquals(6, shown.named("circle").size() - axisCircles(shown));
    }

    private static long axisCircles(RecordingCanvas canvas) {
        RecordingCanvas axes = new RecordingCanvas();
        Axes.draw(axes, new Viewport(0, 1, 0, 1, 0, 0, 100, 100));
        return axes.named("circle").size();
    }

    @Test
    void inputLabelsStandRightAlignedLeftOfTheInputNodes() {
        NetworkDiagram diagram = new NetworkDiagram(new int[] {2, 3, 1}, 44, 6, 300, 200);
        RecordingCanvas canvas = new RecordingCanvas();
        PlaygroundRedraws.drawInputLabels(canvas, diagram, List.of(Feature.X1, Feature.X2));
        assertEquals(List.of(Feature.X1.label(), Feature.X2.label()), canvas.texts());
        assertEquals("text " + Feature.X1.label() + " " + (diagram.nodeLeft(0) - 5) + " " + diagram.nodeY(0, 0)
                + " RIGHT", canvas.named("text").get(0));
    }

    @Test
    void aSlowDiagramIsDrawnEverySecondFrameWhileTraining() {
        assertTrue(redraws.diagramNow(true));
        redraws.diagramDrawn(PlaygroundRedraws.SLOW_DIAGRAM_MS + 1);
        assertFalse(redraws.diagramNow(true));
        assertTrue(redraws.diagramNow(true));
        assertTrue(redraws.diagramNow(false), "paused: every frame");
        redraws.diagramDrawn(1);
        assertTrue(redraws.diagramNow(true));
        assertTrue(redraws.diagramNow(true));
    }

    @Test
    void theChartFollowsAGrowingHistoryEveryFewFramesWhileTraining() {
        LossHistory history = new LossHistory();
        assertTrue(redraws.chartDue(history, false));
        assertFalse(redraws.chartDue(history, false), "nothing changed");
        history.add(0.5, 0.6);
        assertTrue(redraws.chartDue(history, false));
        history.add(0.4, 0.5);
        for (int f = 1; f < PlaygroundRedraws.CHART_EVERY; f++) {
            assertFalse(redraws.chartDue(history, true));
        }
        assertTrue(redraws.chartDue(history, true));
        redraws.forgetChart();
        assertTrue(redraws.chartDue(history, false), "a resized canvas draws it again");
    }

    @Test
    void aRestartOfEqualSizeIsSeenByItsLastValue() {
        LossHistory history = new LossHistory();
        history.add(0.5, 0.6);
        assertTrue(redraws.chartDue(history, false));
        history.clear();
        history.add(0.7, 0.6);
        assertTrue(redraws.chartDue(history, false));
    }
}
