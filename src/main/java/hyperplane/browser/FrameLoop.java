package hyperplane.browser;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.AnimationFrameCallback;
import org.teavm.jso.browser.Window;

/**
 * The page's one requestAnimationFrame loop: every frame it calls each view's {@link Client#frame}, in the
 * order they were added (the tab order). A view keeps its own dirty flag and does nothing in a frame it does
 * not need. A view whose frame throws leaves the loop (as its own loop used to stop), the others go on, and the
 * exception is thrown again after the next frame is requested, so it still reaches the console.
 */
final class FrameLoop {
    /** A view driven by the loop. */
    interface Client {
        /** One animation frame; {@code timestamp} is the frame's time in ms (performance.now's clock). */
        void frame(double timestamp);
    }

    private final List<Client> clients = new ArrayList<>();
    /** One callback object for the page's life. */
    private final AnimationFrameCallback callback = this::tick;
    private boolean started;

    void add(Client client) {
        clients.add(client);
    }

    /** Requests the first frame; later calls do nothing. */
    void start() {
        if (!started) {
            started = true;
            Window.requestAnimationFrame(callback);
        }
    }

    private void tick(double timestamp) {
        RuntimeException failure = null;
        for (int i = 0; i < clients.size(); i++) {
            try {
                clients.get(i).frame(timestamp);
            } catch (RuntimeException e) {
                clients.remove(i--);
                failure = e;
            }
        }
        Window.requestAnimationFrame(callback);
        if (failure != null) {
            throw failure;
        }
    }
}
