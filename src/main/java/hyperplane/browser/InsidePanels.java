package hyperplane.browser;

import hyperplane.sim.GradientHistory;
import hyperplane.sim.PlaygroundSession;
import hyperplane.sim.UnitCensus;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.GradientFlowChart;
import hyperplane.view.LayerHistograms;
import hyperplane.view.LayerText;
import hyperplane.view.LineChart;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playground's two instruments inside the network, each shown while its check box is on: the layer histograms
 * (drawn from the census the run's diagnosis takes, so they change when it does: twice a second while training) and
 * the gradient-flow chart (drawn again when an epoch was added, at most every {@link #CHART_MS} while training).
 * Their text summaries go into elements that screen readers read with the canvases, not into the live region.
 * Measured while training at 4× CPU throttling (6 hidden layers of 8): 0.1 to 2 ms a frame on average, up to one
 * frame's budget in the frame that draws one of them, hence one a frame.
 * Hidden, they cost nothing but a check per frame.
 */
final class InsidePanels {
    /** While training, the gradient-flow chart is drawn again at most this often (ms). */
    static final double CHART_MS = 500;
    private static final int MIN_WIDTH = 240;
    /**
     * The gradient-flow chart's height at every width: on a phone its legend of up to nine layers takes three rows,
     * which a chart scaled down with the width would leave no room under.
     */
    private static final int CHART_HEIGHT = 240;

    private final HTMLElement valuesPanel = Dom.byId("layer-values");
    private final HTMLElement flowPanel = Dom.byId("gradient-flow");
    private final HtmlCanvas histograms = new HtmlCanvas(Dom.canvas("layer-histograms"));
    private final HtmlCanvas flowCanvas = new HtmlCanvas(Dom.canvas("gradient-chart"));
    private LineChart flowChart;
    private int drawnRevision = -1;
    private int drawnEpochs = -1;
    private GradientHistory drawnLayersOf;
    private int drawnLayers = -1;
    private double chartAt = Double.NEGATIVE_INFINITY;
    /** When an instrument was last drawn: one waiting longer than {@link #LONGEST_WAIT_MS} is drawn regardless. */
    private double drawnAt = Double.NEGATIVE_INFINITY;
    static final double LONGEST_WAIT_MS = 1000;

    /**
     * Shows, hides and redraws the instruments for this frame; cheap when nothing changed. While training, at most one
     * of them is drawn in a frame, and none when the frame has no {@code room} left in its budget (FrameBudget): what
     * changed is drawn in a later frame, or after {@link #LONGEST_WAIT_MS} regardless (a training pace that fills every
     * frame's budget would otherwise leave them standing).
     */
    void update(PlaygroundSession session, UnitCensus census, boolean playing, double now, boolean room) {
        PlaygroundConfig config = session.config();
        double start = Dom.now();
        if (show(valuesPanel, config.histograms())) {
            drawnRevision = -1;
        }
        if (show(flowPanel, config.gradientFlow())) {
            drawnEpochs = -1;
        }
        boolean may = room || !playing || now - drawnAt > LONGEST_WAIT_MS;
        boolean drawn = config.histograms() && may && drawHistograms(census);
        if (config.gradientFlow() && may && !(drawn && playing)) {
            drawn = drawFlow(session.gradients(), playing, now);
        }
        if (drawn) {
            drawnAt = now;
        }
        publish(Dom.now() - start);
    }

    /** This frame's time for the instruments in ms, for the speed measurements (window.hyperplaneInsideMs). */
    @JSBody(params = "ms", script = "window.hyperplaneInsideMs = ms;")
    private static native void publish(double ms);

    /** Shows or hides a panel; true when it has just been shown (so it is drawn afresh). */
    private static boolean show(HTMLElement panel, boolean shown) {
        if (panel.isHidden() == shown) {
            panel.setHidden(!shown);
            return shown;
        }
        return false;
    }

    /** Draws the histograms if the census or the canvas changed; returns whether it drew. */
    private boolean drawHistograms(UnitCensus census) {
        boolean resized = histograms.fitToDisplay(MIN_WIDTH);
        if (!resized && census.revision() == drawnRevision) {
            return false;
        }
        drawnRevision = census.revision();
        histograms.resize(histograms.width(), LayerHistograms.height(census.layerCount() - 1));
        histograms.clear();
        LayerHistograms.draw(histograms, census, histograms.width());
        Dom.text("layer-summary", LayerText.summary(census));
        return true;
    }

    /** Draws the chart if an epoch was added (at most every CHART_MS while training) or the canvas changed. */
    private boolean drawFlow(GradientHistory history, boolean playing, double now) {
        boolean resized = flowCanvas.fitToDisplay(MIN_WIDTH) || flowChart == null;
        if (resized) {
            flowCanvas.resize(flowCanvas.width(), CHART_HEIGHT);
            flowChart = GradientFlowChart.create(flowCanvas.width(), flowCanvas.height());
        }
        boolean changed = history.size() != drawnEpochs || history != drawnLayersOf
                || history.layers() != drawnLayers;
        if (!resized && (!changed || (playing && now - chartAt < CHART_MS))) {
            return false;
        }
        chartAt = now;
        drawnEpochs = history.size();
        drawnLayersOf = history;
        drawnLayers = history.layers();
        GradientFlowChart.show(flowChart, history, flowCanvas.theme());
        flowCanvas.clear();
        flowChart.draw(flowCanvas);
        Dom.text("gradient-summary", GradientFlowChart.summary(history));
        return true;
    }
}
