/**
 * Points and where they come from. A {@link hyperplane.data.Dataset} is an immutable list of labelled 2-D points
 * (a class 0 … 5, or a regression target) of one {@link hyperplane.data.ProblemType}; {@link
 * hyperplane.data.DatasetKind} generates the built-in sets (circle, exclusive or, gaussians, spiral, pinwheel,
 * plane, multi-gaussian, the perceptron lesson's seven points; gaussians, spiral and pinwheel also in 3 … 6
 * classes) from a count, a noise level, a training share, a number of classes and a seeded generator: the same
 * inputs give the same points and the same train/test split. {@link hyperplane.data.Feature} and {@link
 * hyperplane.data.FeatureMap} turn a point into the network's inputs (x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂) and
 * its label into targets (one-hot behind a softmax). Depends only on {@code engine}'s seeded generator, activations
 * and {@code Keyed}.
 */
package hyperplane.data;
