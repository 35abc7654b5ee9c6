package hyperplane.view;

import hyperplane.sim.PlaygroundSession;
import hyperplane.sim.TrainingDiagnosis;
import hyperplane.sim.UnitCensus;
import hyperplane.sim.TrainingDiagnosis.Finding;
import java.util.List;

/**
 * The playground's line that says why a run is not learning ({@link TrainingDiagnosis}, in the words of
 * {@link DiagnosisText}), and when a screen reader hears it. Kept apart from the DOM so that its timing is tested on
 * the JVM with a fake clock; the browser view shows {@link #line()} and announces {@link #takeAnnouncement()}.
 *
 * <p>Timing: paused, every {@link #update} diagnoses (after a step, a reset or a change the line is right at once).
 * While training, it diagnoses at most every {@link #INTERVAL_MS}, and a line stays at least {@link #HOLD_MS} after
 * its finding was last seen, so that a finding at the edge of its threshold does not make the line blink. A new
 * finding is announced once, when it becomes the first; the same kind again within {@link #REPEAT_MS} is not, unless
 * the line was cleared while paused (a reset or a change: the run is a new one).
 */
public final class DiagnosisReport {
    /**
     * While training, the diagnosis (one forward pass over the training points) runs at most this often: at 4× CPU
     * throttling it is one of the longest parts of a frame with a large network.
     */
    static final double INTERVAL_MS = 500;
    /** While training, a line stays this long after its finding was last seen. */
    static final double HOLD_MS = 2000;
    /** A kind announced is not announced again within this time (a finding that comes and goes). */
    static final double REPEAT_MS = 15000;

    private final TrainingDiagnosis diagnosis = new TrainingDiagnosis();
    private double lastRun = Double.NEGATIVE_INFINITY;
    private double lastFound = Double.NEGATIVE_INFINITY;
    private String line = "";
    private String kind = "";
    private String announcedKind = "";
    private double announcedAt = Double.NEGATIVE_INFINITY;
    private String announcement;

    /**
     * Diagnoses {@code session} again if it is time (see the class comment).
     *
     * @param playing whether training runs
     * @param now     milliseconds, on any clock that only goes forward
     * @return whether the line changed
     */
    public boolean update(PlaygroundSession session, boolean playing, double now) {
        if (playing && now - lastRun < INTERVAL_MS) {
            return false;
        }
        lastRun = now;
        List<Finding> found = diagnosis.diagnose(session);
        String nextLine = DiagnosisText.line(found);
        String nextKind = found.isEmpty() ? "" : DiagnosisText.kind(found.get(0));
        if (found.isEmpty()) {
            if (playing && now - lastFound < HOLD_MS) {
                return false;
            }
            if (!playing) {
                announcedKind = ""; // cleared by a step, a reset or a change: the next finding is news again
            }
        } else {
            lastFound = now;
        }
        if (!nextKind.isEmpty() && !nextKind.equals(kind)
                && !(nextKind.equals(announcedKind) && now - announcedAt < REPEAT_MS)) {
            announcement = nextLine;
            announcedKind = nextKind;
            announcedAt = now;
        }
        kind = nextKind;
        boolean changed = !nextLine.equals(line);
        line = nextLine;
        return changed;
    }

    /** The census the last diagnosis took (the layer histograms read it too: one pass, the same numbers). */
    public UnitCensus census() {
        return diagnosis.census();
    }

    /** The line on show: what is wrong and what to try; "" when nothing is. */
    public String line() {
        return line;
    }

    /** The kind of the first finding on show ({@link DiagnosisText#kind}), "" when none. */
    public String kind() {
        return kind;
    }

    /** The sentence a screen reader should hear now, once; null when there is none. */
    public String takeAnnouncement() {
        String result = announcement;
        announcement = null;
        return result;
    }
}
