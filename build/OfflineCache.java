import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: writes the service worker into the built site, with the list of files it keeps for offline use
 * and a version that changes whenever one of them does.
 *
 * <p>The list is every file in the site folder except the worker itself, the benchmark page (bench.html and
 * bench/: a measurement for developers, not for a lesson) and the .wasm.js copies (base64 of a .wasm, read only
 * from file://, where there is no service worker). So a file added to web/ or to the build is kept without a
 * change here. The version is the first 16 hex digits of SHA-256 over the worker's template and each listed
 * file's path and bytes, in path order: a new build with any change is a new sw.js, which the browser installs
 * in place of the old one, together with a new cache.
 *
 * <p>Usage: {@code java build/OfflineCache.java web/sw.js target/site} (writes target/site/sw.js)
 */
public final class OfflineCache {
    static final String VERSION_MARK = "\"__VERSION__\"";
    static final String FILES_MARK = "[\"__FILES__\"]";

    private OfflineCache() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java build/OfflineCache.java web/sw.js target/site");
            System.exit(2);
        }
        Path template = Path.of(args[0]);
        Path site = Path.of(args[1]);
        String source = Files.readString(template, StandardCharsets.UTF_8);
        if (count(source, VERSION_MARK) != 1 || count(source, FILES_MARK) != 1) {
            System.err.println("[offline-cache] " + template + " must contain " + VERSION_MARK + " and "
                    + FILES_MARK + " once each");
            System.exit(1);
        }
        List<String> files = files(site);
        String version = version(source, site, files);
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < files.size(); i++) {
            list.append(i == 0 ? "\n  " : ",\n  ").append('"').append(escape(files.get(i))).append('"');
        }
        list.append("\n]");
        String worker = source.replace(VERSION_MARK, '"' + version + '"').replace(FILES_MARK, list);
        Path output = site.resolve(template.getFileName().toString());
        Files.writeString(output, worker, StandardCharsets.UTF_8);
        long bytes = 0;
        for (String file : files) {
            bytes += Files.size(site.resolve(file));
        }
        System.out.println("[offline-cache] " + output + ": " + files.size() + " files, " + bytes + " bytes, version "
                + version);
    }

    /** The site's files to keep, as paths relative to the site with '/', sorted. */
    static List<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(OfflineCache::kept)
                    .sorted()
                    .toList();
        }
    }

    private static boolean kept(String path) {
        return !path.equals("sw.js") && !path.equals("bench.html") && !path.startsWith("bench/")
                && !path.endsWith(".wasm.js");
    }

    /** The first 16 hex digits of SHA-256 over the template, then each file's path, length and bytes. */
    static String version(String template, Path site, List<String> files) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        digest.update(template.getBytes(StandardCharsets.UTF_8));
        for (String file : files) {
            digest.update((byte) 0);
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            byte[] bytes = Files.readAllBytes(site.resolve(file));
            digest.update((byte) 0);
            digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
