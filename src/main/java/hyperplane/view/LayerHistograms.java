package hyperplane.view;

import hyperplane.engine.Activation;
import hyperplane.sim.TrainingDiagnosis;
import hyperplane.sim.UnitCensus;

/**
 * The playground's layer histograms: for each hidden layer of a {@link UnitCensus}, a row with a title ("layer 2 ·
 * sigmoid", and at its right how many units are saturated or dead) over two captioned histograms side by side, z on
 * the left and a = φ(z) on the right, each over the census's {@link UnitCensus#BINS} bins and scaled to its own
 * tallest bin. Behind the bars the flat parts of sigmoid and tanh are shaded, where |z| is beyond the diagnosis's edge
 * ({@link UnitCensus#edge}: 4 for sigmoid, 2.5 for tanh) and a beyond φ(±edge): a unit whose bars lie there on more
 * than {@link TrainingDiagnosis#SATURATED_POINTS} of the points is the one the title counts as saturated. Under each
 * panel, its range's ends and 0.
 *
 * <p>The canvas is laid out {@link #height} pixels high for the census's layers; every row is {@link #ROW} high.
 */
public final class LayerHistograms {
    /** The height of one layer's row: title, panels, labels. */
    public static final double ROW = 84;
    /** Height of the message drawn when there is no hidden layer or no census. */
    public static final double EMPTY = 30;
    static final double TITLE = 14;
    /** Below the title, the row of the panels' captions. */
    static final double CAPTION = 14;
    static final double PANEL = 36;
    static final double PAD = 6;
    static final double GAP = 18;
    /** The shading of a flat part is at least this wide, so that sigmoid's thin band of a stays visible. */
    static final double MIN_SHADE = 3;
    private static final double FONT = Axes.FONT_SIZE;

    private LayerHistograms() {
    }

    /** The canvas height the histograms of a network with {@code hiddenLayers} hidden layers need. */
    public static int height(int hiddenLayers) {
        return (int) Math.ceil(hiddenLayers < 1 ? EMPTY : hiddenLayers * ROW + 4);
    }

    /** The left, top, right and bottom of layer {@code layer}'s z panel ({@code pre}) or a panel, {@code width} wide. */
    public static double[] panel(int layer, boolean pre, double width) {
        double half = (width - 2 * PAD - GAP) / 2;
        double left = pre ? PAD : PAD + half + GAP;
        double top = (layer - 1) * ROW + TITLE + CAPTION + 2;
        return new double[] {left, top, left + half, top + PANEL};
    }

    /**
     * Draws the histograms of {@code census} (or, with no census yet or no hidden layer, a line saying why) on a
     * canvas {@code width} wide and {@link #height} high.
     */
    public static void draw(Canvas canvas, UnitCensus census, double width) {
        Theme theme = canvas.theme();
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setFontSize(FONT);
        canvas.setFill(theme.muted());
        if (census.revision() == 0 || census.samples() == 0) {
            canvas.text("No histograms: there are no training points.", PAD, EMPTY / 2, TextAlign.LEFT);
            return;
        }
        if (census.layerCount() < 2) {
            canvas.text("No hidden layers: add one to see its values.", PAD, EMPTY / 2, TextAlign.LEFT);
            return;
        }
        for (int l = 1; l < census.layerCount(); l++) {
            drawLayer(canvas, census, l, width);
        }
    }

    private static void drawLayer(Canvas canvas, UnitCensus census, int layer, double width) {
        Theme theme = canvas.theme();
        Activation activation = census.activation(layer);
        double top = (layer - 1) * ROW;
        canvas.setFill(theme.ink());
        canvas.setFontSize(FONT);
        canvas.text("layer " + layer + " · " + activation.label().toLowerCase(), PAD, top + TITLE / 2 + 2,
                TextAlign.LEFT);
        String count = LayerText.count(census, layer);
        if (!count.isEmpty()) {
            canvas.setFill(theme.warmText());
            canvas.text(count, width - PAD, top + TITLE / 2 + 2, TextAlign.RIGHT);
        }
        double edge = UnitCensus.edge(activation);
        double aLow = UnitCensus.aLow(activation);
        double aHigh = UnitCensus.aHigh(activation);
        boolean flat = edge < Double.POSITIVE_INFINITY;
        drawPanel(canvas, census, layer, true, width, -UnitCensus.Z_RANGE, UnitCensus.Z_RANGE,
                flat ? edge : Double.NaN, flat ? -edge : Double.NaN, "z");
        drawPanel(canvas, census, layer, false, width, aLow, aHigh,
                flat ? activation.value(edge) : Double.NaN, flat ? activation.value(-edge) : Double.NaN,
                "a = " + symbol(activation) + "(z)");
    }

    /** φ's symbol in the a panel's caption. */
    static String symbol(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "σ";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            default -> "φ";
        };
    }

    /**
     * One histogram: the shaded flat parts (v above {@code high} and below {@code low}; NaN for none), the bars,
     * a frame, the caption at the top left and the range's labels under it.
     */
    private static void drawPanel(Canvas canvas, UnitCensus census, int layer, boolean pre, double width,
            double from, double to, double high, double low, String caption) {
        Theme theme = canvas.theme();
        double[] box = panel(layer, pre, width);
        double left = box[0];
        double top = box[1];
        double right = box[2];
        double bottom = box[3];
        double span = right - left;
        if (high == high) {
            canvas.setFill(theme.shade());
            double x = left + (high - from) / (to - from) * span;
            x = Math.min(x, right - MIN_SHADE);
            canvas.fillRect(x, top, right - x, bottom - top);
            double x2 = left + (low - from) / (to - from) * span;
            x2 = Math.max(x2, left + MIN_SHADE);
            canvas.fillRect(left, top, x2 - left, bottom - top);
        }
        int tallest = 0;
        for (int b = 0; b < UnitCensus.BINS; b++) {
            tallest = Math.max(tallest, census.binCount(layer, b, pre));
        }
        double bin = span / UnitCensus.BINS;
        canvas.setFill(theme.cool());
        for (int b = 0; b < UnitCensus.BINS && tallest > 0; b++) {
            int n = census.binCount(layer, b, pre);
            if (n > 0) {
                // Any filled bin shows at least one pixel, so that a few points far out are not lost.
                double h = Math.max(1, n * (bottom - top - 2) / tallest);
                canvas.fillRect(left + b * bin + 0.5, bottom - h, Math.max(1, bin - 1), h);
            }
        }
        canvas.setStroke(theme.grid(), 1);
        canvas.strokeRect(left, top, span, bottom - top);
        canvas.setFill(theme.muted());
        canvas.setFontSize(FONT);
        canvas.text(caption, left, top - CAPTION / 2 - 1, TextAlign.LEFT);
        double labels = bottom + 9;
        canvas.text(Format.trimmed(from, 1).replace('-', '\u2212'), left, labels, TextAlign.LEFT);
        canvas.text(Format.trimmed(to, 1), right, labels, TextAlign.RIGHT);
        if (from < 0 && to > 0) {
            canvas.text("0", left + (0 - from) / (to - from) * span, labels, TextAlign.CENTER);
        }
    }
}
