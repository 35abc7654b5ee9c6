package hyperplane.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small static file server for the built site, on loopback only. The browser tests use it, and
 * {@link #main} serves the site for a person ({@code mvn package -Pserve}).
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("ico", "image/x-icon"));

    private final HttpServer server;
    private final Path root;
    private final String prefix;

    /** Serves {@code root} on 127.0.0.1 at {@code port} (0 picks a free port). */
    public SiteServer(Path root, int port) throws IOException {
        this(root, port, "/");
    }

    /**
     * Serves {@code root} under the path {@code prefix} (starting and ending with '/', such as "/hyperplane/", as
     * GitHub Pages serves a project site); other paths answer 404.
     */
    public SiteServer(Path root, int port, String prefix) throws IOException {
        if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix (" + prefix + ") must start and end with '/'");
        }
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext(prefix, this::handle);
        server.start();
    }

    /** The address of the site's folder, ending in a slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = "/" + exchange.getRequestURI().getPath().substring(prefix.length());
            if (path.endsWith("/")) {
                path += "index.html";
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                byte[] body = "not found".getBytes();
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Serves target/site (or the folder given first) on port 8080 (or the port given second) until stopped. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/site");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            System.err.println("No site at " + root.toAbsolutePath() + ": build it first with mvn package.");
            System.exit(1);
        }
        SiteServer server = new SiteServer(root, port);
        System.out.println();
        System.out.println("Hyperplane is served at " + server.baseUrl() + "  (Ctrl+C stops)");
        System.out.println("The folder also opens from disk: " + root.toAbsolutePath().resolve("index.html").toUri());
        System.out.println();
        Thread.currentThread().join();
    }
}
