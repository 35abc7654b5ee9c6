package hyperplane.view;

/**
 * The colours and names of the perceptron view's classes 0 … 5: class 0 orange and class 1 blue as everywhere
 * ({@link ColorScale#CLASS_0}, {@link ColorScale#CLASS_1}), then colours from the Okabe–Ito set that stay apart
 * from those two and from each other for readers with a colour-vision deficiency (bluish green, reddish purple), a
 * dark yellow and a purple, each with a darker outline so a point stands out on its own region's tint.
 *
 * <p>This table is the perceptron view's own until the product has one class palette for every view; then this
 * class should read from it.
 */
public final class PerceptronPalette {
    /** The most classes the table has colours for. */
    public static final int SIZE = 6;
    private static final int[] FILLS = {ColorScale.CLASS_0, ColorScale.CLASS_1, 0x009E73, 0xCC79A7, 0xE6C229,
        0x6B4C9A};
    private static final int[] OUTLINES = {ColorScale.CLASS_0_OUTLINE, ColorScale.CLASS_1_OUTLINE, 0x00583F, 0x83406A,
        0x6E5A00, 0x3B2A57};
    private static final String[] NAMES = {"orange", "blue", "green", "pink", "yellow", "purple"};

    private PerceptronPalette() {
    }

    /** The fill colour of class c (0xRRGGBB); a class outside 0 … 5 takes class 0's. */
    public static int fill(int c) {
        return FILLS[index(c)];
    }

    /** The outline colour of class c's points. */
    public static int outline(int c) {
        return OUTLINES[index(c)];
    }

    /** The colour's name, as the readouts and announcements say it ("green"). */
    public static String name(int c) {
        return NAMES[index(c)];
    }

    private static int index(int c) {
        return c >= 0 && c < SIZE ? c : 0;
    }
}
