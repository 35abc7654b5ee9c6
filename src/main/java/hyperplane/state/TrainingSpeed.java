package hyperplane.state;

import hyperplane.engine.Keyed;

/**
 * How fast the playground trains while playing, as a rate in epochs per second; the link's {@code speed} key. The
 * default, 60 epochs a second, is about one epoch per frame on a 60 Hz display, the pace at which the boundary and
 * the loss curve can be followed by eye. {@link #MAX} trains as much as a frame's time budget allows.
 */
public enum TrainingSpeed implements Keyed {
    ONE("1", 1, "1"),
    FIVE("5", 5, "5"),
    FIFTEEN("15", 15, "15"),
    THIRTY("30", 30, "30"),
    SIXTY("60", 60, "60 (one a frame)"),
    TWO_FORTY("240", 240, "240"),
    MAX("max", Double.POSITIVE_INFINITY, "As fast as possible");

    private final Tag tag;
    private final double epochsPerSecond;

    TrainingSpeed(String key, double epochsPerSecond, String label) {
        this.tag = new Tag(key, label);
        this.epochsPerSecond = epochsPerSecond;
    }

    /**
     * The token in the link (the rate as a whole number, or "max") and the name shown in the speed select, whose
     * label gives the unit: "Speed (epochs a second)".
     */
    @Override
    public Tag tag() {
        return tag;
    }

    /** The rate in epochs per second; positive infinity for {@link #MAX}. */
    public double epochsPerSecond() {
        return epochsPerSecond;
    }

    /**
     * The speed whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static TrainingSpeed fromKey(String key) {
        return Keyed.fromKey(values(), key, "speed");
    }
}
