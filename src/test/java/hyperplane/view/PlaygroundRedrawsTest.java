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
    /** A frame's budget, as a fast device has it. */
    private static final double B = FrameBudget.MAX_MS;
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
    void linksAreStrokedOneLayerAFrameWhileTrainingAndAllAtOnceOtherwise() {
        int all = PlaygroundRedraws.ALL_LINKS;
        assertEquals(all, redraws.linksDue(true, null, 3), "the first time");
        assertEquals(1, redraws.linksDue(true, null, 3));
        assertEquals(2, redraws.linksDue(true, null, 3));
        assertEquals(3, redraws.linksDue(true, null, 3));
        assertEquals(1, redraws.linksDue(true, null, 3), "round again");
        assertEquals(all, redraws.linksDue(true, new NodeRef(1, 0), 3), "another neuron ringed");
        assertEquals(1, redraws.linksDue(true, new NodeRef(1, 0), 3), "from the first layer after a full stroke");
        assertEquals(all, redraws.linksDue(false, new NodeRef(1, 0), 3), "paused");
        redraws.forgetLinks();
        assertEquals(all, redraws.linksDue(true, new NodeRef(1, 0), 3), "a new layout");
        assertEquals(1, redraws.linksDue(true, new NodeRef(1, 0), 3));
        assertEquals(all, redraws.linksDue(true, null, 3), "none ringed any more");
        assertEquals(1, redraws.linksDue(true, null, 1));
        assertEquals(1, redraws.linksDue(true, null, 1), "a single layer every frame");
        assertEquals(2, redraws.linksDue(true, null, 2), "a network with another number of layers");
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
    void everyPartIsDrawnInEveryFrameWhenPausedOrWhenTheyFitTheFrame() {
        assertTrue(redraws.plan(false, 0, B));
        assertParts(true, true, true);
        redraws.drawn(PlaygroundRedraws.PLOT, 2);
        redraws.drawn(PlaygroundRedraws.THUMBNAILS, 1);
        redraws.drawn(PlaygroundRedraws.DIAGRAM, 1);
        for (int frame = 0; frame < 5; frame++) {
            assertTrue(redraws.plan(true, 1, B), "fast parts while training: all at once");
            assertParts(true, true, true);
            redraws.drawn(PlaygroundRedraws.PLOT, 2);
            redraws.drawn(PlaygroundRedraws.THUMBNAILS, 1);
            redraws.drawn(PlaygroundRedraws.DIAGRAM, 1);
        }
    }

    @Test
    void slowPartsTakeTurnsWhileTrainingTheLongestWaitingFirst() {
        double slow = B * 0.6;
        assertTrue(redraws.plan(false, 0, B));
        redraws.drawn(PlaygroundRedraws.PLOT, slow);
        redraws.drawn(PlaygroundRedraws.THUMBNAILS, slow);
        redraws.drawn(PlaygroundRedraws.DIAGRAM, slow);
        // Each fits a frame alone, no two together: plot, thumbnails, diagram in turn (ties in that order).
        for (int round = 0; round < 3; round++) {
            for (int part = 0; part < 3; part++) {
                assertFalse(redraws.plan(true, 1, B), "a part waits");
                assertParts(part == 0, part == 1, part == 2);
                redraws.drawn(part, slow);
            }
        }
        // Paused: everything again, at once.
        assertTrue(redraws.plan(false, 0, B));
        assertParts(true, true, true);
    }

    @Test
    void aFrameAddsTheWaitingPartsThatStillFitAfterTheOldest() {
        double budget = B;
        redraws.plan(false, 0, B);
        redraws.drawn(PlaygroundRedraws.PLOT, budget * 0.5);
        redraws.drawn(PlaygroundRedraws.THUMBNAILS, budget * 0.1);
        redraws.drawn(PlaygroundRedraws.DIAGRAM, budget * 0.6);
        // Training took a fifth: plot (oldest by order) + thumbnails fit; the diagram would not.
        assertFalse(redraws.plan(true, budget * 0.2, B));
        assertParts(true, true, false);
        redraws.drawn(PlaygroundRedraws.PLOT, budget * 0.5);
        redraws.drawn(PlaygroundRedraws.THUMBNAILS, budget * 0.1);
        // Now the diagram has waited longest and goes first; the thumbnails fit beside it, the plot does not.
        assertFalse(redraws.plan(true, budget * 0.2, B));
        assertParts(false, true, true);
    }

    @Test
    void aPartSlowerThanTheWholeFrameIsStillDrawnInItsTurn() {
        redraws.plan(false, 0, B);
        redraws.drawn(PlaygroundRedraws.PLOT, 1);
        redraws.drawn(PlaygroundRedraws.THUMBNAILS, 1);
        redraws.drawn(PlaygroundRedraws.DIAGRAM, B * 3);
        boolean diagramSeen = false;
        for (int frame = 0; frame < 3; frame++) {
            redraws.plan(true, B, B); // training alone spent the frame's time
            diagramSeen |= redraws.drawsNow(PlaygroundRedraws.DIAGRAM);
            for (int part = 0; part < 3; part++) {
                if (redraws.drawsNow(part)) {
                    redraws.drawn(part, part == PlaygroundRedraws.DIAGRAM ? B * 3 : 1);
                }
            }
        }
        assertTrue(diagramSeen, "within three frames every part is drawn once");
    }

    private void assertParts(boolean plot, boolean thumbnails, boolean diagram) {
        assertEquals(List.of(plot, thumbnails, diagram), List.of(redraws.drawsNow(PlaygroundRedraws.PLOT),
                redraws.drawsNow(PlaygroundRedraws.THUMBNAILS), redraws.drawsNow(PlaygroundRedraws.DIAGRAM)));
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
