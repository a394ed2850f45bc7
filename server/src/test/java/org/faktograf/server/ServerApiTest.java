package org.faktograf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.formats.read.PlainTextReader;
import org.faktograf.formats.write.JsonAnalysisWriter;
import org.faktograf.pipeline.StandardPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API over a real server on loopback: answers, their shapes, and every kind of error. */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static SeedGold seed;

    @BeforeAll
    static void start() throws Exception {
        seed = new SeedGold();
        server = TestServer.withSeedGold();
        HttpResponse<String> r = server.ingest(JSON.writeValueAsString(java.util.Map.of("id", "tomsk-2010", "text", seed.text())));
        assertEquals(200, r.statusCode(), r.body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.readTree(r.body());
    }

    /** An error answer: the status, JSON with status, error and a message, and no stack trace. */
    static JsonNode assertError(int status, HttpResponse<String> r) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = json(r);
        assertEquals(status, e.get("status").asInt());
        assertFalse(e.get("message").asText().isBlank());
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception:"), r.body());
        return e;
    }

    @Test
    void extractAnswersWhatTheExtractCommandWrites() throws Exception {
        HttpResponse<String> r;
        try (TestServer plain = new TestServer()) {
            r = plain.post("/api/extract", "text/plain; charset=utf-8", seed.text());
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new JsonAnalysisWriter(false, false).write(StandardPipeline.get().analyze(PlainTextReader.read("text", "api", seed.text())), expected);
        assertEquals(200, r.statusCode());
        assertEquals(expected.toString(StandardCharsets.UTF_8), r.body());
    }

    @Test
    void extractReadsJsonPlainTextAndUploadedBytesAlike() throws Exception {
        JsonNode plain = json(server.post("/api/extract", "text/plain; charset=utf-8", seed.text()));
        JsonNode fromJson = json(server.post("/api/extract", "application/json",
                JSON.writeValueAsString(java.util.Map.of("text", seed.text(), "id", "seed", "date", "2010-05-27"))));
        // a Windows-1251 file, uploaded as bytes: the encoding is detected
        byte[] cp1251 = seed.text().getBytes(Charset.forName("windows-1251"));
        HttpResponse<String> upload = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/extract?name=tomsk.txt")))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(cp1251)));
        JsonNode fromBytes = json(upload);
        assertEquals(seed.text(), plain.at("/document/text").asText());
        assertEquals(seed.text(), fromJson.at("/document/text").asText());
        assertEquals(seed.text(), fromBytes.at("/document/text").asText());
        assertEquals("seed", fromJson.at("/document/id").asText());
        assertEquals("2010-05-27", fromJson.at("/document/date").asText());
        assertEquals("tomsk", fromBytes.at("/document/id").asText());
        assertEquals("Кресс показал Путину свою инновационность", fromBytes.at("/document/title").asText());
        assertEquals(plain.get("tokens"), fromJson.get("tokens"));
        assertEquals(plain.get("mentions"), fromBytes.get("mentions"));
        int goldMentions = 0;
        for (JsonNode e : seed.gold().get("entities")) {
            goldMentions += e.get("mentions").size();
        }
        assertEquals(goldMentions, fromBytes.get("mentions").size());
    }

    @Test
    void extractExportsConllAndBrat() throws Exception {
        JsonNode analysis = json(server.post("/api/extract", "text/plain", seed.text()));
        HttpResponse<String> conll = server.post("/api/extract?format=conll", "text/plain", seed.text());
        assertEquals(200, conll.statusCode());
        long tokenLines = conll.body().lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
        assertEquals(analysis.get("tokens").size(), tokenLines);
        long sentences = conll.body().lines().filter(l -> l.startsWith("# text = ")).count();
        assertEquals(analysis.get("sentences").size(), sentences);
        // the gold layers stand in for the models here: Кресс is a person in both exports
        HttpResponse<String> brat = server.post("/api/extract?format=brat", "text/plain", seed.text());
        assertEquals(200, brat.statusCode());
        assertTrue(brat.body().contains("\tPERSON 0 5\tКресс\n"), brat.body());
        assertTrue(conll.body().lines().anyMatch(l -> l.startsWith("Кресс\t") && l.endsWith("\tB-PERSON")));
        assertError(400, server.post("/api/extract?format=pdf", "text/plain", "Текст."));
    }

    @Test
    void badRequestsGetJsonErrors() throws Exception {
        assertTrue(assertError(400, server.post("/api/extract", "application/json", "{\"text\": ")).get("message").asText().contains("malformed JSON"));
        assertTrue(assertError(400, server.post("/api/extract", "application/json", "{\"txt\": \"Кресс\"}")).get("message").asText().contains("\"text\""));
        assertError(400, server.post("/api/extract", "application/json", ""));
        assertError(400, server.post("/api/extract", "application/json", "[{\"text\": \"a\"}]"));
        assertError(400, server.post("/api/extract", "application/json", "{\"text\": \"a\", \"date\": \"вчера\"}"));
        assertError(415, server.post("/api/extract", "application/x-www-form-urlencoded", "text=abc"));
        assertError(415, server.post("/api/extract", "image/png", "abc"));
        assertError(400, server.get("/api/entities"));
        assertError(400, server.get("/api/entities?q=Кресс&limit=0"));
        assertError(400, server.get("/api/entities?q=Кресс&limit=many"));
        assertError(400, server.get("/api/entities/abc"));
        assertError(404, server.get("/api/entities/999999"));
        assertError(404, server.get("/api/documents/no-such-document"));
        assertError(400, server.get("/api/facts?type=wedding"));
        assertError(400, server.get("/api/facts?from=yesterday"));
        assertError(404, server.get("/api/nothing"));
        assertError(404, server.get("/entities"));
        JsonNode e = assertError(405, server.send(HttpRequest.newBuilder(URI.create(server.url("/api/extract"))).GET()));
        assertTrue(e.get("message").asText().contains("POST"));
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/entities/1")))
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertError(405, put);
        assertEquals("GET, HEAD", put.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void bodiesOverTheLimitGet413() throws Exception {
        // declared too long: refused before a byte of the body is read
        RawHttp.Answer declared = RawHttp.exchange(server.server.port(), "POST /api/extract HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + (6 * 1024 * 1024), null);
        assertEquals(413, declared.status(), declared.body());
        assertTrue(JSON.readTree(declared.body()).get("message").asText().contains("5 MB"));
        // no length declared, streamed in chunks past the limit
        byte[] big = chunked(new byte[6 * 1024 * 1024]);
        RawHttp.Answer streamed = RawHttp.exchange(server.server.port(), "POST /api/documents HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + server.settings.token().text() + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked", big);
        assertEquals(413, streamed.status(), streamed.body());
        assertEquals(413, JSON.readTree(streamed.body()).get("status").asInt());
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.Arrays.fill(body, (byte) 'a');
        for (int i = 0; i < body.length; i += 65536) {
            int n = Math.min(65536, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void writingNeedsTheToken() throws Exception {
        String doc = "{\"id\": \"auth-test\", \"text\": \"Андрей Зверев приехал в Томск.\"}";
        HttpResponse<String> none = server.post("/api/documents", "application/json", doc);
        assertError(401, none);
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        HttpResponse<String> wrong = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/documents")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer not-the-token")
                .POST(HttpRequest.BodyPublishers.ofString(doc)));
        assertError(401, wrong);
        assertError(404, server.get("/api/documents/auth-test"));
        JsonNode first = json(server.ingest(doc));
        assertEquals("added", first.at("/documents/0/outcome").asText());
        JsonNode again = json(server.ingest(doc));
        assertEquals("unchanged", again.at("/documents/0/outcome").asText());
        assertEquals(200, server.get("/api/documents/auth-test").statusCode());
        // no id: one made of the content, the same on the next post
        String anonymous = "{\"text\": \"Губернатор Томской области провёл совещание.\"}";
        String id = json(server.ingest(anonymous)).at("/documents/0/id").asText();
        assertTrue(id.startsWith("doc-"), id);
        assertEquals(id, json(server.ingest(anonymous)).at("/documents/0/id").asText());
    }

    @Test
    void knowledgeBaseReads() throws Exception {
        JsonNode found = json(server.get("/api/entities?q=" + enc("Кресса")));
        JsonNode kress = found.at("/entities/0");
        assertEquals("Виктор Кресс", kress.get("name").asText());
        JsonNode page = json(server.get("/api/entities/" + kress.get("id").asLong()));
        assertEquals("Виктор Кресс", page.at("/entity/name").asText());
        assertEquals(7, page.at("/mentions/0/mentions").size());
        assertEquals("tomsk-2010", page.at("/timeline/0/document").asText());
        List<String> related = new ArrayList<>();
        page.get("related").forEach(r -> related.add(r.at("/entity/name").asText()));
        assertTrue(related.contains("Владимир Путин"), related.toString());
        assertTrue(page.get("facts").size() >= 3);

        JsonNode meetings = json(server.get("/api/facts?type=meeting&entity=" + enc("Путин")));
        assertEquals(1, meetings.get("facts").size());
        List<String> participants = new ArrayList<>();
        meetings.at("/facts/0/arguments").forEach(a -> participants.add(a.get("entityName").asText()));
        assertTrue(participants.containsAll(List.of("Владимир Путин", "Виктор Кресс")), participants.toString());

        JsonNode search = json(server.get("/api/search?q=" + enc("Томской")));
        assertEquals("tomsk-2010", search.at("/hits/0/document").asText());
        JsonNode doc = json(server.get("/api/documents/tomsk-2010"));
        assertEquals(seed.text(), doc.get("text").asText());
        assertTrue(doc.get("mentions").size() >= 30);
        JsonNode stats = json(server.get("/api/stats"));
        assertTrue(stats.get("documents").asLong() >= 1 && stats.get("entities").asLong() >= 11, stats.toString());
    }

    @Test
    void staticFilesAndPages() throws Exception {
        HttpResponse<String> css = server.get("/static/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(200, server.get("/static/js/pages/analyse.js").statusCode());
        assertEquals(200, server.get("/static/fonts/inter-cyrillic-400-normal.woff2").statusCode());
        assertError(404, server.get("/static/missing.css"));
        assertError(404, server.get("/static/fonts"));
        for (String page : List.of("/", "/search", "/entities/1", "/documents/tomsk-2010")) {
            HttpResponse<String> r = server.get(page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.body().contains("/static/js/app.js"));
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), csp);
        }
        HttpResponse<String> head = server.send(HttpRequest.newBuilder(URI.create(server.url("/")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        JsonNode api = json(server.get("/openapi.json"));
        assertTrue(api.get("openapi").asText().startsWith("3."));
    }

    @Test
    void staticFilesCannotBeReadOutsideTheirFolder() throws Exception {
        List<String> attacks = List.of(
                "/static/../openapi.json", "/static/../../../../../../etc/passwd", "/static/js/../../page.html",
                "/static/%2e%2e/openapi.json", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/%2E%2E%2Fopenapi.json",
                "/static/..%2fopenapi.json", "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/static/%252e%252e%252fopenapi.json", "/static/%252e%252e/%252e%252e/etc/passwd", "/static/..%252fopenapi.json",
                "/static/..\\openapi.json", "/static/..%5copenapi.json", "/static/%c0%ae%c0%ae/openapi.json",
                "/static/.%2e/openapi.json", "/static/....//openapi.json", "/static//etc/passwd", "/static/%00../openapi.json",
                "/static/app.css/../../openapi.json", "/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/static/../org/faktograf/server/FaktografServer.class", "/static/../../org/faktograf/server/FaktografServer.class");
        for (String path : attacks) {
            RawHttp.Answer a = RawHttp.exchange(server.server.port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close", null);
            assertTrue(a.status() == 400 || a.status() == 404, path + " → " + a.status());
            assertTrue(a.head().toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), path + ": " + a.head());
            String body = a.body();
            JsonNode e = JSON.readTree(body);
            assertEquals(a.status(), e.get("status").asInt(), path);
            assertFalse(body.contains("root:") || body.contains("openapi") || body.contains("<html") || body.contains("\uFFFD"),
                    path + " leaked: " + body);
            assertNotNull(e.get("message"));
        }
        // the same folder read the right way works
        assertEquals(200, RawHttp.exchange(server.server.port(), "GET /static/app.css HTTP/1.1\r\nHost: localhost\r\nConnection: close", null).status());
    }

    @Test
    void malformedRequestsGetJsonErrorsFromJettyToo() throws Exception {
        RawHttp.Answer a = RawHttp.exchange(server.server.port(), "GET /api/stats HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "x".repeat(20000), null);
        assertEquals(431, a.status(), a.head());
        assertEquals(431, JSON.readTree(a.body()).get("status").asInt());
        RawHttp.Answer b = RawHttp.exchange(server.server.port(), "GET /api/entities?q=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close", null);
        assertEquals(400, b.status(), b.body());
        assertTrue(b.head().toLowerCase(java.util.Locale.ROOT).contains("application/json"));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
