package hyperplane.view;

import hyperplane.sim.GradientHistory;
import hyperplane.state.PlaygroundConfig;

/**
 * The playground's gradient-flow chart: what a {@link LineChart} shows of a {@link GradientHistory}. One line per
 * weight layer, its mean |∂C/∂w| in each epoch, on a logarithmic y axis, so that gradients that shrink on their way
 * back through a deep sigmoid network show as lines lying decades apart, the first layer's lowest. The epoch axis
 * is the loss chart's (linear up to {@link LineChart#LINEAR_EPOCHS} epochs, then logarithmic), so the chart stays
 * readable at any epoch count. A layer whose gradient is exactly 0 (every unit behind it dead) lies on the bottom
 * edge.
 */
public final class GradientFlowChart {
    /**
     * The lines' colours, layer 1 first: the theme's ink, then the Okabe–Ito colours, which colour-blind readers
     * tell apart (orange, sky blue, bluish green, blue, vermilion, reddish purple), then the theme's muted grey and
     * its second series colour.
     */
    private static final int[] OKABE_ITO = {0xE69F00, 0x56B4E9, 0x009E73, 0x0072B2, 0xD55E00, 0xCC79A7};

    /** The most layers the chart draws: eight hidden layers (the most the playground allows) and the output. */
    public static final int LAYERS = PlaygroundConfig.MAX_HIDDEN_LAYERS + 1;

    private GradientFlowChart() {
    }

    /** A chart for the gradient history in the rectangle of a canvas of this logical size. */
    public static LineChart create(double width, double height) {
        LineChart chart = new LineChart(0, 0, width, height);
        chart.setTitles("epoch", "mean |∂C/∂w|");
        chart.setYScale(LineChart.YScale.LOG);
        return chart;
    }

    /** The colour of layer {@code layer}'s line (1 … {@link #LAYERS}) in {@code theme}, each a different one. */
    public static int color(int layer, Theme theme) {
        if (layer == 1) {
            return theme.ink();
        }
        if (layer - 2 < OKABE_ITO.length) {
            return OKABE_ITO[layer - 2];
        }
        return layer - 2 == OKABE_ITO.length ? theme.muted() : theme.series2();
    }

    /** The legend's name of layer {@code layer} of {@code layers}: "layer 1" …, the last one "output". */
    public static String name(int layer, int layers) {
        return layer == layers ? "output" : "layer " + layer;
    }

    /** Puts one series per layer of {@code history} into {@code chart}. */
    public static void show(LineChart chart, GradientHistory history, Theme theme) {
        chart.clearSeries();
        int layers = Math.min(history.layers(), LAYERS);
        for (int l = 1; l <= layers; l++) {
            chart.addSeries(name(l, history.layers()), color(l, theme), history.values(l), history.size());
        }
    }

    /**
     * A sentence for screen readers on the last epoch's gradients: each layer's mean |∂C/∂w| and how many times the
     * output layer's is the first layer's when that is more than ten ("Epoch 120, mean |∂C/∂w| per layer: layer 1
     * 6.62e-6, …, output 4.44e-2. The first layer's is 6707 times smaller than the output layer's: …"); before any
     * epoch, that the chart is empty.
     */
    public static String summary(GradientHistory history) {
        int n = history.size();
        if (n == 0 || history.layers() == 0) {
            return "The gradient-flow chart is empty until the network has trained an epoch.";
        }
        StringBuilder sb = new StringBuilder("Epoch ").append(n).append(", mean |∂C/∂w| per layer: ");
        int layers = history.layers();
        for (int l = 1; l <= layers; l++) {
            sb.append(l > 1 ? ", " : "").append(name(l, layers)).append(' ')
                    .append(Format.scientific(history.value(l, n - 1)));
        }
        sb.append('.');
        double first = history.value(1, n - 1);
        double last = history.value(layers, n - 1);
        if (layers > 1 && first > 0 && last > 10 * first) {
            sb.append(" The first layer's is ").append(Format.trimmed(last / first, 0))
                    .append(" times smaller than the output layer's: the gradient fades on its way back.");
        }
        return sb.toString();
    }
}
