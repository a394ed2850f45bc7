package org.faktograf.formats.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.junit.jupiter.api.Test;

class JsonAnalysisWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String write(Analysis a, boolean pretty, boolean readings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonAnalysisWriter(pretty, readings).write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The text between two code point offsets. */
    private static String byCodePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void offsetsAreCodePointsAndEveryLayerIsWritten() throws Exception {
        Analysis a = CraftedAnalysis.build();
        JsonNode root = MAPPER.readTree(write(a, true, false));
        String text = root.path("document").path("text").asText();
        assertEquals(CraftedAnalysis.TEXT, text);
        assertEquals("emoji", root.path("document").path("id").asText());
        assertEquals("2010-05-27", root.path("document").path("date").asText());
        assertTrue(root.path("document").path("url").isNull());

        JsonNode kress = root.path("tokens").get(1);
        assertEquals(2, kress.path("start").asInt()); // UTF-16 index 3
        assertEquals(7, kress.path("end").asInt());
        assertEquals("Кресс", kress.path("text").asText());
        assertEquals("WORD", kress.path("kind").asText());
        assertEquals("кресс", kress.path("lemma").asText());
        assertEquals("NOUN", kress.path("pos").asText());
        assertEquals(List.of("NOMN", "SING", "MASC", "SURN"), MAPPER.convertValue(kress.path("grammemes"), List.class));
        assertTrue(kress.path("guessed").asBoolean());
        assertFalse(kress.has("readings"));
        for (JsonNode t : root.path("tokens")) {
            assertEquals(t.path("text").asText(), byCodePoints(text, t.path("start").asInt(), t.path("end").asInt()));
        }
        JsonNode sentence = root.path("sentences").get(0);
        assertEquals(text.codePointCount(0, text.length()), sentence.path("end").asInt());
        assertEquals(8, sentence.path("endToken").asInt());

        for (JsonNode m : root.path("mentions")) {
            assertEquals(m.path("text").asText(), byCodePoints(text, m.path("start").asInt(), m.path("end").asInt()));
        }
        JsonNode region = root.path("mentions").get(2);
        assertEquals("Томской области", region.path("text").asText());
        assertEquals("STATE_OR_PROVINCE", region.path("type").asText());
        assertEquals("LOC", region.path("coarse").asText());
        assertTrue(region.path("politicalBody").asBoolean());

        assertEquals("Владимирович", root.path("names").get(1).path("person").path("patronymic").asText());
        JsonNode entity = root.path("entities").get(2);
        assertEquals("Томская область", entity.path("name").asText());
        assertEquals("Томская обл.", entity.path("aliases").get(0).asText());
        assertEquals("m2", entity.path("mentions").get(0).asText());

        JsonNode occupation = root.path("facts").get(1);
        assertEquals("OCCUPATION", occupation.path("type").asText());
        assertEquals("PLANNED", occupation.path("modality").asText());
        JsonNode where = occupation.path("arguments").get(2);
        assertEquals("e2", where.path("entity").asText());
        assertEquals("Томской области", byCodePoints(text, where.path("start").asInt(), where.path("end").asInt()));
        assertFalse(occupation.path("arguments").get(1).has("start"));
        assertEquals(CraftedAnalysis.TEXT, occupation.path("evidence").path("text").asText());
    }

    @Test
    void prettyOutputPutsOneTokenOnALineAndCompactOutputOneDocument() throws Exception {
        Analysis a = CraftedAnalysis.build();
        String pretty = write(a, true, false);
        List<String> lines = pretty.lines().toList();
        assertEquals("{", lines.get(0));
        assertTrue(lines.contains("    {\"start\": 2, \"end\": 7, \"text\": \"Кресс\", \"kind\": \"WORD\", \"lemma\": \"кресс\", "
                + "\"pos\": \"NOUN\", \"grammemes\": [\"NOMN\", \"SING\", \"MASC\", \"SURN\"], \"guessed\": true},"), pretty);

        String compact = write(a, false, false);
        assertEquals(1, compact.lines().count());
        assertTrue(compact.endsWith("}\n"));
        assertEquals(MAPPER.readTree(pretty), MAPPER.readTree(compact));
    }

    @Test
    void readingsAreWrittenWhenAsked() throws Exception {
        JsonNode kress = MAPPER.readTree(write(CraftedAnalysis.build(), false, true)).path("tokens").get(1);
        assertEquals(2, kress.path("readings").size());
        assertEquals("ACCS", kress.path("readings").get(1).path("grammemes").get(0).asText());
    }

    @Test
    void aDocumentWithoutLayersHasTheSameKeys() throws Exception {
        JsonNode root = MAPPER.readTree(write(Analysis.of(Document.of("empty", "")), true, false));
        assertEquals(List.of("document", "sentences", "tokens", "mentions", "names", "entities", "facts"),
                iteratorToList(root.fieldNames()));
        assertEquals("", root.path("document").path("text").asText());
        assertEquals(0, root.path("tokens").size());
    }

    private static List<String> iteratorToList(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
