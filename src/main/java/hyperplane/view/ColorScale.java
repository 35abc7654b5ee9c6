package hyperplane.view;

/**
 * A diverging colour scale for two classes: orange for class 0 (negative outputs), near-white in the middle,
 * blue for class 1 (positive outputs), precomputed as a lookup table of {@link #SIZE} packed {@code 0xRRGGBB}
 * colours plus one entry for NaN.
 *
 * <p><b>Why these colours are safe for colour-blind readers.</b> Protanopia and deuteranopia (together about 8%
 * of men) lose the red–green opponent channel but keep the blue–yellow one and lightness. Orange and blue sit at
 * the two ends of the blue–yellow axis, and our orange (relative luminance ≈ 0.37) is also much lighter than our
 * blue (≈ 0.15), so the pair stays apart even when hue is lost entirely, for example in greyscale print. The
 * test {@code ColorScaleTest} simulates protanopia, deuteranopia and tritanopia with the matrices of Machado,
 * Oliveira and Fernandes (2009) and checks the two class colours stay far apart. Red–green pairs would collapse.
 *
 * <p><b>Mapping.</b> For a value v in [min, max], t = (v − min)/(max − min) clamped to [0, 1] (±∞ clamp to the
 * ends) and the table index is ⌊t·(SIZE − 1) + 1/2⌋. The table is linear in sRGB from {@link #CLASS_0} at
 * index 0 through {@link #MIDDLE} at t = 1/2 to {@link #CLASS_1} at index SIZE − 1. In discretized mode the
 * index is 0 when t &lt; 1/2 and SIZE − 1 otherwise, so the split agrees with the perceptron's rule
 * "class 1 if w·x̃ ≥ 0" for a range symmetric around 0. NaN maps to index {@link #NAN_INDEX}, the colour
 * {@link #NAN_COLOR} (a neutral grey), in both modes. Immutable.
 */
public final class ColorScale {
    /** Number of colours in the scale, not counting the NaN entry; odd, so t = 1/2 has its own entry, MIDDLE. */
    public static final int SIZE = 257;
    /** Table index of the NaN colour. */
    public static final int NAN_INDEX = SIZE;

    /** Class 0 / negative: orange. */
    public static final int CLASS_0 = 0xF08A24;
    /** Class 1 / positive: blue. */
    public static final int CLASS_1 = 0x2C6FB7;
    /** The middle of the scale, an output exactly between the classes: near-white. */
    public static final int MIDDLE = 0xF7F7F5;
    /** Colour of NaN outputs (a diverged network): neutral grey, on neither side. */
    public static final int NAN_COLOR = 0x9A9A9A;
    /** Outline of class-0 points: a darker orange, so a point stands out on its own region's colour. */
    public static final int CLASS_0_OUTLINE = 0x8F4A00;
    /** Outline of class-1 points: a darker blue. */
    public static final int CLASS_1_OUTLINE = 0x123F6E;
    /** Text, axes and node outlines: near-black. */
    public static final int TEXT = 0x222222;

    private static final ColorScale CONTINUOUS = new ColorScale(false, CLASS_0, MIDDLE, CLASS_1);
    private static final ColorScale DISCRETIZED = new ColorScale(true, CLASS_0, MIDDLE, CLASS_1);

    private final boolean discretized;
    /** SIZE colours of the scale followed by the NaN colour. */
    private final int[] table = new int[SIZE + 1];

    /** The scale from {@code low} through {@code middle} to {@code high} (the two ends only when discretized). */
    private ColorScale(boolean discretized, int low, int middle, int high) {
        this.discretized = discretized;
        int half = (SIZE - 1) / 2;
        for (int i = 0; i < SIZE; i++) {
            if (discretized) {
                table[i] = i < half ? low : high;
            } else {
                double t = i / (double) (SIZE - 1);
                table[i] = t <= 0.5 ? mix(low, middle, 2 * t) : mix(middle, high, 2 * t - 1);
            }
        }
        table[NAN_INDEX] = NAN_COLOR;
    }

    /**
     * A one-hue scale from {@link #MIDDLE} (the low end) to {@code color} (the high end), for a probability of one
     * class ({@link ClassPalette#probabilityScale}); discretized, the middle below 1/2 and the colour above.
     */
    static ColorScale ramp(int color, boolean discretized) {
        return new ColorScale(discretized, MIDDLE, mix(MIDDLE, color, 0.5), color);
    }

    /** The smooth orange – white – blue scale. */
    public static ColorScale continuous() {
        return CONTINUOUS;
    }

    /** Two flat class colours split at the middle of the range. */
    public static ColorScale discretized() {
        return DISCRETIZED;
    }

    /** True for the two-colour scale (or a ramp's two flat colours). */
    public boolean isDiscretized() {
        return discretized;
    }

    /**
     * The colour of {@code value} on a scale from min to max, {@code 0xRRGGBB}.
     *
     * @throws IllegalArgumentException if min or max is not finite or min ≥ max
     */
    public int colorFor(double value, double min, double max) {
        return table[indexFor(value, min, max)];
    }

    /**
     * The table index of {@code value} on a scale from min to max: 0 … SIZE − 1, or {@link #NAN_INDEX} for NaN.
     *
     * @throws IllegalArgumentException if min or max is not finite or min ≥ max
     */
    public int indexFor(double value, double min, double max) {
        requireRange(min, max);
        return indexInRange(value, min, 1 / (max - min));
    }

    /** As {@link #indexFor} with the range already validated and given as min and 1/(max − min). */
    int indexInRange(double value, double min, double inverseSpan) {
        if (value != value) {
            return NAN_INDEX;
        }
        double t = (value - min) * inverseSpan;
        if (discretized) {
            return t < 0.5 ? 0 : SIZE - 1;
        }
        if (!(t > 0)) {
            return 0;
        }
        if (!(t < 1)) {
            return SIZE - 1;
        }
        return (int) (t * (SIZE - 1) + 0.5);
    }

    /** The colour at a table index, 0 … SIZE (SIZE is the NaN colour). */
    public int colorAt(int index) {
        if (index < 0 || index > SIZE) {
            throw new IllegalArgumentException("index (" + index + ") must be in 0.." + SIZE);
        }
        return table[index];
    }

    /** The class colour of a label: {@link #CLASS_1} for 1, {@link #CLASS_0} for anything else. */
    public static int classColor(int label) {
        return label == 1 ? CLASS_1 : CLASS_0;
    }

    /** The point outline colour of a label. */
    public static int classOutline(int label) {
        return label == 1 ? CLASS_1_OUTLINE : CLASS_0_OUTLINE;
    }

    static void requireRange(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("colour range [" + min + ", " + max + "] must be finite with min < max");
        }
        if (Double.isInfinite(1 / (max - min))) {
            throw new IllegalArgumentException("colour range [" + min + ", " + max + "] is too narrow");
        }
    }

    /** Linear interpolation of two packed colours per channel in sRGB, rounded: a + t·(b − a). */
    static int mix(int a, int b, double t) {
        int r = channel(a >> 16, b >> 16, t);
        int g = channel(a >> 8, b >> 8, t);
        int bl = channel(a, b, t);
        return (r << 16) | (g << 8) | bl;
    }

    private static int channel(int a, int b, double t) {
        int ca = a & 0xFF;
        int cb = b & 0xFF;
        return (int) Math.floor(ca + (cb - ca) * t + 0.5);
    }
}
