package hyperplane.view;

/** One node of a network diagram: a layer (0 = inputs, last = output) and a neuron within it. Immutable value. */
public final class NodeRef {
    private final int layer;
    private final int neuron;

    /**
     * @throws IllegalArgumentException if layer or neuron is negative
     */
    public NodeRef(int layer, int neuron) {
        if (layer < 0) {
            throw new IllegalArgumentException("layer (" + layer + ") must be >= 0");
        }
        if (neuron < 0) {
            throw new IllegalArgumentException("neuron (" + neuron + ") must be >= 0");
        }
        this.layer = layer;
        this.neuron = neuron;
    }

    public int layer() {
        return layer;
    }

    public int neuron() {
        return neuron;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NodeRef && ((NodeRef) other).layer == layer && ((NodeRef) other).neuron == neuron;
    }

    @Override
    public int hashCode() {
        return layer * 1009 + neuron;
    }

    @Override
    public String toString() {
        return "NodeRef(" + layer + ", " + neuron + ")";
    }
}
