package hyperplane.view;

import hyperplane.sim.PlaygroundSession;
import hyperplane.state.TrainingSpeed;
import java.util.function.DoubleSupplier;

/**
 * How fast the playground trains and how often it tells the page: the work one animation frame does for each
 * speed, and the throttles on the readouts and on the progress events. Kept apart from the DOM so that the
 * pacing is tested on the JVM with a fake clock; the browser view only asks it and touches the page.
 *
 * <p><b>A rate</b> ({@link TrainingSpeed#epochsPerSecond()} finite) is kept against the frames' clock, not by
 * counting frames: each frame adds rate × (time since the last frame) to a credit of epochs, and the frame trains
 * the whole epochs the credit holds, so 60 epochs a second is one epoch a frame on a 60 Hz display, one every
 * other frame on a 120 Hz one, and 5 a second is one every 200 ms anywhere. The first frame after
 * {@link #start()} trains one epoch at once. A frame that comes up to {@link #SLACK} of an epoch early still trains
 * it (the credit may go that far below zero), so frame-time jitter does not make a 60 Hz display alternate
 * between zero and two epochs. After a stall (a tab in the background, a long garbage collection) at most
 * {@link #MAX_GAP_MS} of time counts, and a network too slow for its rate owes no more than that: the catch-up is
 * bounded. Training goes slice by slice within the frame budget ({@link PlaygroundSession#trainSlice}: a mini-batch,
 * or a chunk of the points over which a finished epoch's losses are counted), so that an epoch of a large network and
 * its count can spread over frames without stalling the page. A count begun in one frame goes on in the next, whether
 * or not another epoch is due.
 *
 * <p><b>As fast as possible</b> ({@link TrainingSpeed#MAX}) trains mini-batch after mini-batch until the
 * frame's budget is spent.
 */
public final class TrainingPace {
    /** The least time a frame trains (when training is due), however long the drawing took: training must go on. */
    static final double MIN_TRAIN_MS = 2;
    /** The most time between two frames that a rate counts: a stall is not caught up beyond this. */
    static final double MAX_GAP_MS = 100;
    /** How early (in epochs) a frame may train an epoch that is almost due. */
    static final double SLACK = 0.25;
    /**
     * The main heatmap's share of a frame while training: a network whose full grid takes longer is drawn over
     * several frames (see HeatmapPass).
     */
    static final double HEATMAP_BUDGET_MS = 5;
    /** While training, the readouts change at most this often (text that changes faster cannot be read anyway). */
    static final double READOUT_MS = 100;
    /**
     * While training, the confusion tables are made again at most this often: their counts come with every epoch's
     * losses, but a table whose cells change ten times a second cannot be read, and each rebuild lays out all its cells.
     */
    static final double TABLES_MS = 1000;
    /** While training, an embedding page hears of progress at most this often. */
    static final double PROGRESS_MS = 250;
    /** While training, a screen reader hears the progress at most this often (ms). */
    public static final int ANNOUNCE_MS = 4000;
    /** Said when Play or Step finds nothing to train on. */
    public static final String NO_POINTS =
            "There are no training points yet: place some on the canvas or pick a dataset.";

    /** The time of the last frame that trained at a rate; NaN after {@link #start()}. */
    private double lastFrame = Double.NaN;
    /** Epochs owed at a rate (may be down to −{@link #SLACK}). */
    private double credit;
    private double lastProgress = -1e9;
    private double lastReadout = -1e9;
    private double lastTables = -1e9;
    private boolean readoutsStale;

    /** Playing starts (again): the next frame trains one epoch at once, and the time paused does not count. */
    public void start() {
        lastFrame = Double.NaN;
        credit = 0;
    }

