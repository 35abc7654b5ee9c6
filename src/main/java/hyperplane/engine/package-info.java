/**
 * The mathematics: activations, losses, regularization, perceptron, feedforward network, SGD trainer, 1-D functions and gradient descent. Uses java.lang and java.util only.
 */
package hyperplane.engine;
