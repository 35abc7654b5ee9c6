package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.PlaygroundSession;
import hyperplane.state.HashCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiagnosisReportTest {
    /** ReLU on the default circle with seed 1: its second hidden layer is dead after 50 epochs. */
    private static PlaygroundSession dead;
    /** The default run at epoch 0: nothing to say. */
    private static PlaygroundSession healthy;

    private final DiagnosisReport report = new DiagnosisReport();

    @BeforeAll
    static void sessions() {
        dead = new PlaygroundSession(HashCodec.decode("v=1&act=relu").state().playground());
        dead.trainEpochs(50);
        healthy = new PlaygroundSession(HashCodec.decode("v=1").state().playground());
    }

    @Test
    void pausedItDiagnosesAtOnceAndAnnouncesANewFindingOnce() {
        assertTrue(report.update(dead, false, 0));
        assertTrue(report.line().startsWith("Dead network: both neurons of hidden layer 2"), report.line());
        assertEquals("dead", report.kind());
        assertEquals(report.line(), report.takeAnnouncement());
        assertNull(report.takeAnnouncement());
        assertFalse(report.update(dead, false, 10), "the same line");
        assertNull(report.takeAnnouncement());
    }

    @Test
    void playingItDiagnosesAtMostEveryInterval() {
        assertFalse(report.update(healthy, true, 0));
        assertFalse(report.update(dead, true, DiagnosisReport.INTERVAL_MS - 1), "not due yet");
        assertEquals("", report.line());
        assertTrue(report.update(dead, true, DiagnosisReport.INTERVAL_MS));
        assertEquals("dead", report.kind());
    }

    @Test
    void playingALineStaysAWhileAfterItsFindingWent() {
        report.update(dead, true, 0);
        assertFalse(report.update(healthy, true, DiagnosisReport.HOLD_MS - DiagnosisReport.INTERVAL_MS));
        assertEquals("dead", report.kind());
        assertTrue(report.update(healthy, true, DiagnosisReport.HOLD_MS));
        assertEquals("", report.line());
        assertEquals("", report.kind());
    }

    @Test
    void pausedALineGoesAtOnce() {
        report.update(dead, false, 0);
        assertTrue(report.update(healthy, false, 1));
        assertEquals("", report.line());
    }

    @Test
    void aFindingThatComesBackSoonIsNotAnnouncedAgainWhilePlaying() {
        report.update(dead, true, 0);
        assertTrue(report.takeAnnouncement().startsWith("Dead network"));
        report.update(healthy, true, 2500);
        assertTrue(report.update(dead, true, 3000), "shown again");
        assertNull(report.takeAnnouncement(), "but not said again so soon");
        report.update(healthy, true, 6000);
        report.update(dead, true, DiagnosisReport.REPEAT_MS + 1);
        assertTrue(report.takeAnnouncement().startsWith("Dead network"), "said again after a while");
    }

    @Test
    void afterAClearWhilePausedTheSameFindingIsNewsAgain() {
        report.update(dead, false, 0);
        report.takeAnnouncement();
        report.update(healthy, false, 1); // a reset
        report.update(dead, false, 2);
        assertTrue(report.takeAnnouncement().startsWith("Dead network"));
    }
}
