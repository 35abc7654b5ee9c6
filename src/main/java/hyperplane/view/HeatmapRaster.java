package hyperplane.view;

/**
 * A width × height image of packed pixels that shows a grid of model outputs through a {@link ColorScale}.
 *
 * <p><b>Pixel layout.</b> The pixel in column x (from the left) and row y (from the top) is
 * {@code pixels()[y * width + x]}, packed as {@code 0xAABBGGRR}: alpha in the top byte, red in the bottom one.
 * On a little-endian machine (every browser platform in use) that int is stored as the bytes R, G, B, A, which
 * is exactly the RGBA order of {@code ImageData.data}; so the browser copies the whole array into an ImageData
 * in one call through an Int32Array/Uint32Array view of its buffer (or {@code set} on such a view), with no
 * per-pixel work in JavaScript.
 *
 * <p><b>Grid layout.</b> A grid of n × n values has the value of cell (i, j), column i from the left and row j
 * from the top, at {@code grid[j * n + i]} (row-major, like the pixels). {@link GridSampler} gives the data
 * coordinates of the cell centres in the same order. Each pixel takes the colour of the cell it falls in
 * (nearest cell: cell i = ⌊x·n/width⌋, cell j = ⌊y·n/height⌋), so any n stretches or shrinks to any raster size.
 *
 * <p><b>No allocation per frame.</b> The pixel array is made once; the per-column and per-row cell tables and the
 * per-cell colour buffer are made again only when n changes; the coloured lookup table only when the scale or
 * alpha changes. Not thread-safe.
 */
public final class HeatmapRaster {
    /** Side of the thumbnail rasters drawn inside network-diagram nodes. */
    public static final int THUMBNAIL_SIZE = 24;

    private final int width;
    private final int height;
    private final int[] pixels;
    /** Colour lookup table as 0xAABBGGRR for {@link #lutScale} and {@link #lutAlpha}. */
    private final int[] lut = new int[ColorScale.SIZE + 1];
    private ColorScale lutScale;
    private int lutAlpha = -1;
    /** The K-class lookup table as 0xAABBGGRR for {@link #classLutOf} and {@link #classLutAlpha}. */
    private final int[] classLut = new int[ClassPalette.NAN_INDEX + 1];
    private ClassPalette classLutOf;
    private int classLutAlpha = -1;
    /** The grid side the cell tables below were built for, or 0. */
    private int gridSide;
    /** columnCell[x] = cell column of pixel column x; rowOffset[y] = (cell row of pixel row y) · n. */
    private final int[] columnCell;
    private final int[] rowOffset;
    /** Packed pixel colour of each grid cell, index j * n + i. */
    private int[] cellColors = new int[0];

