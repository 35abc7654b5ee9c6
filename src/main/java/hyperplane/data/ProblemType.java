package hyperplane.data;

/** Whether labels are classes (0 or 1) or real regression targets. */
public enum ProblemType {
    /** Labels are 0 or 1. */
    CLASSIFICATION("classification", "Classification"),
    /** Labels are real targets. */
    REGRESSION("regression", "Regression");

    private final String key;
    private final String label;

    ProblemType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The lower-case token used in the URL. */
    public String key() {
        return key;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }

    /**
     * The problem type whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static ProblemType fromKey(String key) {
        for (ProblemType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown problem type key \"" + key + "\"");
    }
}
