package hyperplane.view;

import hyperplane.sim.PlaygroundSession;
import java.util.function.DoubleSupplier;

/**
 * How fast the playground trains and how often it tells the page: the work one animation frame does for each
 * speed, and the throttles on the readouts and on the progress events. Kept apart from the DOM so that the
 * pacing is tested on the JVM with a fake clock; the browser view only asks it and touches the page.
 *
 * <p>Speeds (the values of the speed select): "slow" trains one epoch every {@link #SLOW_FRAMES} frames; a number
 * n trains n epochs a frame; "max" trains mini-batch after mini-batch until the frame's budget is spent.
 */
public final class TrainingPace {
    /**
     * With speed "max", a frame trains until training and the last drawing together took this long, so that a
     * frame stays within the 16.7 ms of a 60 Hz display with room left for the browser's own work (style, paint,
     * compositing, garbage collection); at least one mini-batch runs per frame.
     */
    static final double FRAME_BUDGET_MS = 11;
    /** The least time "max" trains in a frame, however long the drawing took: training must go on. */
    static final double MIN_TRAIN_MS = 2;
    /** With speed "slow", one epoch every this many frames. */
    static final int SLOW_FRAMES = 10;
    /**
     * The main heatmap's share of a frame while training: a network whose full grid takes longer is drawn over
     * several frames (see HeatmapPass).
     */
    static final double HEATMAP_BUDGET_MS = 5;
    /** While training, the readouts change at most this often (each update evaluates the accuracy over all points). */
    static final double READOUT_MS = 100;
    /** While training, an embedding page hears of progress at most this often. */
    static final double PROGRESS_MS = 250;
    /** While training, a screen reader hears the progress at most this often (ms). */
    public static final int ANNOUNCE_MS = 4000;
    /** Said when Play or Step finds nothing to train on. */
    public static final String NO_POINTS =
            "There are no training points yet: place some on the canvas or pick a dataset.";

    private int frame;
    private double lastProgress = -1e9;
    private double lastReadout = -1e9;
    private boolean readoutsStale;

    /**
     * Trains one frame's worth at speed {@code mode}.
     *
     * @param drawMs how long the last drawing took (speed "max" leaves it room in the frame)
     * @param clock  milliseconds, for the budget of speed "max"
     * @return whether the network changed (so the picture must be drawn again)
     * @throws NumberFormatException if {@code mode} is neither "slow", "max" nor a number
     */
    public boolean train(PlaygroundSession session, String mode, double drawMs, DoubleSupplier clock) {
        frame++;
        if (mode.equals("slow")) {
            if (frame % SLOW_FRAMES != 0) {
                return false;
            }
            session.trainEpochs(1);
        } else if (mode.equals("max")) {
            double start = clock.getAsDouble();
            double budget = Math.max(MIN_TRAIN_MS, FRAME_BUDGET_MS - drawMs);
            // Batch by batch, so that an epoch of a large network can spread over several frames.
            do {
                session.trainBatch();
            } while (!session.diverged() && clock.getAsDouble() - start < budget);
        } else {
            session.trainEpochs(Integer.parseInt(mode));
        }
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

    /** Whether an update was refused since the last one: a paused view shows it on its next frame. */
    public boolean readoutsStale() {
        return readoutsStale;
    }

    /** The readouts were updated outside a drawing. */
    public void readoutsShown() {
        readoutsStale = false;
    }

    /** How long the main heatmap may evaluate in a frame: a share while playing, all of it when paused. */
    public static double heatmapBudget(boolean playing) {
        return playing ? HEATMAP_BUDGET_MS : Double.POSITIVE_INFINITY;
    }

    /** The message when training diverged: what happened, where it stopped, and what to do. */
    public static String divergence(PlaygroundSession session) {
        return session.divergence() + " Training is paused at epoch " + session.epoch()
                + ". Pick a smaller learning rate and press Play, or press Reset to start over.";
    }
}
