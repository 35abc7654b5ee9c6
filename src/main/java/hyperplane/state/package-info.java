/**
 * Immutable configuration records and the pure codecs: URL hash, model JSON, dataset CSV.
 */
package hyperplane.state;
