package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {
    @Test
    void nonFiniteValuesBreakTheLine() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        double[] loss = {1, 0.8, 0.6, 0.5, 0.45, Double.NaN, 0.4, 0.38, 0.37, 0.36};
        chart.addSeries("train", ColorScale.CLASS_1, LineChart.Style.LINE, loss, loss.length);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        List<String> lines = canvas.named("polyline");
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("polyline 5 46.0,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("polyline 4 "), lines.get(1));
        // Linear range widened to 0: [0, 1]. Value 1 sits on the plot's top edge, y = 18.
        assertEquals(0, chart.yLow());
        assertEquals(1, chart.yHigh());
        assertEquals("46.0,18.0", lines.get(0).split(" ")[2]);
    }

    @Test
    void longHistoryDrawsAtMostTwoPointsPerColumn() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        double[] loss = new double[100_000];
        for (int k = 0; k < loss.length; k++) {
            loss[k] = 1.0 / (1 + k) + ((k & 1) == 0 ? 0.001 : 0);
        }
        chart.addSeries("train", ColorScale.CLASS_1, LineChart.Style.LINE, loss, loss.length);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        List<String> lines = canvas.named("polyline");
        assertEquals(1, lines.size());
        int points = Integer.parseInt(lines.get(0).split(" ")[1]);
        assertTrue(points <= 2 * chart.columns(), points + " points");
        assertTrue(points > chart.columns(), points + " points");
    }

    @Test
    void logScaleSpansWholeDecades() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        chart.setLogScale(true);
        double[] loss = {0.9, 0.2, 0.03, 0};
        chart.addSeries("test", ColorScale.CLASS_0, LineChart.Style.LINE, loss, 4);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertEquals(0.01, chart.yLow());
        assertEquals(1, chart.yHigh());
        List<String> texts = canvas.texts();
        assertTrue(texts.containsAll(List.of("0.01", "0.1", "1", "test")), texts.toString());
        // 0 cannot be shown on a log axis: it is drawn on the bottom edge (y = 200 − 34 = 166).
        String line = canvas.named("polyline").get(0);
        assertTrue(line.endsWith(",166.0"), line);
    }

    @Test
    void barsDrawOneRectanglePerValueAndALegendSwatch() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        chart.setTitles("epoch", "mistakes");
        double[] mistakes = {3, 2, 0, 1};
        chart.addSeries("mistakes", ColorScale.CLASS_0, LineChart.Style.BARS, mistakes, 4);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertEquals(5, canvas.named("fillRect").size());
        assertTrue(canvas.texts().contains("epoch"));
        assertTrue(canvas.texts().contains("mistakes"));
        assertFalse(canvas.texts().contains("0.5"), "epochs are whole numbers");
        assertEquals(0, chart.yLow());
        assertEquals(3, chart.yHigh());
    }

    @Test
    void growingCountIsPickedUp() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        double[] history = {4, 3, 2, 1};
        chart.addSeries("train", ColorScale.CLASS_1, LineChart.Style.LINE, history, 2);
        RecordingCanvas canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertTrue(canvas.named("polyline").get(0).startsWith("polyline 2 "));
        chart.setCount(0, 4);
        canvas = new RecordingCanvas();
        chart.draw(canvas);
        assertTrue(canvas.named("polyline").get(0).startsWith("polyline 4 "));
    }

    @Test
    void rejectsTooManySeriesAndBadCounts() {
        LineChart chart = new LineChart(0, 0, 400, 200);
        double[] v = new double[3];
        for (int s = 0; s < LineChart.MAX_SERIES; s++) {
            chart.addSeries("s" + s, 0, LineChart.Style.LINE, v, 3);
        }
        assertThrows(IllegalArgumentException.class, () -> chart.addSeries("x", 0, LineChart.Style.LINE, v, 3));
        chart.clearSeries();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> chart.addSeries("x", 0, LineChart.Style.LINE, v, 4));
        assertEquals("count (4) must be in 0..3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LineChart(0, 0, 20, 200));
    }
}
