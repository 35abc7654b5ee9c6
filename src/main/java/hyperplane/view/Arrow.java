package hyperplane.view;

/** The arrow drawing shared by the views (perceptron normal, descent steps), with caller-supplied triangle buffers. */
final class Arrow {
    private Arrow() {
    }

    /**
     * Strokes the shaft from (x1, y1) to the base of the head and fills the head, an isosceles triangle of length
     * min(headSize, arrow length) and half-width headSize/2 with its tip at (x2, y2). Zero-length or non-finite
     * arrows draw nothing. {@code triX} and {@code triY} must hold 3 values and are overwritten.
     */
    static void draw(Canvas canvas, double x1, double y1, double x2, double y2, double headSize,
                     double[] triX, double[] triY) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (!(length > 0) || Double.isInfinite(length) || !(headSize >= 0)) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double head = Math.min(headSize, length);
        double baseX = x2 - ux * head;
        double baseY = y2 - uy * head;
        canvas.line(x1, y1, baseX, baseY);
        double half = head / 2;
        triX[0] = x2;
        triY[0] = y2;
        triX[1] = baseX - uy * half;
        triY[1] = baseY + ux * half;
        triX[2] = baseX + uy * half;
        triY[2] = baseY - ux * half;
        canvas.fillPolygon(triX, triY, 3);
    }
}
