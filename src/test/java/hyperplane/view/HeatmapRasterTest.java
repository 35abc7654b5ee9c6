package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class HeatmapRasterTest {
    private static final int ALPHA = 160;

    @Test
    void packsAsAbgrSoLittleEndianBytesAreRgba() {
        int packed = HeatmapRaster.packAbgr(0x112233, 0x44);
        assertEquals(0x44332211, packed);
        ByteBuffer bytes = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(packed);
        assertArrayEquals(new byte[] {0x11, 0x22, 0x33, 0x44}, bytes.array());
        assertEquals(0xFF0000FF, HeatmapRaster.packAbgr(0xFF0000, 255));
    }

    @Test
    void fillsKnownCellsStretchedToThePixels() {
        HeatmapRaster raster = new HeatmapRaster(4, 4);
        // Cell (i, j) at grid[j * n + i]: top-left -1, top-right 1, bottom-left 0, bottom-right NaN.
        double[] grid = {-1, 1, 0, Double.NaN};
        raster.fill(grid, 2, -1, 1, ColorScale.continuous(), ALPHA);
        int[] p = raster.pixels();
        int orange = HeatmapRaster.packAbgr(ColorScale.CLASS_0, ALPHA);
        int blue = HeatmapRaster.packAbgr(ColorScale.CLASS_1, ALPHA);
        int middle = HeatmapRaster.packAbgr(ColorScale.MIDDLE, ALPHA);
        int nan = HeatmapRaster.packAbgr(ColorScale.NAN_COLOR, ALPHA);
        int[] expected = {
            orange, orange, blue, blue,
            orange, orange, blue, blue,
            middle, middle, nan, nan,
            middle, middle, nan, nan,
        };
        assertArrayEquals(expected, p);
    }

    @Test
    void nearestCellForUnevenStretch() {
        HeatmapRaster raster = new HeatmapRaster(7, 1);
        double[] grid = {-1, 0, 1, -1, 0, 1, -1, 0, 1};
        raster.fill(grid, 3, -1, 1, ColorScale.discretized(), 255);
        int o = HeatmapRaster.packAbgr(ColorScale.CLASS_0, 255);
        int b = HeatmapRaster.packAbgr(ColorScale.CLASS_1, 255);
        // Column cells ⌊x·3/7⌋ = 0 0 0 1 1 2 2; value 0 is the midpoint, so class 1 when discretized.
        assertArrayEquals(new int[] {o, o, o, b, b, b, b}, raster.pixels());
    }

    @Test
    void refillsWithAnotherGridSizeAndAlpha() {
        HeatmapRaster raster = HeatmapRaster.thumbnail();
        assertEquals(24, raster.width());
        raster.fill(new double[] {1}, 1, 0, 1, ColorScale.continuous(), 255);
        int[] pixels = raster.pixels();
        assertEquals(HeatmapRaster.packAbgr(ColorScale.CLASS_1, 255), pixels[24 * 24 - 1]);
        double[] big = new double[48 * 48];
        big[47 * 48 + 47] = 1;
        raster.fill(big, 48, 0, 1, ColorScale.continuous(), 10);
        assertSame(pixels, raster.pixels());
        assertEquals(HeatmapRaster.packAbgr(ColorScale.CLASS_0, 10), pixels[0]);
        // Pixel 23 of 24 takes cell ⌊23·48/24⌋ = 46, not 47: nearest-cell, no blending.
        assertEquals(HeatmapRaster.packAbgr(ColorScale.CLASS_0, 10), pixels[24 * 24 - 1]);
    }

    @Test
    void agreesWithGridSamplerOrientation() {
        Viewport view = new Viewport(-6, 6, -6, 6, 0, 0, 8, 8);
        GridSampler sampler = new GridSampler(view, 4);
        double[] grid = new double[16];
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                // Positive in the upper-right quadrant only.
                grid[j * 4 + i] = sampler.x(i) > 0 && sampler.y(j) > 0 ? 1 : -1;
            }
        }
        HeatmapRaster raster = new HeatmapRaster(8, 8);
        raster.fill(grid, 4, -1, 1, ColorScale.continuous(), 255);
        int blue = HeatmapRaster.packAbgr(ColorScale.CLASS_1, 255);
        int orange = HeatmapRaster.packAbgr(ColorScale.CLASS_0, 255);
        assertEquals(blue, raster.pixels()[7]);
        assertEquals(orange, raster.pixels()[0]);
        assertEquals(orange, raster.pixels()[7 * 8 + 7]);
    }

    @Test
    void rejectsShortGridAndBadAlpha() {
        HeatmapRaster raster = new HeatmapRaster(2, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> raster.fill(new double[3], 2, 0, 1, ColorScale.continuous(), 255));
        assertEquals("grid length (3) must be at least n * n = 4", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> raster.fill(new double[4], 2, 0, 1, ColorScale.continuous(), 256));
        assertThrows(IllegalArgumentException.class,
                () -> raster.fill(new double[4], 2, 1, 1, ColorScale.continuous(), 255));
        assertThrows(IllegalArgumentException.class, () -> new HeatmapRaster(0, 5));
    }

    @Test
    void fillsClassCellsWithTheirTints() {
        HeatmapRaster raster = new HeatmapRaster(2, 2);
        double[] grid = {2.999, 4.5, 0.0, Double.NaN};
        raster.fillClasses(grid, 2, ClassPalette.continuous(), 255);
        assertArrayEquals(new int[] {HeatmapRaster.packAbgr(ClassPalette.color(2), 255),
            HeatmapRaster.packAbgr(ColorScale.mix(ColorScale.MIDDLE, ClassPalette.color(4), 0.5), 255),
            HeatmapRaster.packAbgr(ColorScale.MIDDLE, 255), HeatmapRaster.packAbgr(ColorScale.NAN_COLOR, 255)},
                raster.pixels());
        raster.fillClasses(grid, 2, ClassPalette.discretized(), 255);
        assertEquals(HeatmapRaster.packAbgr(ClassPalette.color(0), 255), raster.pixels()[2], "the winner only");
        assertThrows(IllegalArgumentException.class, () -> raster.fillClasses(new double[3], 2,
                ClassPalette.continuous(), 255));
        assertThrows(IllegalArgumentException.class, () -> raster.fillClasses(grid, 2, null, 255));
    }
}
