/**
 * Training sessions: a model, its data, a seeded generator, the epoch and the loss history; the traces the perceptron and backprop views show.
 */
package hyperplane.sim;
