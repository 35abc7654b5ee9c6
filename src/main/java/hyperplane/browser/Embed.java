package hyperplane.browser;

import hyperplane.state.EmbedOptions;
import org.teavm.jso.JSBody;

/**
 * The page inside a course site's iframe: {@code embed=1} drops the header and texts, {@code hide=}
 * removes control groups, {@code lock=} shows them read-only, and progress goes to the parent window as
 * {@code {type: "hyperplane", event, epoch, trainLoss, testLoss}} messages.
 */
final class Embed {
    private Embed() {
    }

    /**
     * Applies the options to the page (groups are the elements with a matching data-group attribute). A locked
     * group's disclosure buttons still fold and unfold it, so its settings can be read.
     */
    static void apply(EmbedOptions options) {
        setBodyClass("embed", options.embed());
        for (String group : options.hidden()) {
            hideGroup(group);
        }
        for (String group : options.locked()) {
            lockGroup(group);
        }
    }

    @JSBody(params = {"name", "on"}, script = "document.body.classList.toggle(name, on);")
    private static native void setBodyClass(String name, boolean on);

    @JSBody(params = "group", script = "document.querySelectorAll('[data-group=\"' + group + '\"]')"
            + ".forEach(function (e) { e.hidden = true; });")
    private static native void hideGroup(String group);

    @JSBody(params = "group", script = "document.querySelectorAll('[data-group=\"' + group + '\"]')"
            + ".forEach(function (e) { e.classList.add('locked'); e.setAttribute('aria-disabled', 'true');"
            + " e.querySelectorAll('input, select, button:not(.disclosure), canvas').forEach(function (c) {"
            + " if (c.tagName === 'CANVAS') { c.style.pointerEvents = 'none'; } else { c.disabled = true; }"
            + " c.setAttribute('data-locked', 'true'); }); });")
    private static native void lockGroup(String group);

    /** Whether the page runs inside another page's frame. */
    @JSBody(script = "try { return window.parent !== window; } catch (e) { return true; }")
    static native boolean framed();

    /** Posts a progress message to the parent window (any origin: it carries nothing private). */
    @JSBody(params = {"event", "epoch", "trainLoss", "testLoss"}, script = "try { window.parent.postMessage("
            + "{type: 'hyperplane', event: event, epoch: epoch,"
            + " trainLoss: isFinite(trainLoss) ? trainLoss : null, testLoss: isFinite(testLoss) ? testLoss : null},"
            + " '*'); } catch (e) { }")
    static native void post(String event, int epoch, double trainLoss, double testLoss);
}
