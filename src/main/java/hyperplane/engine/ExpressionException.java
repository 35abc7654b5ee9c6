package hyperplane.engine;

/**
 * A typed formula could not be read. The message names the problem and, where it lies at one place, the character
 * counted from 1 as people count them, e.g. "unexpected ')' at character 8"; a problem of the whole text ("empty
 * expression", "unexpected end of expression") names no place. {@link #position()} gives the 0-based index.
 */
public final class ExpressionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;

    /** An error described by {@code problem}, found at the 0-based index {@code position}. */
    public ExpressionException(String problem, int position) {
        this(position, problem + " at character " + (position + 1));
    }

    private ExpressionException(int position, String message) {
        super(message);
        this.position = position;
    }

    /** A problem of the text as a whole (empty, too long, ended too soon), noticed at {@code position}. */
    static ExpressionException ofWhole(String problem, int position) {
        return new ExpressionException(position, problem);
    }

    /** The 0-based character position of the problem in the typed text. */
    public int position() {
        return position;
    }
}
