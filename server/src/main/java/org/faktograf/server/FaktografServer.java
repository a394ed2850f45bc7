package org.faktograf.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.server.api.AnalysisSlots;
import org.faktograf.server.api.ExtractApi;
import org.faktograf.server.api.IngestApi;
import org.faktograf.server.api.KbReaderPool;
import org.faktograf.server.api.KnowledgeBaseApi;
import org.faktograf.server.http.Exchange;
import org.faktograf.server.http.HttpError;
import org.faktograf.server.http.JsonErrorHandler;
import org.faktograf.server.http.Route;
import org.faktograf.server.http.RouteHandler;
import org.faktograf.server.http.Router;
import org.faktograf.server.http.StaticFiles;

/**
 * The web server: the pages, their scripts and styles, the REST API and its OpenAPI description,
 * on an embedded Jetty bound to one address. Start it, read {@link #url()}, stop it.
 */
public final class FaktografServer implements AutoCloseable {
    /** Held so the level sticks: Jetty's INFO lines (versions, start-up) are noise for a command. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");
    private static final String RESOURCES = "org/faktograf/server/";

    static {
        JETTY_LOG.setLevel(Level.WARNING);
    }

    private final Server jetty;
    private final ServerConnector connector;
    private final KbReaderPool readers;
    private final Router router;

    public FaktografServer(ServerSettings settings, KnowledgeBase kb, Pipeline pipeline) {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        this.readers = new KbReaderPool(kb, settings.threads());
        KnowledgeBaseApi kbApi = new KnowledgeBaseApi(readers);
        AnalysisSlots analyses = new AnalysisSlots(pipeline, settings.analyses());
        ExtractApi extract = new ExtractApi(analyses, json, settings.maxBodyBytes());
        IngestApi ingest = new IngestApi(kb, analyses, settings.token(), json, settings.maxBodyBytes(), kbApi::statsChanged);
        StaticFiles files = new StaticFiles(RESOURCES + "static");
        RouteHandler page = x -> sendResource(x, "page.html", "text/html; charset=utf-8");
        this.router = new Router(List.of(
                new Route("GET", "/", page),
                new Route("GET", "/search", page),
                new Route("GET", "/entities/{id}", page),
                new Route("GET", "/documents/{id}", page),
                new Route("GET", "/static/{path...}", x -> files.serve(x, x.pathParameter("path"))),
                new Route("GET", "/openapi.json", x -> sendResource(x, "openapi.json", "application/json; charset=utf-8")),
                new Route("POST", "/api/extract", extract::extract),
                new Route("GET", "/api/entities", kbApi::entities),
                new Route("GET", "/api/entities/{id}", kbApi::entity),
                new Route("GET", "/api/facts", kbApi::facts),
                new Route("GET", "/api/search", kbApi::search),
                new Route("GET", "/api/documents/{id}", kbApi::document),
                new Route("POST", "/api/documents", ingest::ingest),
                new Route("GET", "/api/stats", kbApi::stats)), json);

        QueuedThreadPool pool = new QueuedThreadPool(settings.threads() + 4, 4);
        pool.setName("faktograf-http");
        jetty = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setUriCompliance(UriCompliance.DEFAULT);
        connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setAcceptQueueSize(256);
        jetty.addConnector(connector);
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setHandler(router);
    }

    private static void sendResource(Exchange x, String name, String type) throws IOException {
        byte[] body = StaticFiles.resource(RESOURCES + name);
        if (body == null) {
            throw HttpError.notFound("missing resource " + name);
        }
        x.header("Cache-Control", "no-cache");
        x.send(200, type, body);
    }

    /**
     * Starts listening.
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    public FaktografServer start() throws IOException {
        try {
            jetty.start();
        } catch (IOException e) {
            stopQuietly();
            throw e;
        } catch (Exception e) {
            stopQuietly();
            throw new IOException(e.getMessage(), e);
        }
        return this;
    }

    /** The base URL, like {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = connector.getHost();
        if (host == null || host.isEmpty() || host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + connector.getLocalPort() + "/";
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The routes, as METHOD PATTERN lines: the OpenAPI document must describe exactly these. */
    public List<String> routes() {
        return router.describe();
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping: nothing more to do
        }
        readers.close();
    }
}
