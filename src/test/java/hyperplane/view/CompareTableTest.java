package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.sim.Comparison;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.CompareSettings;
import hyperplane.state.PlaygroundConfig;
import java.util.ArrayList;
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

    /** A run whose weights were edited by hand says so in words, not with the link's base64 of its weights. */
    @Test
    void aRunsOwnStartingWeightsAreARowInWords() {
        Comparison c = of(PlaygroundConfig.defaults(), List.of(Map.of("lr", "0.3"), Map.of()));
        c.run(1).setBias(1, 0, 2);
        c.startsChanged();
        List<String[]> rows = CompareTable.differences(c);
        assertArrayEquals(new String[] {"Learning rate", "0.03", "0.3", "0.03"}, rows.get(0));
        assertArrayEquals(new String[] {"Starting weights", "the seed's", "its own", "the seed's"}, rows.get(1));
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
        LineChart chart = LossChart.create(440, 240);
        RecordingCanvas canvas = drawn(chart, trained(List.of(Map.of("loss", "mse"), Map.of())));
        assertEquals(List.of("#0072B2 solid", "#D55E00 solid", "#009E73 solid", "#0072B2 dashed", "#D55E00 dashed",
                "#009E73 dashed"), lines(canvas, chart.mainPanel()),
                "training losses solid, test losses dashed, in the runs' colours");
        assertTrue(canvas.calls.contains("setStroke #D55E00 2.0"), "run B in its legend colour");
        assertEquals("#d55e00", CompareTable.css(1));
    }

    /**
     * Cross-entropy against squared error: their losses are not on one scale, so each run's legend entry names its
     * loss, and the panel under the losses shows each run's share classified right, training solid and test dashed,
     * in the run's colour. A regression comparison has no such panel, and runs of one loss keep their bare letters.
     */
    @Test
    void runsOfDifferentLossesAreComparedByTheirSharesRight() {
        LineChart chart = LossChart.create(440, 240);
        RecordingCanvas canvas = drawn(chart, trained(List.of(Map.of("loss", "mse"))));
        assertTrue(canvas.texts().contains("A:"), canvas.texts().toString());
        assertTrue(String.join(" ", canvas.named("text")).contains("B: mean squared error"), canvas.texts().toString());
        double[] panel = chart.sharePanel();
        assertNotNull(panel, "a panel of shares");
        assertEquals(List.of("#0072B2 solid", "#0072B2 dashed", "#D55E00 solid", "#D55E00 dashed"),
                lines(canvas, panel));

        Comparison same = of(PlaygroundConfig.defaults(), List.of(Map.of("lr", "0.3")));
        CompareTable.chart(chart, same, true);
        RecordingCanvas sameCanvas = new RecordingCanvas();
        chart.draw(sameCanvas);
        assertTrue(sameCanvas.texts().containsAll(List.of("A", "B")), sameCanvas.texts().toString());

        Comparison regression = of(PlaygroundConfig.defaults().withProblem(ProblemType.REGRESSION),
                List.of(Map.of("lr", "0.3")));
        regression.step();
        CompareTable.chart(chart, regression, true);
        chart.draw(new RecordingCanvas());
        assertNull(chart.sharePanel(), "a regression has no shares");
    }

    /** A comparison of the default settings and {@code runs}, trained five epochs (so its lines have points). */
    private static Comparison trained(List<Map<String, String>> runs) {
        Comparison c = of(PlaygroundConfig.defaults(), runs);
        for (int i = 0; i < 5; i++) {
            c.step();
        }
        return c;
    }

    /** {@code chart} showing {@code c} with test losses, drawn onto a new recording canvas. */
    private static RecordingCanvas drawn(LineChart chart, Comparison c) {
        CompareTable.chart(chart, c, true);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        return canvas;
    }

    /** Each line drawn within the panel (left, top, right, bottom): its colour and whether it was dashed. */
    private static List<String> lines(RecordingCanvas canvas, double[] panel) {
        List<String> found = new ArrayList<>();
        String stroke = "";
        boolean dashed = false;
        for (String call : canvas.calls) {
            String[] parts = call.split(" ");
            if (parts[0].equals("setStroke")) {
                stroke = parts[1];
            } else if (parts[0].equals("setDash")) {
                dashed = Double.parseDouble(parts[1]) > 0;
            } else if (parts[0].equals("polyline")) {
                boolean inside = parts.length > 2;
                for (int i = 2; i < parts.length; i++) {
                    double y = Double.parseDouble(parts[i].split(",")[1]);
                    inside &= y >= panel[1] - 1e-9 && y <= panel[3] + 1e-9;
                }
                if (inside) {
                    found.add(stroke + (dashed ? " dashed" : " solid"));
                }
            }
        }
        return found;
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
