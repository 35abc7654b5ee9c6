package hyperplane.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Files in and out of the page without a server: downloads through a Blob link, uploads through a file
 * input or a drop on an element. Files over {@link #MAX_BYTES} are refused before they are read.
 */
final class FileIO {
    /** The largest file the page reads. */
    static final int MAX_BYTES = 1 << 20;

    private FileIO() {
    }

    /**
     * Receives a picked or dropped file: its name and text, or an error ("" when none), and how many files came
     * together (only the first is read).
     */
    @JSFunctor
    interface Receiver extends JSObject {
        void receive(String name, String text, String error, int count);
    }

    /** Offers {@code text} as a download named {@code name}. */
    @JSBody(params = {"name", "text", "type"}, script = "var blob = new Blob([text], {type: type});"
            + "var url = URL.createObjectURL(blob); var a = document.createElement('a');"
            + "a.href = url; a.download = name; document.body.appendChild(a); a.click();"
            + "document.body.removeChild(a); setTimeout(function () { URL.revokeObjectURL(url); }, 1000);")
    static native void download(String name, String text, String type);

    /** Offers a data: URL (a PNG) as a download named {@code name}. */
    @JSBody(params = {"name", "url"}, script = "var a = document.createElement('a'); a.href = url;"
            + "a.download = name; document.body.appendChild(a); a.click(); document.body.removeChild(a);")
    static native void downloadUrl(String name, String url);

    /** Makes {@code input} (a file input) hand each chosen file to {@code receiver}. */
    @JSBody(params = {"input", "max", "receiver"}, script = "input.addEventListener('change', function () {"
            + " var f = input.files && input.files[0], n = input.files ? input.files.length : 0; input.value = '';"
            + " if (!f) { return; }"
            + " if (f.size > max) { receiver(f.name, '', 'it is larger than 1 MiB', n); return; }"
            + " var r = new FileReader(); r.onload = function () { receiver(f.name, String(r.result), '', n); };"
            + " r.onerror = function () { receiver(f.name, '', 'it could not be read', n); }; r.readAsText(f); });")
    static native void onPick(HTMLElement input, int max, Receiver receiver);

    /**
     * Makes {@code target} accept dropped files, marking it with the class "drop-target" while one hovers; of
     * several dropped together the first is read, and the receiver learns how many there were.
     */
    @JSBody(params = {"target", "max", "receiver"}, script = "target.addEventListener('dragover', function (e) {"
            + " if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) {"
            + " e.preventDefault(); target.classList.add('drop-target'); } });"
            + " target.addEventListener('dragleave', function () { target.classList.remove('drop-target'); });"
            + " target.addEventListener('drop', function (e) { target.classList.remove('drop-target');"
            + " var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]; if (!f) { return; }"
            + " var n = e.dataTransfer.files.length; e.preventDefault();"
            + " if (f.size > max) { receiver(f.name, '', 'it is larger than 1 MiB', n); return; }"
            + " var r = new FileReader(); r.onload = function () { receiver(f.name, String(r.result), '', n); };"
            + " r.onerror = function () { receiver(f.name, '', 'it could not be read', n); }; r.readAsText(f); });")
    static native void onDrop(HTMLElement target, int max, Receiver receiver);
}
