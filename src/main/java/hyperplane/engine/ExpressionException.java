package hyperplane.engine;

/**
 * A typed formula could not be read. The message names the problem and the 0-based character position
 * where it was found, e.g. "unexpected ')' at 7"; {@link #position()} gives the position alone.
 */
public final class ExpressionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;

    /** An error described by {@code problem}, found at character {@code position}. */
    public ExpressionException(String problem, int position) {
        super(problem + " at " + position);
        this.position = position;
    }

    /** The 0-based character position of the problem in the typed text. */
    public int position() {
        return position;
    }
}
