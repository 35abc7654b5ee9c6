package hyperplane.view;

/**
 * The colours and names of the perceptron view's classes 0 … 5: the product's one class palette,
 * {@link ClassPalette} (class 0 orange and class 1 blue as everywhere, then Okabe and Ito's hues that stay apart
 * for readers with a colour-vision deficiency), read with a fallback for a class outside 0 … 5.
 */
public final class PerceptronPalette {
    /** The most classes the table has colours for. */
    public static final int SIZE = ClassPalette.MAX_CLASSES;

    private PerceptronPalette() {
    }

    /** The fill colour of class c (0xRRGGBB); a class outside 0 … 5 takes class 0's. */
    public static int fill(int c) {
        return ClassPalette.color(index(c));
    }

    /** The outline colour of class c's points. */
    public static int outline(int c) {
        return ClassPalette.outline(index(c));
    }

    /** The colour's name, as the readouts and announcements say it ("green"). */
    public static String name(int c) {
        return ClassPalette.name(index(c));
    }

    private static int index(int c) {
        return c >= 0 && c < SIZE ? c : 0;
    }
}
