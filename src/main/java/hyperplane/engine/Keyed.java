package hyperplane.engine;

/**
 * A choice the page offers, with a token for links and files and a name for people. The enums of the settings
 * (activations, losses, regularizations, initialisations, problem types, datasets, features, descent presets)
 * share it, and with it one way of finding a constant by its token.
 */
public interface Keyed {
    /** A constant's token and name, held by the constant and handed out by {@link #tag()}. */
    record Tag(String key, String label) {
    }

    /** This constant's token and name. */
    Tag tag();

    /** The lower-case token used in links and model files, e.g. {@code "leaky-relu"}. */
    default String key() {
        return tag().key();
    }

    /** The name shown to people, e.g. {@code "Leaky ReLU"}. */
    default String label() {
        return tag().label();
    }

    /** The constant of {@code values} whose {@link #key()} is {@code key}, or null (also for a null key). */
    static <T extends Keyed> T byKey(T[] values, String key) {
        for (T value : values) {
            if (value.key().equals(key)) {
                return value;
            }
        }
        return null;
    }

    /**
     * The constant of {@code values} whose {@link #key()} is {@code key}.
     *
     * @param kind what the constants are, for the message ("activation")
     * @throws IllegalArgumentException "unknown KIND key "KEY"" if none matches (also for a null key)
     */
    static <T extends Keyed> T fromKey(T[] values, String key, String kind) {
        T found = byKey(values, key);
        if (found == null) {
            throw new IllegalArgumentException("unknown " + kind + " key \"" + key + "\"");
        }
        return found;
    }

    /** The keys of {@code values} joined by ", " ("mse, cross-entropy"), for messages. */
    static String keys(Keyed[] values) {
        StringBuilder sb = new StringBuilder();
        for (Keyed value : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(value.key());
        }
        return sb.toString();
    }
}
