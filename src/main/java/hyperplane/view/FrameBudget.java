package hyperplane.view;

/**
 * How much of an animation frame the playground's own work (training and drawing) may take, learnt from the frames'
 * clock: what is left of the display's frame interval once the browser's own work (style, layout, paint, compositing,
 * garbage collection) is taken out. On a fast device that is {@link #MAX_MS}; on a slow one (measured at 4× CPU
 * throttling without a GPU, where painting and compositing took more of a frame than the page's script) it is less,
 * so that the frames keep their pace instead of each one running late.
 *
 * <p>The browser's work cannot be timed from the page, but a late frame shows it: when the time between two frames
 * is more than {@link #LATE} display intervals, the frame was bound by work, not by the display, and the gap less
 * the page's own work of the frame before is the browser's share, which the estimate follows ({@link #FOLLOW}). A frame
 * on time says only that everything fitted, so then the estimate slowly shrinks ({@link #DECAY} a frame) and the
 * budget grows back until a frame is late again. The display interval is the shortest gap seen (60 Hz at first).
 *
 * <p>Only what is drawn and how much training a frame attempts depend on the budget; the weights after an epoch do
 * not (the epochs are the same, only spread differently over frames). Kept apart from the DOM so that it is tested
 * on the JVM with made-up frame times.
 */
public final class FrameBudget {
    /** The most a frame's own work may take (ms): two thirds of a 60 Hz frame, the rest for the browser. */
    public static final double MAX_MS = 11;
    /** The least budget, however slow the browser is: training and one part of the picture must go on. */
    static final double MIN_MS = 4;
    /** A gap longer than this many display intervals is a late frame. */
    static final double LATE = 1.25;
    /** Room left for jitter below the display interval, in ms. */
    static final double MARGIN_MS = 1.5;
    /** How much of a new late frame's measure the estimate of the browser's work takes. */
    static final double FOLLOW = 0.5;
    /** The factor by which the estimate shrinks with each frame on time. */
    static final double DECAY = 0.99;
    /** Gaps shorter than this (ms) are not display intervals (two callbacks in one frame, a clock step). */
    static final double SHORTEST_INTERVAL_MS = 4;
    /** Gaps longer than this (ms) are stalls (a tab in the background), not frames. */
    static final double STALL_MS = 250;

    private double interval = 1000 / 60.0;
    private double browserMs;
    private double lastFrame = Double.NaN;
    private double budget = MAX_MS;

    /**
     * A new frame begins at {@code frameTime} (the animation frame's timestamp, ms); the page's own work in the frame
     * before took {@code lastWorkMs}. Updates {@link #ms()}.
     */
    public void frame(double frameTime, double lastWorkMs) {
        double gap = frameTime - lastFrame;
        lastFrame = frameTime;
        if (!(gap >= SHORTEST_INTERVAL_MS && gap <= STALL_MS)) {
            return; // the first frame, a clock step or a stall: nothing learnt
        }
        double work = lastWorkMs > 0 ? lastWorkMs : 0;
        interval = Math.min(interval, gap);
        if (gap > LATE * interval) {
            browserMs += FOLLOW * (Math.max(0, gap - work) - browserMs);
        } else {
            browserMs *= DECAY;
        }
        budget = Math.max(MIN_MS, Math.min(MAX_MS, interval - MARGIN_MS - browserMs));
    }

    /** The time the page's own work may take in this frame, in ms: {@link #MIN_MS} … {@link #MAX_MS}. */
    public double ms() {
        return budget;
    }

    /**
     * Whether the browser's own work leaves the page less than {@link #MAX_MS} a frame (a slow device, or a display
     * faster than 60 Hz): then the page's text and chart updates get frames of their own (see Playground#draw).
     */
    public boolean tight() {
        return budget < MAX_MS;
    }

    /** The browser's own work per frame as estimated now, in ms (for the speed measurements). */
    public double browserMs() {
        return browserMs;
    }
}
