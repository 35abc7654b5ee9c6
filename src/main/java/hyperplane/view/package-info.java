/**
 * Drawing and layout as plain Java, tested on the JVM: heatmap rasters ({@link hyperplane.view.HeatmapRaster},
 * packed 0xAABBGGRR for a one-call ImageData copy), the colour scale, axes and ticks, line charts, the network
 * diagram, function plots and the perceptron's line and half-planes. Everything draws through the small
 * {@link hyperplane.view.Canvas} interface, which the browser package implements on a canvas 2D context.
 */
package hyperplane.view;
