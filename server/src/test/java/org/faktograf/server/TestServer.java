package org.faktograf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.StandardPipeline;

/** A server on a free loopback port over a new SQLite knowledge base in a temporary folder. */
public final class TestServer implements AutoCloseable {
    public final Path dir;
    public final KnowledgeBase kb;
    public final ServerSettings settings;
    public final FaktografServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The standard pipeline: what the models find. */
    public TestServer() throws IOException {
        this(ServerSettings.loopback(), StandardPipeline.get());
    }

    public TestServer(ServerSettings settings, Pipeline pipeline) throws IOException {
        this.dir = Files.createTempDirectory("faktograf-server-test");
        this.kb = KnowledgeBase.open(dir.resolve("kb.sqlite").toString(), true);
        this.settings = settings;
        this.server = new FaktografServer(settings, kb, pipeline).start();
    }

    /** The seed's annotated layers put on by {@link SeedGold}: knowledge-base pages without the models. */
    public static TestServer withSeedGold() throws IOException {
        return new TestServer(ServerSettings.loopback(), new SeedGold().pipeline());
    }

    public String url(String path) {
        return server.url() + (path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Posts documents with the write token. */
    public HttpResponse<String> ingest(String json) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/documents"))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + settings.token().text())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
