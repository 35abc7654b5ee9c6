package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MistakesChartTest {
    private static final double WIDTH = 440;
    private static final double HEIGHT = 120;
    /** XOR's mistakes in its seven epochs before the weights repeat. */
    private static final double[] XOR = {2, 2, 1, 1, 1, 2, 3};

    private static RecordingCanvas draw(double[] mistakes, int count, double width) {
        RecordingCanvas canvas = new RecordingCanvas();
        MistakesChart.draw(canvas, width, HEIGHT, mistakes, count);
        return canvas;
    }

    /** The bars: the fillRects after the bar colour is set, as {x, y, width, height}. */
    private static List<double[]> bars(RecordingCanvas canvas) {
        List<double[]> found = new ArrayList<>();
        boolean barColour = false;
        for (String call : canvas.calls) {
            if (call.startsWith("setFill ")) {
                barColour = call.equals("setFill " + RecordingCanvas.hex(Theme.LIGHT.series2()));
            } else if (barColour && call.startsWith("fillRect ")) {
                String[] p = call.split(" ");
                found.add(new double[] {Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]),
                    Double.parseDouble(p[4])});
            }
        }
        return found;
    }

    /** The x of the y axis: the first line drawn, vertical, from the top of the plot area. */
    private static double axisX(RecordingCanvas canvas) {
        String[] p = canvas.named("line").get(0).split(" ");
        assertEquals(p[1], p[3], "the first line is the y axis");
        return Double.parseDouble(p[1]);
    }

    @Test
    void epochsAreNumberedFromOneLikeTheText() {
        RecordingCanvas canvas = draw(XOR, XOR.length, WIDTH);
        List<String> texts = canvas.texts();
        assertTrue(texts.contains("1") && texts.contains("7"), texts.toString());
        assertFalse(texts.contains("0") && texts.indexOf("0") > texts.indexOf("epoch"), "no epoch 0");
        double left = axisX(canvas);
        double band = (WIDTH - MistakesChart.RIGHT - left) / 7;
        // Epoch 1's label sits under the middle of the first bar.
        assertTrue(canvas.calls.contains("text 1 " + (left + band / 2) + " " + (HEIGHT - MistakesChart.BOTTOM
                + Axes.TICK_LENGTH + 8) + " CENTER"), canvas.calls.toString());
    }

    @Test
    void barsStayInsideThePlotAreaOffTheAxisTheTitleAndTheRightEdge() {
        for (int count : new int[] {1, 2, 7, 50, 399, 400, 5000}) {
            double[] mistakes = new double[count];
            for (int e = 0; e < count; e++) {
                mistakes[e] = 1 + (e * 7919) % 4;
            }
            for (double width : new double[] {WIDTH, 240}) {
                RecordingCanvas canvas = draw(mistakes, count, width);
                double left = axisX(canvas);
                List<double[]> bars = bars(canvas);
                assertFalse(bars.isEmpty());
                for (double[] bar : bars) {
                    String what = count + " epochs on " + width + " px: bar at " + bar[0] + " width " + bar[2];
                    assertTrue(bar[0] >= left + 0.5, what);
                    assertTrue(bar[0] + bar[2] <= width - MistakesChart.RIGHT + 1e-9, what);
                    assertTrue(bar[2] > 0 && bar[1] >= MistakesChart.TOP - 1e-9, what);
                    assertEquals(HEIGHT - MistakesChart.BOTTOM, bar[1] + bar[3], 1e-9, "bars stand on the x axis");
                }
                // The axes come after the bars, so no bar is drawn over them.
                assertTrue(canvas.calls.lastIndexOf("setFill " + RecordingCanvas.hex(Theme.LIGHT.series2()))
                        < canvas.calls.indexOf(canvas.named("line").get(0)));
            }
        }
    }

    @Test
    void oneBarPerEpochAndNoneForAnEpochWithoutMistakes() {
        assertEquals(7, bars(draw(XOR, XOR.length, WIDTH)).size());
        assertEquals(2, bars(draw(new double[] {3, 0, 1}, 3, WIDTH)).size());
        // The tallest bar reaches the top of the plot area.
        double top = Double.MAX_VALUE;
        for (double[] bar : bars(draw(XOR, XOR.length, WIDTH))) {
            top = Math.min(top, bar[1]);
        }
        assertEquals(MistakesChart.TOP, top, 1e-9);
    }

    @Test
    void aFewEpochsDrawNarrowBarsCentredInTheirBands() {
        List<double[]> one = bars(draw(new double[] {4}, 1, WIDTH));
        assertEquals(1, one.size());
        assertEquals(MistakesChart.MAX_BAR, one.get(0)[2], 1e-9, "one epoch is a bar, not a block");
        double axis = axisX(draw(new double[] {4}, 1, WIDTH));
        double middle = one.get(0)[0] + one.get(0)[2] / 2;
        assertEquals((axis + WIDTH - MistakesChart.RIGHT) / 2, middle, 1, "centred in the plot");
    }

    @Test
    void manyEpochsKeepTheWorstOfEachColumn() {
        double[] mistakes = new double[10000];
        mistakes[5000] = 9;
        mistakes[0] = 1;
        RecordingCanvas canvas = draw(mistakes, mistakes.length, WIDTH);
        List<double[]> bars = bars(canvas);
        assertTrue(bars.size() <= WIDTH, "at most one bar per pixel column: " + bars.size());
        assertEquals(2, bars.size(), "only the columns holding a mistake");
        assertEquals(MistakesChart.TOP, bars.get(1)[1], 1e-9, "the spike of 9 is the tallest, not averaged away");
        assertTrue(canvas.texts().contains("10000") || canvas.texts().contains("8000"), canvas.texts().toString());
    }

    @Test
    void titlesAndWholeNumberTicksOnly() {
        RecordingCanvas canvas = draw(XOR, XOR.length, WIDTH);
        List<String> texts = canvas.texts();
        assertTrue(texts.contains("epoch") && texts.contains("mistakes"), texts.toString());
        for (String t : texts) {
            assertFalse(t.contains("."), "whole numbers only: " + t);
        }
        RecordingCanvas empty = draw(new double[0], 0, WIDTH);
        assertTrue(empty.texts().contains("epoch"));
        assertTrue(bars(empty).isEmpty());
    }

    @Test
    void labelsEveryEpochWhileThereIsRoomThenEveryTwoFiveOrTenAndSoOn() {
        assertEquals(1, MistakesChart.epochStep(7, 400));
        assertEquals(10, MistakesChart.epochStep(100, 400));
        assertEquals(2000, MistakesChart.epochStep(10000, 400));
        assertEquals(1, MistakesChart.epochStep(1, 400));
        List<String> texts = draw(new double[100], 100, WIDTH).texts();
        assertEquals(List.of("1", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"),
                texts.subList(texts.indexOf("10") - 1, texts.indexOf("epoch")));
    }

    @Test
    void refusesACountThatDoesNotFit() {
        assertThrows(IllegalArgumentException.class, () -> draw(XOR, 8, WIDTH));
        assertThrows(IllegalArgumentException.class, () -> draw(XOR, -1, WIDTH));
        assertThrows(IllegalArgumentException.class, () -> draw(XOR, 7, 20));
    }
}
