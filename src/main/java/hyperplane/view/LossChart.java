package hyperplane.view;

import hyperplane.sim.LossHistory;

/**
 * The playground's loss chart: what a {@link LineChart} shows of a {@link LossHistory}. The training and the test
 * loss in the main panel on a y axis that turns logarithmic once the loss spans more than a factor of ten, and for
 * classification, under it, the share of each split classified right, in the same two colours.
 */
public final class LossChart {
    private LossChart() {
    }

    /** A chart for the loss history in the rectangle of a canvas of this logical size. */
    public static LineChart create(double width, double height) {
        LineChart chart = new LineChart(0, 0, width, height);
        chart.setTitles("epoch", "loss");
        chart.setShareTitle("% classified right");
        chart.setYScale(LineChart.YScale.AUTO);
        return chart;
    }

    /**
     * Puts the history's series into {@code chart}: the losses, and the shares classified right when
     * {@code classification} (a regression has none). The training split is drawn in the theme's ink, the test
     * split in its second series colour (brown on the light page), in the chart and its legend.
     */
    public static void show(LineChart chart, LossHistory history, boolean classification, Theme theme) {
        int train = theme.ink();
        int test = theme.series2();
        int size = history.size();
        chart.clearSeries();
        chart.addSeries("training", train, history.trainValues(), size);
        chart.addSeries("test", test, history.testValues(), size);
        if (classification) {
            chart.addShareSeries(train, history.trainCorrectValues(), size);
            chart.addShareSeries(test, history.testCorrectValues(), size);
        }
    }
}
