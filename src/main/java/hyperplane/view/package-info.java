/**
 * Drawing and layout as plain Java: heatmap rasters, colour scales, chart and network-diagram geometry, all through a small Canvas interface.
 */
package hyperplane.view;
