package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hyperplane.engine.Optimizer;
import hyperplane.engine.Schedule;
import hyperplane.state.Optimization;
import hyperplane.state.PlaygroundConfig;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The playground session trains with the configured update rule and schedule. */
class PlaygroundOptimizerTest {
    private static final Optimization ADAM = Optimization.DEFAULT.withOptimizer(Optimizer.ADAM);

    @Test
    void theChosenRuleTrainsAndResetClearsItsMemory() {
        PlaygroundSession sgd = new PlaygroundSession(PlaygroundConfig.defaults());
        PlaygroundSession adam = new PlaygroundSession(PlaygroundConfig.defaults().withOptimization(ADAM));
        sgd.trainEpochs(3);
        adam.trainEpochs(3);
        assertFalse(Arrays.equals(sgd.parameters(), adam.parameters()), "Adam steps differently");
        double[] afterThree = adam.parameters();
        adam.reset();
        adam.trainEpochs(3);
        assertArrayEquals(afterThree, adam.parameters(), 0, "after Reset Adam starts with an empty memory");
    }

    @Test
    void switchingTheRuleMidRunKeepsTheWeightsAndStartsAFreshMemory() {
        PlaygroundSession a = new PlaygroundSession(PlaygroundConfig.defaults());
        a.trainEpochs(2);
        a.apply(a.config().withOptimization(ADAM));
        assertEquals(2, a.epoch(), "no reset");
        a.trainEpochs(2);
        // The same from a session that loads the two-epoch weights and trains with a new Adam.
        PlaygroundSession b = new PlaygroundSession(PlaygroundConfig.defaults());
        b.trainEpochs(2);
        b.apply(b.config().withOptimization(ADAM.withBeta(0.5)));
        b.apply(b.config().withOptimization(ADAM));
        b.trainEpochs(2);
        assertArrayEquals(a.parameters(), b.parameters(), 0);
    }

    @Test
    void theScheduleSetsEachEpochsRate() {
        Optimization step = Optimization.DEFAULT.withSchedule(Schedule.Kind.STEP).withDecay(0.5).withEvery(2);
        PlaygroundSession s = new PlaygroundSession(PlaygroundConfig.defaults().withOptimization(step));
        assertEquals(0.03, s.learningRate(), 0);
        s.trainEpochs(1);
        assertEquals(0.03, s.learningRate(), 0);
        s.trainEpochs(1);
        assertEquals(0.015, s.learningRate(), 0);
        s.trainEpochs(2);
        assertEquals(0.0075, s.learningRate(), 0);
        // A constant schedule trains to the same bits as before schedules existed: the rate is η itself.
        PlaygroundSession constant = new PlaygroundSession(PlaygroundConfig.defaults());
        constant.trainEpochs(5);
        assertEquals(0.03, constant.learningRate(), 0);
    }
}
