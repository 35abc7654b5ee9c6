package hyperplane.view;

/**
 * Read access to a network's weights for drawing: w^l_jk, from neuron k of layer l − 1 to neuron j of layer l,
 * with layers numbered as in the diagram (0 = inputs, so l ≥ 1). Implementations read the engine's flat arrays.
 */
public interface WeightSource {
    /** The weight w^layer_{to,from}; NaN is allowed (a diverged network) and is drawn grey. */
    double weight(int layer, int to, int from);
}
