package hyperplane.browser;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * A canvas of packed pixels (view's HeatmapRaster layout, 0xAABBGGRR): each frame the whole int[] goes into the
 * ImageData in one bulk copy through an Int32Array view of its bytes, then one putImageData. Off-screen, a visible
 * canvas draws it scaled; on the page, CSS scales it. One ImageData for the image's life.
 */
final class PixelImage {
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final ImageData data;
    private final Int32Array words;

    /** An off-screen image of width × height pixels. */
    PixelImage(int width, int height) {
        this((HTMLCanvasElement) HTMLDocument.current().createElement("canvas"), width, height);
    }

    /** The image shown by {@code canvas}, a canvas of the page, now width × height pixels. */
    PixelImage(HTMLCanvasElement canvas, int width, int height) {
        this.canvas = canvas;
        canvas.setWidth(width);
        canvas.setHeight(height);
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
        data = context.createImageData(width, height);
        words = new Int32Array(data.getData().getBuffer());
    }

    /** Shows {@code pixels} (width × height, row-major, 0xAABBGGRR). */
    void put(int[] pixels) {
        words.set(pixels);
        context.putImageData(data, 0, 0);
    }

    HTMLCanvasElement canvas() {
        return canvas;
    }
}
