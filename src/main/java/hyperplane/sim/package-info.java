/**
 * The runs the views show: each session owns one model, its data and its history, and is the only code that
 * changes them, so a view reads a session and asks it to change.
 *
 * <ul>
 * <li>{@link hyperplane.sim.PlaygroundSession}: the playground's points (training and test {@link
 * hyperplane.sim.Samples}), the network, its trainer, the epoch and the {@link hyperplane.sim.LossHistory}. Built
 * from a {@code PlaygroundConfig}, it rebuilds only what a new configuration changes. Every weight write (a
 * neuron edit, an imported model, the inspector's applied step) goes through one of its edit methods, which
 * validates, recomputes the losses and tells its listeners. With 3 … 6 classes the network ends in a softmax of
 * one output per class; {@link hyperplane.sim.ConfusionMatrix} counts how a split's points are classified.</li>
 * <li>{@link hyperplane.sim.PerceptronSession}: Rosenblatt's rule one point at a time, with the verdict
 * (converged, cycles, epoch cap); with 3 … 6 classes the multi-class rule, on the random K-class points of
 * {@link hyperplane.sim.NearestCentrePoints} or the user's own.</li>
 * <li>{@link hyperplane.sim.BackpropWalkthrough}: one point of the playground's network, its forward pass and the
 * four equations of backpropagation cut into steps.</li>
 * <li>{@link hyperplane.sim.DescentExplorer} and its {@link hyperplane.sim.RegimePreset}s: gradient descent on a
 * function of one variable.</li>
 * </ul>
 * Sessions depend on {@code engine}, {@code data} and {@code state}, never on {@code view} or {@code browser}.
 */
package hyperplane.sim;
