package hyperplane.state;

/**
 * Bad input to one of the codecs of this package (model JSON, dataset CSV): the message says, for a
 * person, what is wrong and where (the key, line, column, field or position). Thrown instead of any
 * other exception, so a caller can show the message and keep its current state.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An error whose message names what is wrong and where. */
    public FormatException(String message) {
        super(message);
    }
}
