package org.faktograf.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.TextOffsets;
import org.faktograf.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article through the standard pipeline with the shipped model. */
class SeedEntitiesTest {
    private static String text;
    private static List<Mention> mentions;
    private static JsonNode gold;

    @BeforeAll
    static void analyse() throws IOException {
        text = Files.readString(CorpusPaths.seed(), StandardCharsets.UTF_8);
        Analysis a = StandardPipeline.get().analyze(Document.of("tomsk-2010", text));
        mentions = a.mentions();
        gold = new ObjectMapper().readTree(CorpusPaths.seedGold().toFile());
    }

    private static boolean fits(String goldType, EntityType type) {
        return switch (goldType) {
            case "PER" -> type == EntityType.PERSON;
            case "ORG" -> type == EntityType.ORGANIZATION;
            case "LOC" -> type.coarse() == EntityType.Coarse.LOC;
            default -> false;
        };
    }

    private static Mention find(int start, int end, String goldType) {
        for (Mention m : mentions) {
            if (m.start() == start && m.end() == end && fits(goldType, m.type())) {
                return m;
            }
        }
        return null;
    }

    @Test
    void everyRequiredMentionIsFoundWithItsType() {
        TextOffsets offsets = TextOffsets.of(text);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JsonNode e : gold.get("entities")) {
            if (!e.get("required").asBoolean()) {
                continue;
            }
            for (JsonNode m : e.get("mentions")) {
                int start = offsets.toChar(m.get("start").asInt());
                int end = offsets.toChar(m.get("end").asInt());
                checked++;
                if (find(start, end, e.get("type").asText()) == null) {
                    missing.add(e.get("id").asText() + " «" + m.get("text").asText() + "» at " + start);
                }
            }
        }
        assertEquals(28, checked);
        assertTrue(missing.isEmpty(), "missing: " + missing + "\nfound: " + describe());
    }

    @Test
    void theAdministrationHoldsTheRegionAndTheProgrammeIsAProject() {
        int admin = text.indexOf("администрацией Томской области");
        Mention org = find(admin, admin + "администрацией Томской области".length(), "ORG");
        Mention region = find(admin + "администрацией ".length(), admin + "администрацией Томской области".length(), "LOC");
        assertTrue(org != null && region != null && org.contains(region), describe());
        assertTrue(!org.hasName(), "a descriptor with a place has no name of its own: " + org);
        assertTrue(region.politicalBody(), "the region acts as a political body here: " + region);

        int project = text.indexOf("ИНО-ТОМСК 2020");
        assertTrue(mentions.stream().anyMatch(m -> m.start() == project && m.end() == project + 14
                && m.type() == EntityType.PROJECT), describe());
    }

    @Test
    void organisationNamesLeaveOutLegalFormsAndQuotes() {
        int rosnano = text.indexOf("Роснано");
        Mention m = find(rosnano, rosnano + 7, "ORG");
        assertTrue(m != null && m.nameStart() == rosnano && m.nameEnd() == rosnano + 7, describe());
        int mikran = text.indexOf("НПФ «Микран»");
        assertTrue(find(mikran, mikran + "НПФ «Микран»".length(), "ORG") != null, describe());
    }

    @Test
    void mentionsAreNumberedInTextOrder() {
        for (int i = 0; i < mentions.size(); i++) {
            assertEquals("m" + i, mentions.get(i).id());
            if (i > 0) {
                assertTrue(mentions.get(i - 1).start() <= mentions.get(i).start());
            }
        }
    }

    private static String describe() {
        StringBuilder sb = new StringBuilder();
        for (Mention m : mentions) {
            sb.append('\n').append(m.id()).append(' ').append(m.type()).append(m.politicalBody() ? "*" : "")
                    .append(" «").append(text, m.start(), m.end()).append("»");
        }
        return sb.toString();
    }
}