    /**
     * @throws IllegalArgumentException if width or height is not in 1 … 4096
     */
    public HeatmapRaster(int width, int height) {
        if (width < 1 || width > 4096) {
            throw new IllegalArgumentException("width (" + width + ") must be in 1..4096");
        }
        if (height < 1 || height > 4096) {
            throw new IllegalArgumentException("height (" + height + ") must be in 1..4096");
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        this.columnCell = new int[width];
        this.rowOffset = new int[height];
    }

    /** A {@link #THUMBNAIL_SIZE}-square raster for a neuron's thumbnail; fill it with {@link #fill} as usual. */
    public static HeatmapRaster thumbnail() {
        return new HeatmapRaster(THUMBNAIL_SIZE, THUMBNAIL_SIZE);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The live pixel array, {@code [y * width + x]}, packed 0xAABBGGRR (see the class comment). */
    public int[] pixels() {
        return pixels;
    }

    /**
     * Colours every pixel from an n × n grid ({@code grid[j * n + i]}, cell column i, row j from the top) on the
     * scale from min to max with the given opacity. NaN cells get the scale's NaN colour.
     *
     * @param alpha opacity 0 … 255 written into every pixel
     * @throws IllegalArgumentException if n &lt; 1, the grid is shorter than n², alpha is outside 0 … 255, or
     *     the range is not finite with min &lt; max
     */
    public void fill(double[] grid, int n, double min, double max, ColorScale scale, int alpha) {
        if (n < 1 || n > 4096) {
            throw new IllegalArgumentException("n (" + n + ") must be in 1..4096");
        }
        if (grid == null || grid.length < n * n) {
            throw new IllegalArgumentException("grid length (" + (grid == null ? "null" : grid.length)
                    + ") must be at least n * n = " + n * n);
        }
        if (alpha < 0 || alpha > 255) {
            throw new IllegalArgumentException("alpha (" + alpha + ") must be in 0..255");
        }
        if (scale == null) {
            throw new IllegalArgumentException("scale must not be null");
        }
        ColorScale.requireRange(min, max);
        prepareLut(scale, alpha);
        prepareCells(n);
        int cells = n * n;
        double inverseSpan = 1 / (max - min);
        for (int c = 0; c < cells; c++) {
            cellColors[c] = lut[scale.indexInRange(grid[c], min, inverseSpan)];
        }
        int p = 0;
        for (int y = 0; y < height; y++) {
            int offset = rowOffset[y];
            for (int x = 0; x < width; x++) {
                pixels[p++] = cellColors[offset + columnCell[x]];
            }
        }
    }

    /**
     * Colours every pixel from an n × n grid of K-class cells, each v = c + s (the most probable class and how sure,
     * see {@link ClassPalette}), with the given opacity; NaN cells get the NaN colour. The two-class path above is
     * untouched by it.
     *
     * @throws IllegalArgumentException if n &lt; 1, the grid is shorter than n², alpha is outside 0 … 255 or the
     *     palette is null
     */
    public void fillClasses(double[] grid, int n, ClassPalette palette, int alpha) {
        if (n < 1 || n > 4096 || grid == null || grid.length < n * n) {
            throw new IllegalArgumentException("grid (" + (grid == null ? "null" : grid.length + " values")
                    + ") must hold n * n values for n (" + n + ") in 1..4096");
        }
        if (alpha < 0 || alpha > 255 || palette == null) {
            throw new IllegalArgumentException("alpha (" + alpha + ") must be in 0..255 and a palette given");
        }
        if (palette != classLutOf || alpha != classLutAlpha) {
            for (int k = 0; k <= ClassPalette.NAN_INDEX; k++) {
                classLut[k] = packAbgr(palette.colorAt(k), alpha);
            }
            classLutOf = palette;
            classLutAlpha = alpha;
        }
        prepareCells(n);
        int cells = n * n;
        for (int c = 0; c < cells; c++) {
            cellColors[c] = classLut[palette.indexOf(grid[c])];
        }
        int p = 0;
        for (int y = 0; y < height; y++) {
            int offset = rowOffset[y];
            for (int x = 0; x < width; x++) {
                pixels[p++] = cellColors[offset + columnCell[x]];
            }
        }
    }

    /** Packs an 0xRRGGBB colour and an alpha 0 … 255 as 0xAABBGGRR. */
    public static int packAbgr(int rgb, int alpha) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (alpha << 24) | (b << 16) | (g << 8) | r;
    }

    private void prepareLut(ColorScale scale, int alpha) {
        if (scale == lutScale && alpha == lutAlpha) {
            return;
        }
        for (int k = 0; k <= ColorScale.SIZE; k++) {
            lut[k] = packAbgr(scale.colorAt(k), alpha);
        }
        lutScale = scale;
        lutAlpha = alpha;
    }

    private void prepareCells(int n) {
        if (n == gridSide) {
            return;
        }
        // Integer arithmetic: x * n < 4096 * 4096 fits an int, and floor(x * n / width) < n for x < width.
        for (int x = 0; x < width; x++) {
            columnCell[x] = x * n / width;
        }
        for (int y = 0; y < height; y++) {
            rowOffset[y] = (y * n / height) * n;
        }
        cellColors = new int[n * n];
        gridSide = n;
    }
}
