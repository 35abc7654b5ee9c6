/**
 * What the page remembers, and the pure codecs that carry it. {@link hyperplane.state.AppState} is the whole state:
 * the open view, the playground's {@link hyperplane.state.PlaygroundConfig} (with its starting weights when they are
 * not the seed's), the embed options and one settings record per other view ({@link
 * hyperplane.state.PerceptronSettings}, {@link hyperplane.state.ActivationsSettings}, {@link
 * hyperplane.state.DescentSettings}, {@link hyperplane.state.BackpropSettings}). Every record validates in its
 * constructor, and that check is the one gate for a value: a field, a link and the saved state all go through it,
 * so a state that exists is one every view can show.
 *
 * <p>Codecs: the link ({@link hyperplane.state.HashCodec} with the playground's {@code KeyTable}, the views'
 * records, {@link hyperplane.state.PointsCodec}, {@link hyperplane.state.WeightsCodec} and {@link
 * hyperplane.state.PercentCodec}), model JSON ({@link hyperplane.state.ModelJson}), points as CSV ({@link
 * hyperplane.state.DatasetCsv}) and the embed snippet. Each is a pure function tested with round trips and hostile
 * input; decoding a link never throws and names every key it could not use.
 */
package hyperplane.state;
