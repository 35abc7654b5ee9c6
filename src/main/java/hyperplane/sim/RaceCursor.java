package hyperplane.sim;

import java.util.List;

/**
 * A step counter over the finished runs of one race, so that the racers can be shown stepping or playing together:
 * at step k each racer is at the k-th point of its path, or at its last point once its run has ended. The runs are
 * computed whole first ({@link DescentRace}); the cursor only chooses how much of them to show. It starts at the
 * end, where every racer's result is final.
 */
public final class RaceCursor {
    /** Frames between two advances while playing; with reduced motion the paths grow in jumps 4 times a second. */
    static final int FRAMES_PER_ADVANCE = 2;
    static final int REDUCED_FRAMES_PER_ADVANCE = 15;
    /** The slowest pace, in steps a second (at 60 frames a second). */
    static final int STEPS_PER_SECOND = 30;
    /** Longer races play faster, so that Play ends within about this many seconds. */
    static final int PLAY_SECONDS = 10;

    private final List<DescentRace.Run> runs;
    private final int last;
    private int step;

    /** A cursor at the end of {@code runs}. */
    public RaceCursor(List<DescentRace.Run> runs) {
        this.runs = List.copyOf(runs);
        int most = 0;
        for (DescentRace.Run run : runs) {
            most = Math.max(most, run.steps());
        }
        this.last = most;
        this.step = most;
    }

    public List<DescentRace.Run> runs() {
        return runs;
    }

    /** The step shown, 0 (every racer at the start) to {@link #last()}. */
    public int current() {
        return step;
    }

    /** The step at which the longest run ended. */
    public int last() {
        return last;
    }

    public boolean atEnd() {
        return step == last;
    }

    /** Back to step 0. */
    public void reset() {
        step = 0;
    }

    /** One step on; false (and no change) at the end. */
    public boolean step() {
        return advance(1) > 0;
    }

    /** Straight to the end. */
    public void toEnd() {
        step = last;
    }

    /** Moves on by up to {@code steps}, stopping at the end; returns the steps taken. */
    public int advance(int steps) {
        int next = Math.min(last, step + Math.max(0, steps));
        int taken = next - step;
        step = next;
        return taken;
    }

    /** The index in racer {@code r}'s path of the point shown: k, or its last point once its run has ended. */
    public int pointOf(int r) {
        return Math.min(step, runs.get(r).xs().length - 1);
    }

    /** Whether racer {@code r}'s run has ended by the step shown (its result is final). */
    public boolean finished(int r) {
        return step >= runs.get(r).steps();
    }

    /**
     * The steps to take in frame number {@code frame} (1, 2, …) of a play of a race of {@code last} steps: every
     * {@value #FRAMES_PER_ADVANCE}nd frame (every {@value #REDUCED_FRAMES_PER_ADVANCE}th with reduced motion) an
     * advance, at max({@value #STEPS_PER_SECOND}, last / {@value #PLAY_SECONDS}) steps a second, at least one step
     * an advance.
     */
    public static int stepsForFrame(int frame, int last, boolean reducedMotion) {
        int every = reducedMotion ? REDUCED_FRAMES_PER_ADVANCE : FRAMES_PER_ADVANCE;
        if (frame % every != 0) {
            return 0;
        }
        double perSecond = Math.max(STEPS_PER_SECOND, (double) last / PLAY_SECONDS);
        return Math.max(1, (int) Math.ceil(perSecond * every / 60));
    }

    /** Plays frame number {@code frame}; returns the steps taken (0 while it waits or at the end). */
    public int play(int frame, boolean reducedMotion) {
        return advance(stepsForFrame(frame, last, reducedMotion));
    }
}
