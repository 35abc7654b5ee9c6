/**
 * Drawing, layout and the words on screen as plain Java, tested on the JVM. Everything draws through the small
 * {@link hyperplane.view.Canvas} interface, which the browser package implements on a canvas 2D context and the
 * tests implement as a recording ({@code RecordingCanvas}); text goes out as strings (or, for the backprop
 * inspector's equations, through {@link hyperplane.view.BackpropEquations.Out}) that browser/ puts into the DOM.
 *
 * <ul>
 *   <li>Shared pieces: {@link hyperplane.view.Viewport} and {@link hyperplane.view.PlotWindow} (data ↔ pixels,
 *       pan and zoom), {@link hyperplane.view.PlotFrame} (a function plot's margins, ground, axes and keys),
 *       axes and ticks, {@link hyperplane.view.ColorScale}, {@link hyperplane.view.ClassPalette} (the colours of
 *       up to six classes, every view's), {@link hyperplane.view.HeatmapRaster} (packed
 *       0xAABBGGRR for a one-call ImageData copy), {@link hyperplane.view.LineChart}, point plots and
 *       {@link hyperplane.view.FunctionPlot}; {@link hyperplane.view.StartState} checks every view's part of the
 *       state at start-up.</li>
 *   <li>Playground: {@link hyperplane.view.HeatmapPass} (the main heatmap spread over frames within a budget),
 *       {@link hyperplane.view.NeuronColors} (colour ranges, thumbnail atlas), {@link hyperplane.view.NetworkDiagram},
 *       {@link hyperplane.view.PlaygroundText}, {@link hyperplane.view.ClassText} (probabilities, the confusion
 *       table).</li>
 *   <li>Perceptron: {@link hyperplane.view.PerceptronGeometry}, {@link hyperplane.view.PerceptronReadout} (every
 *       readout), {@link hyperplane.view.LineMotion} (the line's eased move); with 3 … 6 classes
 *       {@link hyperplane.view.ClassRegions} (each class's region and the lines between),
 *       {@link hyperplane.view.MultiClassReadout} and {@link hyperplane.view.PerceptronPalette}.</li>
 *   <li>Activations: {@link hyperplane.view.ActivationsPlot}, {@link hyperplane.view.ActivationFacts}.</li>
 *   <li>Gradient descent: {@link hyperplane.view.DescentPlot} (curve, iterates, the draggable start),
 *       {@link hyperplane.view.DescentRows} (which table rows show), {@link hyperplane.view.DescentTable},
 *       {@link hyperplane.view.DescentWindow}.</li>
 *   <li>Backprop inspector: {@link hyperplane.view.BackpropEquations}, {@link hyperplane.view.BackpropDiagram}.</li>
 * </ul>
 *
 * Time is always passed in (a timestamp or a clock), never read here, so pacing and animation are tested too.
 */
package hyperplane.view;
