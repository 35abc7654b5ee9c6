/**
 * Immutable configuration records and the pure codecs: URL hash, model JSON, dataset CSV, points and weights in a
 * link.
 */
package hyperplane.state;
