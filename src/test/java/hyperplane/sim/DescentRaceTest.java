package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Function2D;
import hyperplane.engine.Momentum;
import hyperplane.engine.Sgd;
import hyperplane.engine.Surface;
import hyperplane.sim.DescentRace.Outcome;
import hyperplane.sim.DescentRace.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two-dimensional race: surfaces, outcomes and the presets' lessons, with their step counts. */
class DescentRaceTest {
    private static final Function2D VALLEY_50 = Surface.VALLEY.function(50);

    @Test
    void momentumBeatsPlainDescentInTheConditionFiftyValley() {
        // From (−9, 3), η = 0.038 (just under the 2/κ = 0.04 where plain descent stops converging), tolerance 1e-4,
        // momentum β = 0.7. (With β = 0.9 momentum needs 208 steps: its speed per step is at best √β ≈ 0.95,
        // hardly better than plain descent's 1 − η ≈ 0.96 along the valley.)
        Run plain = DescentRace.run(VALLEY_50, -9, 3, new Sgd(), 0.038, 1e-4, 100000);
        Run momentum = DescentRace.run(VALLEY_50, -9, 3, new Momentum(0.7), 0.038, 1e-4, 100000);
        assertEquals(Outcome.CONVERGED, plain.outcome());
        assertEquals(Outcome.CONVERGED, momentum.outcome());
        assertEquals(212, plain.steps());
        assertEquals(63, momentum.steps());
        assertEquals(208, DescentRace.run(VALLEY_50, -9, 3, new Momentum(0.9), 0.038, 1e-4, 100000).steps());
        // Plain descent zig-zags: y flips sign every step (factor 1 − 0.038·50 = −0.9).
        assertTrue(plain.ys()[1] < 0 && plain.ys()[2] > 0 && plain.ys()[3] < 0);
        assertEquals(213, plain.xs().length, "start and every step");
        assertTrue(Math.abs(momentum.x()) < 1e-3 && Math.abs(momentum.y()) < 1e-3);
    }

    @Test
    void aTurningMomentumRunIsNotTakenForConverged() {
        // From (0, 0.78) momentum's second step is almost 0 (the velocity turns round at y ≈ −0.70), yet the
        // gradient there is large: the run goes on until both are small.
        Run m = DescentRace.run(VALLEY_50, 0, 0.78, new Momentum(0.9), 0.038, 1e-4, 100000);
        assertEquals(Outcome.CONVERGED, m.outcome());
        assertEquals(184, m.steps());
        assertTrue(Math.abs(m.y()) < 1e-4);
    }

    @Test
    void thePresetsShowTheirLessons() {
        List<Run> zigzag = RacePreset.ZIGZAG.race(100000);
        assertEquals(List.of(212, 63), zigzag.stream().map(Run::steps).toList());
        List<Run> rosenbrock = RacePreset.ADAM_ROSENBROCK.race(100000);
        assertEquals(List.of(5228, 1780), rosenbrock.stream().map(Run::steps).toList());
        assertEquals(1, rosenbrock.get(1).x(), 1e-3);
        assertEquals(1, rosenbrock.get(1).y(), 1e-3);
        List<Run> diverging = RacePreset.DIVERGING.race(100000);
        assertEquals(Outcome.CONVERGED, diverging.get(0).outcome());
        assertEquals(Outcome.DIVERGED, diverging.get(1).outcome());
        assertEquals(261, diverging.get(1).steps(), "η = 0.041 leaves ±1e6 at step 261");
        assertEquals(261, diverging.get(1).xs().length, "the diverging step is not drawn");
        List<Run> saddle = RacePreset.SADDLE.race(100000);
        assertEquals(List.of(102, 47), saddle.stream().map(Run::steps).toList(), "steps until they roll off");
        assertEquals(Outcome.CAPPED, DescentRace.run(VALLEY_50, -9, 3, new Sgd(), 0.038, 1e-4, 10)
                .outcome());
        assertThrows(IllegalArgumentException.class, () -> DescentRace.run(VALLEY_50, 0, 0, new Sgd(), 0.1,
                0, 10));
    }

    @Test
    void eachSurfacesGradientMatchesCentralDifferences() {
        double h = 1e-5;
        double[] g = new double[2];
        for (Surface s : Surface.values()) {
            for (double[] p : new double[][] {{0.3, -0.7}, {-1.2, 1.9}, {2.5, 0.4}}) {
                s.gradient(p[0], p[1], 50, g);
                double dx = (s.value(p[0] + h, p[1], 50) - s.value(p[0] - h, p[1], 50)) / (2 * h);
                double dy = (s.value(p[0], p[1] + h, 50) - s.value(p[0], p[1] - h, 50)) / (2 * h);
                assertEquals(dx, g[0], 1e-5 * (1 + Math.abs(dx)), s + " ∂f/∂x at " + p[0] + ", " + p[1]);
                assertEquals(dy, g[1], 1e-5 * (1 + Math.abs(dy)), s + " ∂f/∂y at " + p[0] + ", " + p[1]);
            }
        }
        assertEquals(0, Surface.HIMMELBLAU.value(3, 2, 0), 0);
        assertEquals(0, Surface.ROSENBROCK.value(1, 1, 0), 0);
    }
}
