package hyperplane.view;

/** Horizontal anchoring of a text run at its x coordinate; the text is always vertically centred on y. */
public enum TextAlign {
    /** The text starts at x. */
    LEFT,
    /** The text is centred on x. */
    CENTER,
    /** The text ends at x. */
    RIGHT
}
