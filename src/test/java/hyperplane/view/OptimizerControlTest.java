package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Optimizer;
import hyperplane.engine.Schedule;
import hyperplane.state.Optimization;
import hyperplane.state.PlaygroundConfig;
import org.junit.jupiter.api.Test;

/** The optimizer and schedule controls of the playground table, and their texts. */
class OptimizerControlTest {
    private final PlaygroundConfig defaults = PlaygroundConfig.defaults();

    @Test
    void theControlsSetAndShowTheOptimization() {
        PlaygroundConfig adam = PlaygroundControl.OPTIMIZER.with(defaults, "adam");
        assertEquals(Optimizer.ADAM, adam.optimization().optimizer());
        assertEquals("adam", PlaygroundControl.OPTIMIZER.value(adam));
        PlaygroundConfig c = PlaygroundControl.EPSILON.with(PlaygroundControl.BETA2.with(
                PlaygroundControl.BETA.with(adam, "0.8"), "0.99"), "1e-6");
        assertEquals(new Optimization(Optimizer.ADAM, 0.8, 0.99, 1e-6, Schedule.Kind.CONSTANT, 0.9, 50),
                c.optimization());
        assertEquals(1e-6, Double.parseDouble(PlaygroundControl.EPSILON.value(c)), 0);
        PlaygroundConfig step = PlaygroundControl.EVERY.with(PlaygroundControl.DECAY.with(
                PlaygroundControl.SCHEDULE.with(defaults, "step"), "0.5"), "20");
        assertEquals(new Schedule(Schedule.Kind.STEP, 0.5, 20), step.optimization().toSchedule());
        assertEquals("20", PlaygroundControl.EVERY.value(step));
        assertThrows(IllegalArgumentException.class, () -> PlaygroundControl.OPTIMIZER.with(defaults, "lbfgs"));
        assertThrows(IllegalArgumentException.class, () -> PlaygroundControl.BETA.with(defaults, "1"));
    }

    @Test
    void onlyTheChosenRulesAndSchedulesSettingsAreShown() {
        assertTrue(PlaygroundControl.BETA.hidden(defaults), "SGD has no settings");
        assertTrue(PlaygroundControl.EPSILON.hidden(defaults));
        assertTrue(PlaygroundControl.DECAY.hidden(defaults), "a constant rate has none");
        PlaygroundConfig momentum = PlaygroundControl.OPTIMIZER.with(defaults, "momentum");
        assertFalse(PlaygroundControl.BETA.hidden(momentum));
        assertTrue(PlaygroundControl.BETA2.hidden(momentum));
        assertTrue(PlaygroundControl.EPSILON.hidden(momentum));
        PlaygroundConfig rms = PlaygroundControl.OPTIMIZER.with(defaults, "rmsprop");
        assertFalse(PlaygroundControl.EPSILON.hidden(rms));
        assertTrue(PlaygroundControl.BETA2.hidden(rms));
        assertFalse(PlaygroundControl.BETA2.hidden(PlaygroundControl.OPTIMIZER.with(defaults, "adam")));
        PlaygroundConfig exp = PlaygroundControl.SCHEDULE.with(defaults, "exp");
        assertFalse(PlaygroundControl.DECAY.hidden(exp));
        assertTrue(PlaygroundControl.EVERY.hidden(exp));
        assertFalse(PlaygroundControl.EVERY.hidden(PlaygroundControl.SCHEDULE.with(defaults, "step")));
        assertFalse(PlaygroundControl.LEARNING_RATE.hidden(exp));
    }

    @Test
    void textsNameTheSettingAndTheRateNow() {
        assertEquals("Decay ρ", PlaygroundControl.betaLabel(Optimizer.RMSPROP));
        assertEquals("β₁ (gradient average)", PlaygroundControl.betaLabel(Optimizer.ADAM));
        assertEquals("Momentum β", PlaygroundControl.betaLabel(Optimizer.NESTEROV));
        assertEquals("", PlaygroundControl.rateNow(defaults, 0.03));
        PlaygroundConfig exp = PlaygroundControl.SCHEDULE.with(defaults, "exp");
        assertEquals("Learning rate now 0.014349", PlaygroundControl.rateNow(exp, 0.03 * Math.pow(0.9, 7)));
        assertEquals("", BackpropReadout.ruleNote(Optimizer.SGD));
        assertTrue(BackpropReadout.ruleNote(Optimizer.ADAM).startsWith("The playground trains with Adam."));
    }
}
