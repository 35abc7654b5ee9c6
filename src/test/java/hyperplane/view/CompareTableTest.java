package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.DatasetKind;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.sim.Comparison;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.CompareSettings;
import hyperplane.state.PlaygroundConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareTableTest {
    private static Comparison of(PlaygroundConfig a, List<Map<String, String>> runs) {
        Comparison c = new Comparison(new PlaygroundSession(a));
        c.restore(new CompareSettings(runs));
        return c;
    }

    @Test
    void listsOnlyTheSettingsThatDiffer() {
        Comparison c = of(PlaygroundConfig.defaults(), List.of(Map.of("loss", "mse"), Map.of("lr", "0.3")));
        List<String[]> rows = CompareTable.differences(c);
        assertEquals(2, rows.size());
        assertArrayEquals(new String[] {"Loss", "cross-entropy", "squared error", "cross-entropy"}, rows.get(0));
        assertArrayEquals(new String[] {"Learning rate", "0.03", "0.03", "0.3"}, rows.get(1));
    }

    @Test
    void anIdenticalRunSaysSoAndASingleRunHasNoTable() {
        assertArrayEquals(new String[] {CompareTable.SAME_AS_A},
                CompareTable.differences(of(PlaygroundConfig.defaults(), List.of(Map.of()))).get(0));
        assertEquals(List.of(), CompareTable.differences(of(PlaygroundConfig.defaults(), List.of())));
    }

    @Test
    void captionsGiveTheLossTheShareRightOrWhereARunDiverged() {
        Comparison c = of(PlaygroundConfig.defaults().withDataset(DatasetKind.PLANE).withActivation(Activation.RELU),
                List.of(Map.of("lr", "100")));
        assertTrue(CompareTable.caption(c.run(0)).matches("loss \\d+\\.\\d{3}"), CompareTable.caption(c.run(0)));
        for (int i = 0; i < 30 && !c.run(1).diverged(); i++) {
            c.step();
        }
        assertTrue(CompareTable.caption(c.run(1)).startsWith("diverged at epoch "), CompareTable.caption(c.run(1)));
        Comparison classes = of(PlaygroundConfig.defaults(), List.of(Map.of()));
        assertTrue(CompareTable.caption(classes.run(1)).endsWith(" % right"), CompareTable.caption(classes.run(1)));
    }

    @Test
    void theChartDrawsEveryRunAndItsDashedTestLoss() {
        Comparison c = of(PlaygroundConfig.defaults(), List.of(Map.of("loss", "mse"), Map.of()));
        c.step();
        LineChart chart = LossChart.create(440, 240);
        CompareTable.chart(chart, c, true);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertTrue(canvas.calls.contains("setDash 6.0 4.0"), "test losses dashed");
        assertTrue(canvas.calls.contains("setStroke #D55E00 2.0"), "run B in its colour");
        assertEquals("#d55e00", CompareTable.css(1));
    }

    @Test
    void shortcutsSetUpTheClassicComparisons() {
        PlaygroundConfig a = PlaygroundConfig.defaults().withOutput(Activation.TANH).withActivation(Activation.RELU);
        CompareShortcuts.Setup losses = CompareShortcuts.losses(a);
        assertEquals(Activation.SIGMOID, losses.a().output());
        assertEquals(Loss.CROSS_ENTROPY, losses.a().loss());
        assertEquals(List.of(Map.of("loss", "mse")), losses.runs());
        assertNull(CompareShortcuts.losses(PlaygroundConfig.defaults().withDataset(DatasetKind.PLANE)));
        assertEquals(List.of(Map.of("lr", "0.003"), Map.of("lr", "0.3")),
                CompareShortcuts.learningRates(PlaygroundConfig.defaults()).runs());
        CompareShortcuts.Setup acts = CompareShortcuts.activations(a);
        assertEquals(Activation.TANH, acts.a().activation());
        assertEquals(List.of(Map.of("act", "relu"), Map.of("act", "sigmoid")), acts.runs());
    }
}
