package hyperplane.sim;

/** The checks a {@link PlaygroundSession} makes before taking over parameters from outside training. */
final class ParameterChecks {
    private ParameterChecks() {
    }

    /** @throws IllegalArgumentException unless value is a number within ±max */
    static void checkEdit(double value, double max) {
        if (!(value >= -max && value <= max)) {
            throw new IllegalArgumentException("value (" + value + ") must be a number from " + -max + " to "
                    + max);
        }
    }

    /** Whether every value is finite (x − x is 0 for a finite x, NaN for NaN and ±∞). */
    static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!(v - v == 0)) {
                return false;
            }
        }
        return true;
    }
}
