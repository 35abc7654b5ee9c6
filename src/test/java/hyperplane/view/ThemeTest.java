package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTest {
    private static final List<Theme> ALL = List.of(Theme.LIGHT, Theme.DARK, Theme.PROJECTOR);

    @Test
    void inkOnPaperReadsAsBodyTextInEveryTheme() {
        for (Theme t : ALL) {
            // WCAG 2: 4.5:1 for normal text; the projector, seen from the back of a lit hall, gets the most there is.
            double ink = Dichromacy.contrast(t.ink(), t.paper());
            assertTrue(ink >= 4.5, t.name() + " ink on paper " + ink);
            double muted = Dichromacy.contrast(t.muted(), t.paper());
            assertTrue(muted >= 4.5, t.name() + " muted text on paper " + muted);
            double warmText = Dichromacy.contrast(t.warmText(), t.paper());
            assertTrue(warmText >= 4.5, t.name() + " warm text on paper " + warmText);
        }
        assertTrue(Dichromacy.contrast(Theme.PROJECTOR.ink(), Theme.PROJECTOR.paper()) >= 20);
    }

    @Test
    void curvesAndMarksStandOutFromThePaper() {
        for (Theme t : ALL) {
            // WCAG 2.1's 3:1 for graphics that carry meaning: curves, bars, the highlight and the cursor.
            for (int colour : new int[] {t.warm(), t.cool(), t.series2(), t.highlight(), t.cursor()}) {
                double c = Dichromacy.contrast(colour, t.paper());
                assertTrue(c >= 3, t.name() + " #" + Integer.toHexString(colour) + " on paper " + c);
            }
            // The training and the test series are told apart by lightness, not only by hue.
            assertTrue(Dichromacy.contrast(t.ink(), t.series2()) >= 1.8, t.name() + " train against test");
        }
    }

    @Test
    void darkIsDarkAndTheOthersAreWhite() {
        assertTrue(Dichromacy.luminance(Theme.DARK.paper()) < 0.05);
        assertTrue(Dichromacy.luminance(Theme.DARK.ink()) > 0.7);
        assertEquals(0xFFFFFF, Theme.LIGHT.paper());
        assertEquals(0xFFFFFF, Theme.PROJECTOR.paper());
        assertEquals(0x000000, Theme.PROJECTOR.ink());
    }

    @Test
    void projectorLinesAndPointsAreLarger() {
        assertEquals(1.5, Theme.LIGHT.line(1.5));
        assertEquals(5, Theme.DARK.radius(5));
        assertTrue(Theme.PROJECTOR.line(1) >= 2, "a 1 px axis becomes " + Theme.PROJECTOR.line(1));
        assertTrue(Theme.PROJECTOR.line(1.5) > Theme.LIGHT.line(1.5));
        assertTrue(Theme.PROJECTOR.radius(5) > Theme.LIGHT.radius(5));
        assertEquals(11, Theme.LIGHT.text(11));
        assertEquals(11, Theme.DARK.text(11));
        assertEquals(13.75, Theme.PROJECTOR.text(11), 1e-12, "a quarter larger, as the page's type");
    }

    @Test
    void projectorModeWinsOverDarkMode() {
        assertSame(Theme.LIGHT, Theme.of(false, false));
        assertSame(Theme.DARK, Theme.of(true, false));
        assertSame(Theme.PROJECTOR, Theme.of(false, true));
        assertSame(Theme.PROJECTOR, Theme.of(true, true));
    }

    @Test
    void textInAFixedBoxAsksForTheSizeThatTheThemeWillEnlargeToTheBoxsSize() {
        RecordingCanvas canvas = new RecordingCanvas();
        canvas.theme = Theme.PROJECTOR;
        canvas.setBoxFontSize(11);
        assertEquals(11, Theme.PROJECTOR.text(8.8), 1e-12);
        assertEquals(List.of("setFontSize 8.8"), canvas.calls);
        canvas.calls.clear();
        canvas.theme = Theme.LIGHT;
        canvas.setBoxFontSize(11);
        assertEquals(List.of("setFontSize 11.0"), canvas.calls);
    }

    @Test
    void refusesScalesThatThinOrVanish() {
        assertThrows(IllegalArgumentException.class, () -> new Theme("x", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Theme("x", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Theme("x", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0.8));
    }

    @Test
    void plotsAndAxesDrawWithTheCanvasTheme() {
        RecordingCanvas canvas = new RecordingCanvas();
        canvas.theme = Theme.DARK;
        Viewport viewport = ActivationsPlot.HOME.viewport(40, PlotFrame.TOP, 300, 200);
        new ActivationsPlot().draw(canvas, 352, 236, ActivationsPlot.HOME, viewport,
                hyperplane.engine.Activation.SIGMOID, 0);
        assertTrue(canvas.calls.contains("setFill " + RecordingCanvas.hex(Theme.DARK.paper())), "dark ground");
        assertTrue(canvas.calls.contains("setFill " + RecordingCanvas.hex(Theme.DARK.ink())), "light labels");
        assertTrue(canvas.calls.stream().noneMatch(c -> c.equals("setFill " + RecordingCanvas.hex(0xFFFFFF))),
                "nothing white");
    }
}
