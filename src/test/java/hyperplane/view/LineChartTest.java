package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {
    private static final String THIN = "\u2009";

    /** A text call: the text, its anchor and alignment. */
    private record Label(String text, double x, double y, TextAlign align) {
        /** Left, top, right and bottom as the default text width estimates them, at the chart's 11 px. */
        double[] bounds(Canvas canvas) {
            double w = canvas.textWidth(text, Axes.FONT_SIZE);
            double x0 = align == TextAlign.LEFT ? x : align == TextAlign.RIGHT ? x - w : x - w / 2;
            return new double[] {x0, y - Axes.FONT_SIZE / 2, x0 + w, y + Axes.FONT_SIZE / 2};
        }
    }

    private static List<Label> labels(RecordingCanvas canvas) {
        List<Label> out = new ArrayList<>();
        for (String call : canvas.named("text")) {
            String[] parts = call.split(" ");
            int n = parts.length;
            String text = call.substring("text ".length(), call.length()
                    - (" " + parts[n - 3] + " " + parts[n - 2] + " " + parts[n - 1]).length());
            out.add(new Label(text, Double.parseDouble(parts[n - 3]), Double.parseDouble(parts[n - 2]),
                    TextAlign.valueOf(parts[n - 1])));
        }
        return out;
    }

    /** The points of every polyline, as {x, y} pairs. */
    private static List<double[]> points(RecordingCanvas canvas) {
        List<double[]> out = new ArrayList<>();
        for (String call : canvas.named("polyline")) {
            String[] parts = call.split(" ");
            for (int i = 2; i < parts.length; i++) {
                String[] xy = parts[i].split(",");
                out.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            }
        }
        return out;
    }

    /** A loss that falls from about 0.8 to 0.001 with a little noise, {@code count} epochs long. */
    private static double[] fallingLoss(int count, double noise) {
        double[] loss = new double[count];
        SeededRandom random = new SeededRandom(3);
        for (int k = 0; k < count; k++) {
            loss[k] = 0.8 / (1 + k / 20.0) + 0.001 + noise * random.nextDouble();
        }
        return loss;
    }

    private static LineChart lossChart(double width, double height, double[] loss, double[] shares, int count) {
        LineChart chart = new LineChart(0, 0, width, height);
        chart.setTitles("epoch", "loss");
        chart.setYScale(LineChart.YScale.AUTO);
        chart.addSeries("training", 0x111111, loss, count);
        chart.addSeries("test", 0x222222, loss, count);
        if (shares != null) {
            chart.addShareSeries(0x111111, shares, count);
        }
        return chart;
    }

    @Test
    void nonFiniteValuesBreakTheLine() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        double[] loss = {1, 0.8, 0.6, 0.5, 0.45, Double.NaN, 0.4, 0.38, 0.37, 0.36};
        chart.addSeries("train", ColorScale.CLASS_1, loss, loss.length);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        List<String> lines = canvas.named("polyline");
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("polyline 5 "), lines.get(0));
        assertTrue(lines.get(1).startsWith("polyline 4 "), lines.get(1));
        // Linear, from 0 to the largest value: value 1 of epoch 1 is at the panel's top, a tenth of the way along.
        assertEquals(0, chart.yLow());
        assertEquals(1, chart.yHigh());
        double[] panel = chart.mainPanel();
        double[] first = points(canvas).get(0);
        assertEquals(panel[0] + (panel[2] - panel[0]) / 10, first[0], 1e-9);
        assertEquals(panel[1], first[1], 1e-9);
    }

    @Test
    void longHistoryDrawsAtMostTwoPointsPerColumn() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        double[] loss = new double[100_000];
        for (int k = 0; k < loss.length; k++) {
            loss[k] = 1.0 / (1 + k) + ((k & 1) == 0 ? 0.001 : 0);
        }
        chart.addSeries("train", ColorScale.CLASS_1, loss, loss.length);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        List<String> lines = canvas.named("polyline");
        assertEquals(1, lines.size());
        int points = Integer.parseInt(lines.get(0).split(" ")[1]);
        double[] panel = chart.mainPanel();
        assertTrue(points <= 2 * (panel[2] - panel[0]), points + " points");
        assertTrue(points > (panel[2] - panel[0]) / 2, points + " points");
    }

    @Test
    void theEpochAxisIsLinearForAHundredEpochsThenLogarithmicForLines() {
        double[] loss = fallingLoss(40_000, 0);
        LineChart chart = lossChart(440, 200, loss, null, 100);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertFalse(chart.logEpochs());
        assertTrue(labels(canvas).stream().anyMatch(l -> l.text().equals("epoch")));
        chart.setCount(0, 101);
        chart.setCount(1, 101);
        canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertTrue(chart.logEpochs());
        assertTrue(labels(canvas).stream().anyMatch(l -> l.text().equals("epoch (log scale)")));
    }

    @Test
    void aLogarithmicEpochAxisHasPowersOfTenAtTheirPlacesLabelledWithoutDecimals() {
        LineChart chart = lossChart(440, 200, fallingLoss(40_000, 0), null, 40_000);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        double[] panel = chart.mainPanel();
        double[] bottomLabels = labels(canvas).stream().filter(l -> l.y() > panel[3] && l.y() < panel[3] + 16)
                .mapToDouble(Label::x).toArray();
        List<String> texts = labels(canvas).stream().filter(l -> l.y() > panel[3] && l.y() < panel[3] + 16)
                .map(Label::text).toList();
        assertEquals(List.of("1", "10", "100", "1" + THIN + "000", "10" + THIN + "000"), texts);
        double decades = Math.log10(40_000);
        for (int i = 0; i < bottomLabels.length; i++) {
            double expected = panel[0] + i / decades * (panel[2] - panel[0]);
            assertEquals(expected, bottomLabels[i], 1e-6, texts.get(i));
        }
        // The tick marks sit at the same places.
        List<String> marks = canvas.named("line").stream().filter(l -> l.endsWith(" " + (panel[3]
                + Axes.TICK_LENGTH))).toList();
        assertEquals(5, marks.size(), marks.toString());
    }

    @Test
    void aLinearEpochAxisHasNiceWholeTicks() {
        LineChart chart = lossChart(440, 200, fallingLoss(100, 0), null, 37);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        double[] panel = chart.mainPanel();
        List<String> texts = labels(canvas).stream().filter(l -> l.y() > panel[3] && l.y() < panel[3] + 16)
                .map(Label::text).toList();
        assertEquals(List.of("0", "10", "20", "30"), texts);
    }

    @Test
    void theLossAxisTurnsLogarithmicWhenTheLossSpansMoreThanADecade() {
        double[] loss = {0.7, 0.5, 0.3, 0.08, 0.002};
        LineChart chart = lossChart(440, 200, loss, null, 3);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertFalse(chart.logValues(), "0.7 to 0.3");
        assertTrue(labels(canvas).stream().anyMatch(l -> l.text().equals("loss")));
        chart.setCount(0, 5);
        chart.setCount(1, 5);
        canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertTrue(chart.logValues(), "0.7 to 0.002");
        assertEquals(0.001, chart.yLow());
        assertEquals(1, chart.yHigh());
        List<String> texts = labels(canvas).stream().map(Label::text).toList();
        assertTrue(texts.containsAll(List.of("0.001", "0.01", "0.1", "1", "loss (log scale)")), texts.toString());
        double[] panel = chart.mainPanel();
        double tenth = labels(canvas).stream().filter(l -> l.text().equals("0.1")).findFirst().orElseThrow().y();
        assertEquals(panel[3] - 2.0 / 3 * (panel[3] - panel[1]), tenth, 1e-9, "0.1 two decades up of three");
    }

    @Test
    void logScaleSpansWholeDecadesAndPutsZeroOnTheBottomEdge() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        chart.setYScale(LineChart.YScale.LOG);
        double[] loss = {0.9, 0.2, 0.03, 0};
        chart.addSeries("test", ColorScale.CLASS_0, loss, 4);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertEquals(0.01, chart.yLow());
        assertEquals(1, chart.yHigh());
        String line = canvas.named("polyline").get(0);
        assertTrue(line.endsWith("," + chart.mainPanel()[3]), line);
    }

    @Test
    void noLabelLeavesTheCanvasAt10And1000And40000Epochs() {
        for (double[] size : new double[][] {{440, 200}, {340, 155}, {240, 110}}) {
            for (int epochs : new int[] {10, 1000, 40_000}) {
                double[] loss = fallingLoss(epochs, 0.002);
                double[] shares = new double[epochs];
                java.util.Arrays.fill(shares, 0.9);
                LineChart chart = lossChart(size[0], size[1], loss, shares, epochs);
                RecordingCanvas canvas = new RecordingCanvas();
                chart.draw(canvas);
                List<Label> labels = labels(canvas);
                assertTrue(labels.size() >= 8, labels.toString());
                double previousRight = Double.NEGATIVE_INFINITY;
                for (Label label : labels) {
                    double[] b = label.bounds(canvas);
                    String where = label + " at " + epochs + " epochs, " + size[0] + " × " + size[1];
                    assertTrue(b[0] >= 0 && b[2] <= size[0] + 1e-9 && b[1] >= 0 && b[3] <= size[1], where);
                    double bottom = chart.sharePanel() == null ? chart.mainPanel()[3] : chart.sharePanel()[3];
                    if (label.align() == TextAlign.CENTER && label.y() > bottom && label.y() < bottom + 16) {
                        assertTrue(b[0] >= previousRight, "x labels overlap: " + where);
                        previousRight = b[2];
                    }
                }
            }
        }
    }

    @Test
    void noPlottedSegmentCrossesTheLegendEvenForANoisyLoss() {
        // As lr = 10 gives: a loss that jumps between about 0.6 and 2.6 for 40 000 epochs.
        double[] loss = new double[40_000];
        SeededRandom random = new SeededRandom(10);
        for (int k = 0; k < loss.length; k++) {
            loss[k] = 0.6 + 2 * random.nextDouble();
        }
        for (double width : new double[] {440, 340}) {
            LineChart chart = lossChart(width, width * 0.45, loss, loss, loss.length);
            RecordingCanvas canvas = new RecordingCanvas();
            chart.draw(canvas);
            double[] legend = chart.legendBounds();
            assertTrue(legend != null && legend[2] > legend[0] && legend[3] > legend[1]);
            List<double[]> points = points(canvas);
            assertTrue(points.size() > 100);
            for (double[] p : points) {
                // Every point lies below the legend, so every segment between two points does too.
                assertTrue(p[1] > legend[3], "a line at y = " + p[1] + " reaches the legend, bottom " + legend[3]);
            }
            for (Label label : labels(canvas)) {
                double[] b = label.bounds(canvas);
                boolean inside = b[2] > legend[0] && b[0] < legend[2] && b[3] > legend[1] && b[1] < legend[3];
                assertTrue(!inside || label.text().equals("training") || label.text().equals("test"),
                        label + " overlaps the legend");
            }
        }
    }

    @Test
    void aNarrowChartPutsTheLegendOnARowOfItsOwn() {
        LineChart wide = lossChart(440, 200, fallingLoss(50, 0), null, 50);
        wide.draw(new RecordingCanvas());
        assertEquals(LineChart.ROW, wide.legendBounds()[3] - wide.legendBounds()[1]);
        LineChart narrow = lossChart(150, 120, fallingLoss(50, 0), null, 50);
        narrow.setTitles("epoch", "loss of the training points");
        narrow.draw(new RecordingCanvas());
        assertTrue(narrow.legendBounds()[3] - narrow.legendBounds()[1] >= 2 * LineChart.ROW);
        assertTrue(narrow.mainPanel()[1] > narrow.legendBounds()[3]);
    }

    @Test
    void sharesGetAPanelOfTheirOwnOnAPercentAxis() {
        double[] loss = fallingLoss(200, 0);
        double[] shares = new double[200];
        for (int k = 0; k < shares.length; k++) {
            shares[k] = Math.min(1, 0.5 + k / 100.0);
        }
        LineChart chart = lossChart(440, 240, loss, shares, 200);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        double[] panel = chart.sharePanel();
        assertTrue(panel[1] > chart.mainPanel()[3], "under the main panel");
        List<String> texts = labels(canvas).stream().map(Label::text).toList();
        assertTrue(texts.containsAll(List.of("0%", "50%", "100%", "% correct")), texts.toString());
        List<String> lines = canvas.named("polyline");
        assertEquals(3, lines.size());
        for (String point : lines.get(2).split(" ")) {
            if (point.contains(",")) {
                double py = Double.parseDouble(point.split(",")[1]);
                assertTrue(py >= panel[1] && py <= panel[3], point);
            }
        }
        assertNull(lossChart(440, 200, loss, null, 200).sharePanel());
        LineChart low = lossChart(440, 160, loss, shares, 200);
        canvas = new RecordingCanvas();
        low.draw(canvas);
        texts = labels(canvas).stream().map(Label::text).toList();
        assertTrue(texts.containsAll(List.of("0%", "100%")) && !texts.contains("50%"), "a low panel: " + texts);
    }

    @Test
    void growingCountIsPickedUp() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        double[] history = {4, 3, 2, 1};
        chart.addSeries("train", ColorScale.CLASS_1, history, 2);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertTrue(canvas.named("polyline").get(0).startsWith("polyline 2 "));
        chart.setCount(0, 4);
        canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertTrue(canvas.named("polyline").get(0).startsWith("polyline 4 "));
    }

    @Test
    void aSingleValueIsADot() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        chart.addSeries("train", ColorScale.CLASS_1, new double[] {0.7}, 1);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertEquals(1, canvas.named("circle").size());
        assertTrue(canvas.named("polyline").isEmpty());
    }

    @Test
    void rejectsTooManySeriesBadCountsAndTooSmallAnArea() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        double[] v = new double[3];
        for (int s = 0; s < LineChart.MAX_SERIES; s++) {
            chart.addSeries("s" + s, 0, v, 3);
        }
        assertThrows(IllegalArgumentException.class, () -> chart.addShareSeries(0, v, 3));
        chart.clearSeries();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> chart.addSeries("x", 0, v, 4));
        assertEquals("count (4) must be in 0..3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LineChart(0, 0, 20, 200));
        assertThrows(IllegalArgumentException.class, () -> new LineChart(0, 0, 200, 40));
        // A phone's loss chart (300 wide, aspect 240 / 440) has both panels; the narrowest canvas the pages lay out
        // (240 logical pixels) at the perceptron chart's aspect (120 / 440) still gets one, without the shares.
        LineChart loss = lossChart(300, 300 * 240 / 440.0, fallingLoss(500, 0), fallingLoss(500, 0), 500);
        loss.draw(new RecordingCanvas());
        assertTrue(loss.sharePanel()[3] > loss.sharePanel()[1] + LineChart.MIN_SHARE_PANEL - 1);
        assertTrue(loss.mainPanel()[3] > loss.mainPanel()[1] + 20);
        LineChart low = lossChart(240, 240 * 120 / 440.0, fallingLoss(500, 0), fallingLoss(500, 0), 500);
        RecordingCanvas canvas = new RecordingCanvas();
        low.draw(canvas);
        assertNull(low.sharePanel());
        assertEquals(2, canvas.named("polyline").size(), "the losses only");
        assertTrue(low.mainPanel()[3] > low.mainPanel()[1]);
    }
}
