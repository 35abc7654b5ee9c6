/**
 * The mathematics: activations, losses, regularization, the perceptron (two-class and multi-class, driven point by
 * point by {@link hyperplane.engine.PerceptronRun}), the feedforward network and its
 * training, 1-D functions and gradient descent. Uses java.lang and java.util only; returns numbers, never draws.
 *
 * <h2>The feedforward network, by job</h2>
 * <ul>
 *   <li>{@link hyperplane.engine.Network}: the shape, the parameters and their gradients in flat
 *       {@code double[]} arrays (index formulas in its class comment), and one sample's forward and backward pass
 *       (the numbers the page prints, the backprop inspector's {@link hyperplane.engine.BackpropTrace}, which also
 *       gives the output step in parts: targets, ∂C/∂a and the output activation's Jacobian).</li>
 *   <li>{@code BatchPass} (package-private): the row passes, forward and backward over many samples at once with
 *       the bits of one sample after another; training batches and the losses the playground plots go through
 *       it. {@code Network.backward} is its backward loop with one sample.</li>
 *   <li>{@link hyperplane.engine.DrawingPass}: the forward pass over a row of heatmap points, with the
 *       bounded-error {@link hyperplane.engine.FastActivation} (drawing only).</li>
 *   <li>{@code ActivationKernels} (package-private): φ and φ′ of every trainable
 *       {@link hyperplane.engine.Activation} as loops over a layer, the one copy every pass uses, bit-identical to
 *       the enum's methods; and the layer kernel every forward pass calls, which hands a softmax layer to
 *       {@code Softmax}.</li>
 *   <li>{@code Softmax} (package-private): the softmax output layer (K ≥ 2 outputs, output layer only), stable
 *       for any finite z by subtracting the largest; categorical cross-entropy from z by log-sum-exp with
 *       δ^L = a − y, and mean squared error with the full softmax Jacobian. "Cross-entropy" is one
 *       {@link hyperplane.engine.Loss} constant: binary behind a sigmoid, categorical behind a softmax.</li>
 *   <li>{@link hyperplane.engine.Loss}: each loss holds its value and derivative and its pass forms (δ^L and the
 *       summed loss of many samples), which every pass calls, branching once per call on the output kind
 *       (elementwise or softmax); a new loss is one more constant.</li>
 *   <li>{@link hyperplane.engine.Trainer}: mini-batch order, the call order of a batch (its class comment) and
 *       divergence handling; the step itself is an {@link hyperplane.engine.UpdateRule}, by default plain
 *       {@link hyperplane.engine.Sgd}; {@link hyperplane.engine.Momentum}, {@link hyperplane.engine.Nesterov},
 *       {@link hyperplane.engine.RmsProp} and {@link hyperplane.engine.Adam} share the package-private
 *       {@code MemoryRule} loop (effective gradient d = g/|B| + λR′(w), per-slot memory with a backup for undo);
 *       {@link hyperplane.engine.Schedule} gives each epoch's learning rate.</li>
 * </ul>
 *
 * <h2>Speed and portability</h2>
 * Nothing is allocated per sample or per pixel; loops read arrays into locals and call no enum method per
 * value; e^x, σ and tanh are the engine's own ({@code Exponential}), so the JVM and both TeaVM builds compute the
 * same bits. Randomness comes from {@link hyperplane.engine.SeededRandom}, passed in.
 */
package hyperplane.engine;
