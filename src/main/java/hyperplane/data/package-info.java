/**
 * Points and where they come from. A {@link hyperplane.data.Dataset} is an immutable list of labelled 2-D points
 * (class 0 or 1, or a regression target) of one {@link hyperplane.data.ProblemType}; {@link
 * hyperplane.data.DatasetKind} generates the built-in sets (circle, exclusive or, gaussians, spiral, plane,
 * multi-gaussian, the perceptron lesson's seven points) from a count, a noise level, a training share and a
 * seeded generator: the same inputs give the same points and the same train/test split. {@link
 * hyperplane.data.Feature} and {@link hyperplane.data.FeatureMap} turn a point into the network's inputs (x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂).
 * Depends only on {@code engine}'s seeded generator, activations and {@code Keyed}.
 */
package hyperplane.data;
