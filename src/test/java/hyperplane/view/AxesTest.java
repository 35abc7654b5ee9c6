package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxesTest {
    @Test
    void drawsFrameTicksAndLabels() {
        RecordingCanvas canvas = new RecordingCanvas();
        Viewport view = new Viewport(-6, 6, -6, 6, 40, 10, 420, 420);
        Axes.draw(canvas, view);
        assertEquals(List.of("strokeRect 40.0 10.0 420.0 420.0"), canvas.named("strokeRect"));
        // 420 px / 70 = 6 ticks wanted → step 2 → 7 ticks on each axis.
        List<String> expected = List.of("−6", "−4", "−2", "0", "2", "4", "6", "−6", "−4", "−2", "0", "2", "4", "6");
        assertEquals(expected, canvas.texts());
        assertEquals(14, canvas.named("line").size());
        assertEquals("line 250.0 430.0 250.0 434.0", canvas.named("line").get(3));
        assertEquals("text 0 34.0 220.0 RIGHT", canvas.named("text").get(10));
    }

    @Test
    void atLeastTwoTicksOnTinyAxes() {
        assertEquals(2, Axes.maxTicksFor(30));
        assertEquals(6, Axes.maxTicksFor(420));
    }
}
