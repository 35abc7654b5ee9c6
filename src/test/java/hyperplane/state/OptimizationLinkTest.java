package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hyperplane.engine.Adam;
import hyperplane.engine.Optimizer;
import hyperplane.engine.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimizer and schedule settings in the link: written when used, read back, refused out of range. */
class OptimizationLinkTest {
    private static String link(Optimization o) {
        return HashCodec.encode(AppState.defaults().withPlayground(PlaygroundConfig.defaults().withOptimization(o)));
    }

    @Test
    void onlyTheChosenRulesSettingsAreWritten() {
        assertEquals("v=1", link(Optimization.DEFAULT));
        assertEquals("v=1", link(Optimization.DEFAULT.withBeta(0.5)), "SGD reads no β");
        assertEquals("v=1&opt=momentum&beta=0.5", link(Optimization.DEFAULT.withOptimizer(Optimizer.MOMENTUM)
                .withBeta(0.5).withEpsilon(0.001)));
        assertEquals("v=1&opt=adam&beta2=0.99&eps=0.0001", link(Optimization.DEFAULT.withOptimizer(Optimizer.ADAM)
                .withBeta2(0.99).withEpsilon(1e-4)));
        assertEquals("v=1&sched=exp&decay=0.95", link(Optimization.DEFAULT.withSchedule(Schedule.Kind.EXPONENTIAL)
                .withDecay(0.95).withEvery(7)));
        assertEquals("v=1&sched=step&decay=0.5&every=100", link(Optimization.DEFAULT
                .withSchedule(Schedule.Kind.STEP).withDecay(0.5).withEvery(100)));
    }

    @Test
    void aLinkBringsTheSettingsBack() {
        HashCodec.Decoded d = HashCodec.decode("#v=1&opt=adam&beta=0.8&beta2=0.99&eps=1e-6&sched=step&decay=0.5"
                + "&every=20");
        assertEquals(List.of(), d.notices());
        Optimization o = d.state().playground().optimization();
        assertEquals(new Optimization(Optimizer.ADAM, 0.8, 0.99, 1e-6, Schedule.Kind.STEP, 0.5, 20), o);
        Adam adam = (Adam) o.rule();
        assertEquals(0.8, adam.beta1(), 0);
        assertEquals(0.99, adam.beta2(), 0);
        assertEquals(0.25, o.toSchedule().rate(1, 45), 0);
        assertEquals(d.state(), HashCodec.decode(HashCodec.encode(d.state())).state());
    }

    @Test
    void valuesOutOfRangeAreRefusedWithANoticeAndKeepTheirDefault() {
        HashCodec.Decoded d = HashCodec.decode("#v=1&opt=lbfgs&beta=1&beta2=-0.1&eps=0&sched=cosine&decay=2"
                + "&every=0");
        assertEquals(7, d.notices().size(), d.notices().toString());
        assertEquals("ignored opt=lbfgs: not one of sgd, momentum, nesterov, rmsprop, adam", d.notices().get(0));
        assertEquals(Optimization.DEFAULT, d.state().playground().optimization());
        assertEquals(List.of("ignored beta=x: not a number"), HashCodec.decode("#opt=momentum&beta=x").notices());
    }

    @Test
    void theRecordRefusesWhatTheLinkRefuses() {
        assertThrows(IllegalArgumentException.class, () -> Optimization.DEFAULT.withBeta(1));
        assertThrows(IllegalArgumentException.class, () -> Optimization.DEFAULT.withEpsilon(0));
        assertThrows(IllegalArgumentException.class, () -> Optimization.DEFAULT.withDecay(0));
        assertThrows(IllegalArgumentException.class, () -> Optimization.DEFAULT.withEvery(0));
        assertThrows(IllegalArgumentException.class, () -> Optimization.DEFAULT.withOptimizer(null));
    }
}
