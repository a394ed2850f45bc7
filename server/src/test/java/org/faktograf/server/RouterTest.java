package org.faktograf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.faktograf.server.http.JsonErrorHandler;
import org.faktograf.server.http.Route;
import org.faktograf.server.http.Router;
import org.junit.jupiter.api.Test;

/** The router on its own Jetty: a handler that fails answers 500 as JSON, without its stack trace. */
class RouterTest {
    @Test
    void aFailingHandlerAnswers500WithoutItsStackTrace() throws Exception {
        Router router = new Router(List.of(
                new Route("GET", "/boom", x -> {
                    throw new IllegalStateException("secret internal detail at com.example.Thing");
                }),
                new Route("GET", "/items/{id}", x -> x.json(200, java.util.Map.of("id", x.pathParameter("id"))))),
                new ObjectMapper());
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setHandler(router);
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(Router.class.getName());
        java.util.logging.Level level = log.getLevel();
        log.setLevel(java.util.logging.Level.OFF); // the expected failure's stack trace would clutter the build log
        jetty.start();
        try {
            int port = connector.getLocalPort();
            RawHttp.Answer a = RawHttp.exchange(port, "GET /boom HTTP/1.1\r\nHost: localhost\r\nConnection: close", null);
            assertEquals(500, a.status());
            JsonNode e = new ObjectMapper().readTree(a.body());
            assertEquals(500, e.get("status").asInt());
            assertTrue(e.get("message").asText().contains("internal server error"));
            assertFalse(a.body().contains("secret") || a.body().contains("\tat "), a.body());
            // a path parameter is decoded segment by segment: an encoded slash stays in the id
            RawHttp.Answer b = RawHttp.exchange(port, "GET /items/%D0%9A%D1%80%D0%B5%D1%81%D1%81 HTTP/1.1\r\nHost: localhost\r\nConnection: close", null);
            assertEquals("Кресс", new ObjectMapper().readTree(b.body()).get("id").asText());
            RawHttp.Answer c = RawHttp.exchange(port, "GET /items/%E0%A4 HTTP/1.1\r\nHost: localhost\r\nConnection: close", null);
            assertEquals(400, c.status(), c.body());
        } finally {
            jetty.stop();
            log.setLevel(level);
        }
    }
}