    /**
     * Trains one frame's worth at {@code speed} (see the class comment): until training and the last drawing
     * together took {@code frameBudgetMs}, so that a frame stays within a 60 Hz display's 16.7 ms with room left for
     * the browser's own work; at least one mini-batch runs per frame.
     *
     * @param frameTime     the frame's time in ms (the animation frame's timestamp), which a rate is kept against
     * @param drawMs        how long the last drawing took (the frame budget leaves it room)
     * @param clock         milliseconds, for the frame budget
     * @param frameBudgetMs the frame's budget ({@link FrameBudget#ms()}: {@link FrameBudget#MAX_MS} on a fast device,
     *                      less where the browser's own work takes more of a frame)
     * @return whether the network changed (so the picture must be drawn again)
     */
    public boolean train(PlaygroundSession session, TrainingSpeed speed, double frameTime, double drawMs,
                         DoubleSupplier clock, double frameBudgetMs) {
        double budget = Math.max(MIN_TRAIN_MS, frameBudgetMs - drawMs);
        if (speed == TrainingSpeed.MAX) {
            double start = clock.getAsDouble();
            // Slice by slice, so that an epoch of a large network can spread over several frames.
            do {
                session.trainSlice();
            } while (!session.diverged() && clock.getAsDouble() - start < budget);
            return true;
        }
        double rate = speed.epochsPerSecond();
        if (lastFrame != lastFrame) {
            credit = 1;
        } else {
            credit += rate * Math.min(MAX_GAP_MS, Math.max(0, frameTime - lastFrame)) / 1000;
        }
        lastFrame = frameTime;
        int due = (int) Math.floor(credit + SLACK);
        if ((due == 0 && !session.counting()) || session.trainCount() == 0) {
            return false;
        }
        double start = clock.getAsDouble();
        int done = 0;
        while ((done < due || session.counting()) && !session.diverged()) {
            if (session.trainSlice()) {
                done++;
            }
            if (clock.getAsDouble() - start >= budget) {
                break;
            }
        }
        credit = Math.min(credit - done, 1 + rate * MAX_GAP_MS / 1000);
        return true;
    }

    /** Whether an embedding page should hear of progress at {@code now}; if so, the next one waits again. */
    public boolean progressDue(double now) {
        if (now - lastProgress > PROGRESS_MS) {
            lastProgress = now;
            return true;
        }
        return false;
    }

    /**
     * Whether the readouts should change with a drawing at {@code now}: always when paused, at most every
     * {@link #READOUT_MS} while playing. A refused update leaves them stale (see {@link #readoutsStale}).
     */
    public boolean readoutsDue(boolean playing, double now) {
        if (!playing || now - lastReadout >= READOUT_MS) {
            lastReadout = now;
            readoutsStale = false;
            return true;
        }
        readoutsStale = true;
        return false;
    }

    /**
     * Whether the readouts shown at {@code now} bring the confusion tables up to date: always when paused, at most every
     * {@link #TABLES_MS} while playing. A refusal leaves the readouts stale, so a paused view brings them up to date.
     */
    public boolean tablesDue(boolean playing, double now) {
        if (!playing || now - lastTables >= TABLES_MS) {
            lastTables = now;
            return true;
        }
        readoutsStale = true;
        return false;
    }

    /** Whether an update was refused since the last one: a paused view shows it on its next frame. */
    public boolean readoutsStale() {
        return readoutsStale;
    }

    /** The readouts were updated outside a drawing. */
    public void readoutsShown() {
        readoutsStale = false;
    }

    /**
     * How long the main heatmap may evaluate in a frame: a share while playing (at most half the frame's budget
     * {@code frameBudgetMs}), all of it when paused.
     */
    public static double heatmapBudget(boolean playing, double frameBudgetMs) {
        return playing ? Math.min(HEATMAP_BUDGET_MS, frameBudgetMs / 2) : Double.POSITIVE_INFINITY;
    }

    /** The message when training diverged: what happened, where it stopped, and what to do. */
    public static String divergence(PlaygroundSession session) {
        return session.divergence() + " Training is paused at epoch " + session.epoch()
                + ". Pick a smaller learning rate and press Play, or press Reset to start over.";
    }
}
