package hyperplane.view;

/**
 * The colours of up to {@link #MAX_CLASSES} classes: each class's fill, the darker outline its points get, its
 * name, and the heatmap tints of a K-class output (the most probable class, lighter where the network is less
 * sure).
 *
 * <p><b>The colours.</b> Classes 0 and 1 keep the two-class orange {@link ColorScale#CLASS_0} and blue
 * {@link ColorScale#CLASS_1} with their outlines, so every two-class picture stays as it was. Classes 2 … 5 take
 * the hues of Okabe and Ito's palette for colour-blind readers (bluish green, reddish purple, yellow, sky blue),
 * each with its lightness moved so that the six stay apart from each other and from the near-white middle:
 * simulated with the matrices of Machado, Oliveira and Fernandes (2009), every pair is more than 55 apart (sRGB
 * distance, out of 441) under protanopia, deuteranopia and tritanopia, and every class more than 80 from
 * {@link ColorScale#MIDDLE} (ClassPaletteTest measures it). Okabe and Ito's own values let blue and bluish green
 * fall to 31 under tritanopia.
 *
 * <p><b>Outlines.</b> Every outline is dark (relative luminance at most that of class 0's, 0.107), and a training
 * point has a white halo as well ({@link PointPlot}); so on any tint of any class, or the middle, the outline or
 * the halo contrasts with the ground by at least 2.5 : 1 (the worst case is the two-class orange's own: its outline
 * on its full colour, 2.66 : 1).
 *
 * <p><b>Heatmap tints.</b> A K-class cell holds v = c + s: c the most probable class and s ∈ [0, 1) how sure the
 * network is, s = (p_max − 1/K)/(1 − 1/K) ({@link #strength}); its colour mixes {@link ColorScale#MIDDLE} and
 * class c's colour by s, in {@link #LEVELS} steps, so s = 0 (all classes equally likely) is the middle and s → 1
 * the class colour. Two classes through the sigmoid's orange–white–blue scale read the same way. Discretized, a
 * cell takes its class colour whatever s; NaN takes {@link ColorScale#NAN_COLOR}. Immutable.
 */
public final class ClassPalette {
    /** The most classes the playground offers. */
    public static final int MAX_CLASSES = 6;
    /** Tints per class, from the middle (level 0) to the class colour (level LEVELS − 1). */
    public static final int LEVELS = 129;
    /** The table index of the NaN colour in {@link #heatColor}'s table. */
    public static final int NAN_INDEX = MAX_CLASSES * LEVELS;
    /** The largest s a cell value c + s holds, so that it never reaches the next class. */
    static final double MAX_STRENGTH = 0.999;

    private static final int[] FILLS = {ColorScale.CLASS_0, ColorScale.CLASS_1, 0x00C690, 0xA53F77, 0xE3D412,
        0x80C7EF};
    private static final int[] OUTLINES = {ColorScale.CLASS_0_OUTLINE, ColorScale.CLASS_1_OUTLINE, 0x005A40,
        0x5C1A40, 0x5E5600, 0x1C5676};
    private static final String[] NAMES = {"orange", "blue", "green", "purple", "yellow", "sky blue"};

    private static final ClassPalette CONTINUOUS = new ClassPalette(false);
    private static final ClassPalette DISCRETIZED = new ClassPalette(true);
    /** Each class's probability scale, continuous then discretized. */
    private static final ColorScale[] RAMPS = ramps();

    private final boolean discretized;
    /** LEVELS tints per class, class after class, then the NaN colour. */
    private final int[] table = new int[NAN_INDEX + 1];

    private ClassPalette(boolean discretized) {
        this.discretized = discretized;
        for (int c = 0; c < MAX_CLASSES; c++) {
            for (int level = 0; level < LEVELS; level++) {
                table[c * LEVELS + level] = discretized ? FILLS[c]
                        : ColorScale.mix(ColorScale.MIDDLE, FILLS[c], level / (double) (LEVELS - 1));
            }
        }
        table[NAN_INDEX] = ColorScale.NAN_COLOR;
    }

