package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.DatasetKind;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import org.junit.jupiter.api.Test;

class LossChartTest {
    private static RecordingCanvas drawn(PlaygroundConfig config, int epochs) {
        PlaygroundSession session = new PlaygroundSession(config);
        session.trainEpochs(epochs);
        LineChart chart = LossChart.create(440, 200);
        LossChart.show(chart, session.history(), config.problem() == hyperplane.data.ProblemType.CLASSIFICATION,
                Theme.LIGHT);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        return canvas;
    }

    @Test
    void classificationShowsTheShareClassifiedRightUnderTheLosses() {
        RecordingCanvas canvas = drawn(PlaygroundConfig.defaults(), 150);
        assertEquals(4, canvas.named("polyline").size(), "training and test loss, training and test share");
        String text = String.join("|", canvas.named("text"));
        assertTrue(text.contains("% classified right"), text);
        assertTrue(text.contains("100%"), text);
        assertTrue(text.contains("loss (log scale)"), "the loss fell more than tenfold: " + text);
    }

    @Test
    void regressionShowsOnlyTheLosses() {
        RecordingCanvas canvas = drawn(PlaygroundConfig.defaults().withDataset(DatasetKind.PLANE), 20);
        assertEquals(2, canvas.named("polyline").size());
        assertTrue(!String.join("|", canvas.named("text")).contains("%"));
    }

    @Test
    void theSharePanelComesAndGoesWithTheProblem() {
        PlaygroundSession session = new PlaygroundSession(PlaygroundConfig.defaults());
        session.trainEpochs(3);
        LineChart chart = LossChart.create(440, 200);
        LossChart.show(chart, session.history(), true, Theme.LIGHT);
        chart.draw(new RecordingCanvas());
        assertNotNull(chart.sharePanel());
        LossChart.show(chart, session.history(), false, Theme.LIGHT);
        chart.draw(new RecordingCanvas());
        assertNull(chart.sharePanel());
    }
}
