package org.faktograf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /openapi.json says what the server does: it lists exactly the API's routes, and what the
 * endpoints answer (successes and errors) fits the schemas it gives, property by property.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static JsonNode api;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withSeedGold();
        SeedGold seed = new SeedGold();
        assertEquals(200, server.ingest(JSON.writeValueAsString(Map.of("id", "tomsk-2010", "text", seed.text()))).statusCode());
        api = JSON.readTree(server.get("/openapi.json").body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void documentsExactlyTheApiRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        for (String r : server.server.routes()) {
            String path = r.substring(r.indexOf(' ') + 1);
            if (path.startsWith("/api/") || path.equals("/openapi.json")) {
                routes.add(r);
            }
        }
        TreeSet<String> documented = new TreeSet<>();
        api.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        assertEquals(routes, documented);
        assertTrue(api.get("openapi").asText().startsWith("3.1"));
    }

    @Test
    void answersFitTheirSchemas() throws Exception {
        long kress = JSON.readTree(server.get("/api/entities?q=" + enc("Виктор Кресс")).body()).at("/entities/0/id").asLong();
        List<String[]> calls = List.of(
                new String[] {"/api/entities", "get", "/api/entities?q=" + enc("Томск")},
                new String[] {"/api/entities/{id}", "get", "/api/entities/" + kress},
                new String[] {"/api/entities/{id}", "get", "/api/entities/123456"},
                new String[] {"/api/entities/{id}", "get", "/api/entities/x"},
                new String[] {"/api/facts", "get", "/api/facts?type=deal"},
                new String[] {"/api/facts", "get", "/api/facts?entity=" + enc("Путин") + "&from=2000&to=2020"},
                new String[] {"/api/facts", "get", "/api/facts?type=nothing"},
                new String[] {"/api/search", "get", "/api/search?q=" + enc("соглашение")},
                new String[] {"/api/search", "get", "/api/search"},
                new String[] {"/api/documents/{id}", "get", "/api/documents/tomsk-2010"},
                new String[] {"/api/documents/{id}", "get", "/api/documents/none"},
                new String[] {"/api/stats", "get", "/api/stats"});
        List<String> problems = new ArrayList<>();
        for (String[] c : calls) {
            check(c[0], c[1], c[2], server.get(c[2]), problems);
        }
        check("/api/extract", "post", "extract", server.post("/api/extract", "text/plain", new SeedGold().text()), problems);
        check("/api/extract", "post", "extract bad", server.post("/api/extract", "application/json", "{"), problems);
        check("/api/extract", "post", "extract form", server.post("/api/extract", "application/x-www-form-urlencoded", "a=b"), problems);
        check("/api/documents", "post", "ingest", server.ingest("[{\"id\": \"a\", \"text\": \"Кресс в Томске.\"}, {\"text\": \"Зверев.\"}]"), problems);
        check("/api/documents", "post", "ingest without token", server.post("/api/documents", "application/json", "{\"text\": \"x\"}"), problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(String path, String method, String call, HttpResponse<String> r, List<String> problems) throws Exception {
        JsonNode responses = api.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses");
        JsonNode response = responses.get(String.valueOf(r.statusCode()));
        if (response == null) {
            problems.add(call + ": status " + r.statusCode() + " is not documented");
            return;
        }
        JsonNode schema = response.at("/content/application~1json/schema");
        if (schema.isMissingNode()) {
            problems.add(call + ": no JSON schema for " + r.statusCode());
            return;
        }
        validate(schema, JSON.readTree(r.body()), call + " " + r.statusCode() + " $", problems);
    }

    /** The subset of JSON Schema the document uses: $ref, oneOf, type (one or a list), enum, properties, required, additionalProperties, items. */
    static void validate(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            validate(api.at(schema.get("$ref").asText().substring(1)), value, at, problems);
            return;
        }
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.get("oneOf")) {
                List<String> p = new ArrayList<>();
                validate(option, value, at, p);
                if (p.isEmpty()) {
                    return;
                }
            }
            problems.add(at + ": fits none of oneOf");
            return;
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(t -> types.add(t.asText()));
            } else {
                types.add(schema.get("type").asText());
            }
            boolean fits = types.stream().anyMatch(t -> switch (t) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                default -> false;
            });
            if (!fits) {
                problems.add(at + ": " + value.getNodeType() + " is not " + types);
                return;
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode v : schema.get("enum")) {
                listed |= v.equals(value);
            }
            if (!listed) {
                problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(at + ": missing " + required.asText());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (properties.has(f.getKey())) {
                    validate(properties.get(f.getKey()), f.getValue(), at + "." + f.getKey(), problems);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                    problems.add(at + ": undocumented property " + f.getKey());
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                validate(schema.get("items"), item, at + "[" + i++ + "]", problems);
                if (problems.size() > 20) {
                    return;
                }
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
