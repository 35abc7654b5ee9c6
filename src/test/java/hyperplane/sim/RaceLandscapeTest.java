package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hyperplane.engine.Momentum;
import hyperplane.engine.Sgd;
import hyperplane.engine.Surface;
import hyperplane.state.RaceSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a race runs on, built-in or typed; the typed valley races as the built-in one does. */
class RaceLandscapeTest {
    @Test
    void aTypedSurfaceIsShownOnItsOwnWindowFromItsOwnStart() {
        RaceSettings d = RaceSettings.defaults();
        RaceLandscape typed = RaceLandscape.of(d.with(Surface.VALLEY, "x^2 + 10*y^2", 50, 0.7, d.racers(), -4, 3));
        assertArrayEquals(new double[] {-5, 5, -5, 5}, typed.window());
        assertArrayEquals(new double[] {-4, 3}, typed.start());
        assertEquals(1e-4, typed.tolerance());
        assertEquals(4 + 90, typed.function().value(2, 3));
        assertEquals(1e-6, RaceLandscape.of(Surface.ROSENBROCK, 1).tolerance());
        assertArrayEquals(Surface.VALLEY.window(), RaceLandscape.of(d).window());
    }

    /**
     * f = x² + 10y² from (−4, 3), η 0.038, the page's default racers: the steps DescentRaceIT reads in the browser.
     * It is twice the built-in valley with κ = 10, so it races as that valley at twice the rate, point for point.
     */
    @Test
    void theTypedValleyRacesAsTheBuiltInOne() {
        RaceSettings d = RaceSettings.defaults();
        RaceLandscape typed = RaceLandscape.of(d.with(Surface.VALLEY, "x^2 + 10*y^2", 50, 0.7, d.racers(), -4, 3));
        DescentRace.Run sgd = DescentRace.run(typed.function(), -4, 3, new Sgd(), 0.038, 1e-4, 20000);
        DescentRace.Run momentum = DescentRace.run(typed.function(), -4, 3, new Momentum(0.7), 0.038, 1e-4, 20000);
        DescentRace.Run valley = DescentRace.run(Surface.VALLEY.function(10), -4, 3, new Sgd(), 0.076, 1e-4, 20000);
        assertEquals(List.of(103, 58), List.of(sgd.steps(), momentum.steps()));
        assertArrayEquals(valley.xs(), sgd.xs(), 1e-12);
        assertArrayEquals(valley.ys(), sgd.ys(), 1e-12);
    }
}
