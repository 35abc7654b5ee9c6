package hyperplane.engine;

/** Small networks with hand-chosen weights, shared by the tests of several packages. */
public final class TestNetworks {
    private TestNetworks() {
    }

    /**
     * 2 → 1 → 1, linear everywhere, MSE: w¹ = (0.5, −0.25), b¹ = 0.25, w² = 2, b² = −1. Every number of a pass at
     * a dyadic input is an exact binary fraction, so the tests can state them worked out by hand.
     */
    public static Network hand() {
        Network n = Network.create(2, new int[] {1}, Activation.LINEAR, Activation.LINEAR, Loss.MSE);
        n.setWeight(1, 0, 0, 0.5);
        n.setWeight(1, 0, 1, -0.25);
        n.setBias(1, 0, 0.25);
        n.setWeight(2, 0, 0, 2);
        n.setBias(2, 0, -1);
        return n;
    }
}
