package hyperplane.data;

import hyperplane.engine.Keyed;

/**
 * The input features a network can be fed, computed from a point (x1, x2) as in TensorFlow Playground.
 * NaN coordinates give NaN.
 */
public enum Feature implements Keyed {
    /** x₁. */
    X1("x1", "x₁") {
        @Override
        public double value(double x1, double x2) {
            return x1;
        }
    },
    /** x₂. */
    X2("x2", "x₂") {
        @Override
        public double value(double x1, double x2) {
            return x2;
        }
    },
    /** x₁². */
    X1_SQUARED("x1sq", "x₁²") {
        @Override
        public double value(double x1, double x2) {
            return x1 * x1;
        }
    },
    /** x₂². */
    X2_SQUARED("x2sq", "x₂²") {
        @Override
        public double value(double x1, double x2) {
            return x2 * x2;
        }
    },
    /** x₁x₂. */
    X1_TIMES_X2("x1x2", "x₁x₂") {
        @Override
        public double value(double x1, double x2) {
            return x1 * x2;
        }
    },
    /** sin x₁. */
    SIN_X1("sinx1", "sin(x₁)") {
        @Override
        public double value(double x1, double x2) {
            return Math.sin(x1);
        }
    },
    /** sin x₂. */
    SIN_X2("sinx2", "sin(x₂)") {
        @Override
        public double value(double x1, double x2) {
            return Math.sin(x2);
        }
    };

    private final Tag tag;

    Feature(String key, String label) {
        this.tag = new Tag(key, label);
    }

    /** The feature's value at the point (x1, x2). */
    public abstract double value(double x1, double x2);

    @Override
    public Tag tag() {
        return tag;
    }

    /**
     * The feature whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static Feature fromKey(String key) {
        return Keyed.fromKey(values(), key, "feature");
    }
}
