package hyperplane.state;

import hyperplane.data.Feature;
import hyperplane.engine.Network;
import java.util.List;

/**
 * A model read by {@link ModelJson#read}: the network with its weights, and the features that feed its
 * inputs (inputs().get(k) feeds input neuron k).
 *
 * @param network the network; owned by the caller from now on
 * @param inputs  one distinct feature per input neuron
 */
public record ImportedModel(Network network, List<Feature> inputs) {
    /** Checks that both are given and the input count matches the network's first layer. */
    public ImportedModel {
        if (network == null || inputs == null) {
            throw new IllegalArgumentException("network and inputs must both be given");
        }
        inputs = List.copyOf(inputs);
        if (inputs.size() != network.size(0)) {
            throw new IllegalArgumentException("inputs (" + inputs.size() + ") must match the network's "
                    + network.size(0) + " input neurons");
        }
    }
}