    private static ColorScale[] ramps() {
        ColorScale[] ramps = new ColorScale[2 * MAX_CLASSES];
        for (int c = 0; c < MAX_CLASSES; c++) {
            ramps[c] = ColorScale.ramp(FILLS[c], false);
            ramps[MAX_CLASSES + c] = ColorScale.ramp(FILLS[c], true);
        }
        return ramps;
    }

    /**
     * The scale of class {@code c}'s probability (a softmax output neuron's thumbnail, or the plot when that neuron
     * is chosen) over [0, 1]: the middle at 0, class c's colour at 1.
     */
    public static ColorScale probabilityScale(int c, boolean discretized) {
        return RAMPS[(discretized ? MAX_CLASSES : 0) + check(c)];
    }

    /** Tints from the middle to the class colours by how sure the network is. */
    public static ClassPalette continuous() {
        return CONTINUOUS;
    }

    /** The winning class's colour only. */
    public static ClassPalette discretized() {
        return DISCRETIZED;
    }

    /** True for the flat class colours. */
    public boolean isDiscretized() {
        return discretized;
    }

    /** Class {@code c}'s colour, 0xRRGGBB. @throws IllegalArgumentException unless 0 ≤ c &lt; MAX_CLASSES */
    public static int color(int c) {
        return FILLS[check(c)];
    }

    /** The outline of class {@code c}'s points, a darker shade of its colour. */
    public static int outline(int c) {
        return OUTLINES[check(c)];
    }

    /** Class {@code c}'s colour in words, lower case: "orange", "blue", "green", … */
    public static String name(int c) {
        return NAMES[check(c)];
    }

    /**
     * How sure a K-class output is: (p_max − 1/K)/(1 − 1/K), clamped to [0, 1]; 0 when every class is equally
     * likely, 1 when one class has it all. NaN stays NaN.
     */
    public static double strength(double pMax, int classes) {
        double uniform = 1.0 / classes;
        double s = (pMax - uniform) / (1 - uniform);
        return s < 0 ? 0 : s > 1 ? 1 : s;
    }

    /**
     * The cell value of a K-class output whose most probable class is {@code c}, with probability {@code pMax}:
     * c + {@link #strength}, the strength kept below 1 (at most {@value #MAX_STRENGTH}, which is the top level
     * still). NaN for a NaN probability.
     */
    public static double cell(int c, double pMax, int classes) {
        double s = strength(pMax, classes);
        return c + (s < MAX_STRENGTH ? s : s == s ? MAX_STRENGTH : s);
    }

    /**
     * The table index of a cell value v = c + s (see the class comment): c·LEVELS + ⌊s·(LEVELS − 1) + 1/2⌋, the
     * class's full colour when discretized, {@link #NAN_INDEX} for NaN or a v outside [0, MAX_CLASSES].
     */
    public int indexOf(double v) {
        if (!(v >= 0 && v <= MAX_CLASSES)) {
            return NAN_INDEX;
        }
        int c = (int) v;
        double s = v - c;
        if (c == MAX_CLASSES) {
            c = MAX_CLASSES - 1; // v = 6 exactly: the last class, fully sure
            s = 1;
        }
        if (discretized) {
            return c * LEVELS + LEVELS - 1;
        }
        return c * LEVELS + (int) (s * (LEVELS - 1) + 0.5);
    }

    /** The colour at a table index, 0 … {@link #NAN_INDEX}. */
    public int colorAt(int index) {
        if (index < 0 || index > NAN_INDEX) {
            throw new IllegalArgumentException("index (" + index + ") must be in 0.." + NAN_INDEX);
        }
        return table[index];
    }

    /** The colour of a cell value v = c + s, 0xRRGGBB. */
    public int heatColor(double v) {
        return table[indexOf(v)];
    }

    private static int check(int c) {
        if (c < 0 || c >= MAX_CLASSES) {
            throw new IllegalArgumentException("class (" + c + ") must be in 0.." + (MAX_CLASSES - 1));
        }
        return c;
    }
}
