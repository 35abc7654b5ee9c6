package hyperplane.state;

import hyperplane.data.DatasetKind;

/** Configurations used by several tests. */
final class PlaygroundConfigs {
    private PlaygroundConfigs() {
    }

    /** XOR with a small network and a non-default learning rate and seed. */
    static PlaygroundConfig xor() {
        return PlaygroundConfig.defaults().withDataset(DatasetKind.XOR).withHidden(new int[] {3})
                .withLearningRate(0.1).withSeed(42);
    }
}
