package hyperplane.data;

import hyperplane.engine.Keyed;

/** Whether labels are classes (0, 1, … up to {@link Dataset#MAX_CLASSES} − 1) or real regression targets. */
public enum ProblemType implements Keyed {
    /** Labels are classes 0, 1, …; two classes unless the configuration asks for more. */
    CLASSIFICATION("classification", "Classification"),
    /** Labels are real targets. */
    REGRESSION("regression", "Regression");

    private final Tag tag;

    ProblemType(String key, String label) {
        this.tag = new Tag(key, label);
    }

    @Override
    public Tag tag() {
        return tag;
    }

    /**
     * The problem type whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static ProblemType fromKey(String key) {
        return Keyed.fromKey(values(), key, "problem type");
    }
}
