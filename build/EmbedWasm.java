import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Build step: wraps a .wasm module in a script that carries it as base64.
 *
 * <p>Browsers refuse to fetch a .wasm file from file://, but a classic script tag loads fine from disk. The
 * page's loader decodes {@code globalThis.hyperplaneWasm[name]} and hands the bytes to the TeaVM runtime,
 * so the WebAssembly build also runs when index.html is opened straight from disk.
 *
 * <p>Usage: {@code java build/EmbedWasm.java input.wasm output.js}
 */
public final class EmbedWasm {
    private EmbedWasm() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java build/EmbedWasm.java input.wasm output.js");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(input));
        String name = input.getFileName().toString();
        String script = "(globalThis.hyperplaneWasm = globalThis.hyperplaneWasm || {})[\"" + name + "\"] = \""
                + base64 + "\";\n";
        Files.writeString(output, script, StandardCharsets.US_ASCII);
        System.out.println("[embed-wasm] " + output + " (" + script.length() + " characters)");
    }
}
