package hyperplane.sim;

import hyperplane.engine.Keyed;
import hyperplane.engine.Optimizer;
import hyperplane.engine.Surface;
import java.util.List;

/**
 * Ready-made races of the two-dimensional descent, each showing one lesson. The racers share the preset's β
 * (momentum's β, RMSProp's ρ, Adam's β₁), and β₂ = 0.999 and ε = 1e-8 where their rule reads them. Step counts
 * are pinned by DescentRaceTest.
 */
public enum RacePreset implements Keyed {
    /** In the valley of condition number 50, plain descent zig-zags across; momentum (β 0.7) glides along. */
    ZIGZAG("zigzag", "Zig-zag in a valley", Surface.VALLEY, 50, 0.7, 1e-4,
            List.of(new Racer(Optimizer.SGD, 0.038), new Racer(Optimizer.MOMENTUM, 0.038))),
    /** On Rosenbrock's curved valley Adam reaches the minimum in about a third of plain descent's steps. */
    ADAM_ROSENBROCK("adam-rosenbrock", "Adam on Rosenbrock", Surface.ROSENBROCK, 1, 0.9, 1e-6,
            List.of(new Racer(Optimizer.SGD, 0.002), new Racer(Optimizer.ADAM, 0.05))),
    /** Past 2/κ = 0.04 plain descent overshoots more every step and diverges. */
    DIVERGING("diverging", "A rate that diverges", Surface.VALLEY, 50, 0.9, 1e-4,
            List.of(new Racer(Optimizer.SGD, 0.038), new Racer(Optimizer.SGD, 0.041))),
    /** Next to the saddle the gradient almost vanishes: plain descent lingers, momentum rolls off sooner. */
    SADDLE("saddle", "Stalling at a saddle", Surface.SADDLE, 1, 0.9, 1e-4,
            List.of(new Racer(Optimizer.SGD, 0.1), new Racer(Optimizer.MOMENTUM, 0.1)));

    /** One optimizer in a race and its learning rate. */
    public record Racer(Optimizer optimizer, double rate) {
    }

    private final Tag tag;
    private final Surface surface;
    private final double condition;
    private final double beta;
    private final double tolerance;
    private final List<Racer> racers;

    RacePreset(String key, String label, Surface surface, double condition, double beta, double tolerance,
            List<Racer> racers) {
        this.tag = new Tag(key, label);
        this.surface = surface;
        this.condition = condition;
        this.beta = beta;
        this.tolerance = tolerance;
        this.racers = racers;
    }

    @Override
    public Tag tag() {
        return tag;
    }

    public Surface surface() {
        return surface;
    }

    /** κ, for the valley. */
    public double condition() {
        return condition;
    }

    /** β shared by the racers. */
    public double beta() {
        return beta;
    }

    public double tolerance() {
        return tolerance;
    }

    public List<Racer> racers() {
        return racers;
    }

    /** Runs every racer from the surface's own start, at most {@code cap} steps each. */
    public List<DescentRace.Run> race(int cap) {
        double[] start = surface.start();
        return racers.stream().map(r -> DescentRace.run(surface.function(condition), start[0], start[1],
                r.optimizer().create(beta, 0.999, 1e-8), r.rate(), tolerance, cap)).toList();
    }
}
