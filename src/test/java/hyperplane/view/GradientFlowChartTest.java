package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.GradientHistory;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.HashCodec;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GradientFlowChartTest {
    @Test
    void oneLinePerLayerOnALogarithmicAxisWithALegend() {
        PlaygroundSession session = new PlaygroundSession(HashCodec.decode("#v=1&act=sigmoid&hidden=8,8,8,8,8,8")
                .state().playground());
        session.trainEpochs(150);
        LineChart chart = GradientFlowChart.create(300, 240);
        GradientFlowChart.show(chart, session.gradients(), Theme.LIGHT);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertTrue(chart.logValues());
        assertTrue(chart.logEpochs(), "150 epochs: the loss chart's logarithmic epoch axis");
        assertTrue(canvas.texts().contains("output"), canvas.texts().toString());
        assertTrue(chart.legendBounds() != null);
        // The lines part: the first layer's gradient lies decades below the output layer's.
        assertTrue(chart.yHigh() / chart.yLow() >= 1e4, chart.yLow() + " … " + chart.yHigh());
        String summary = GradientFlowChart.summary(session.gradients());
        assertTrue(summary.startsWith("Epoch 150, mean |∂C/∂w| per layer: layer 1 "), summary);
        assertTrue(summary.contains("times smaller than the output layer's"), summary);
    }

    @Test
    void nineLayersGetNineDistinctColoursInEachTheme() {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK, Theme.PROJECTOR}) {
            Set<Integer> colours = new HashSet<>();
            for (int l = 1; l <= GradientFlowChart.LAYERS; l++) {
                colours.add(GradientFlowChart.color(l, theme));
                assertNotEquals(theme.paper(), GradientFlowChart.color(l, theme));
            }
            assertEquals(GradientFlowChart.LAYERS, colours.size(), theme.name());
        }
        assertEquals("layer 3", GradientFlowChart.name(3, 7));
        assertEquals("output", GradientFlowChart.name(7, 7));
    }

    @Test
    void beforeAnyEpochTheSummarySaysTheChartIsEmpty() {
        GradientHistory history = new GradientHistory();
        history.clear(3);
        assertEquals("The gradient-flow chart is empty until the network has trained an epoch.",
                GradientFlowChart.summary(history));
    }
}
