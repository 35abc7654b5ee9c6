package hyperplane.e2e.pages;

/**
 * What a canvas of the page shows with the canvases laid under it: the playground's main canvas holds the axes and
 * points, and the heatmap is a smaller canvas under it that CSS stretches over the plot. Tests that read the
 * picture's colours read this composite, as the user sees it.
 */
final class CanvasLayers {
    /**
     * A JavaScript function of a canvas c, returning the 2D context of a new canvas of c's backing-store size on
     * which every canvas in c's parent, c itself last among them, is drawn at its place and size on the screen (hard
     * pixel edges where its CSS says pixelated).
     */
    static final String COMPOSITE = "(function (c) {"
            + " var out = document.createElement('canvas'); out.width = c.width; out.height = c.height;"
            + " var g = out.getContext('2d'), box = c.getBoundingClientRect();"
            + " var sx = c.width / box.width || 1, sy = c.height / box.height || 1;"
            + " var all = c.parentNode.querySelectorAll('canvas');"
            + " for (var i = 0; i < all.length; i++) {"
            + "  var layer = all[i], b = layer.getBoundingClientRect();"
            + "  g.imageSmoothingEnabled = getComputedStyle(layer).imageRendering !== 'pixelated';"
            + "  if (layer === c) { g.drawImage(c, 0, 0); break; }"
            + "  g.drawImage(layer, (b.left - box.left) * sx, (b.top - box.top) * sy, b.width * sx, b.height * sy);"
            + " }"
            + " return g; })";

    private CanvasLayers() {
    }
}
