package org.faktograf.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The page's scripts, styles and fonts, read from one classpath folder. A requested path is
 * accepted only as it arrives on the wire made of plain segments (letters, digits, '-', '_', and
 * dots not at a segment's start), so no form of "..", encoded or not, can name anything outside
 * the folder; anything else is a 404 like a missing file.
 */
public final class StaticFiles {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "woff2", "font/woff2",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    private final String folder;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** @param folder a classpath folder, like {@code org/faktograf/server/static} */
    public StaticFiles(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /** Answers with the file at a raw (still encoded) path under the folder, or a 404. */
    public void serve(Exchange x, String rawPath) throws IOException {
        String type = contentType(rawPath);
        if (type == null || !SAFE_PATH.matcher(rawPath).matches()) {
            throw HttpError.notFound("no such file");
        }
        byte[] bytes = cache.get(rawPath);
        if (bytes == null) {
            try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(folder + rawPath)) {
                if (in == null) {
                    throw HttpError.notFound("no such file");
                }
                bytes = in.readAllBytes();
            }
            cache.put(rawPath, bytes);
        }
        x.header("Cache-Control", "public, max-age=300");
        x.send(200, type, bytes);
    }

    /** The content type a file name's extension gives, or {@code null} for one not served. */
    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return null;
        }
        return TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A classpath resource as bytes, or {@code null}. */
    public static byte[] resource(String name) throws IOException {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
