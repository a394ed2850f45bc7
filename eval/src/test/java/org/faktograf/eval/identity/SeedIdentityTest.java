package org.faktograf.eval.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faktograf.coref.EntityResolver;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.TextOffsets;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.norm.NameNormalizer;
import org.faktograf.segment.Segmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article: its eleven required entities come out as eleven entities with the gold
 * canonical names and forms. The mentions are the gold ones (NER is not on this branch yet), with
 * the posts of the text (премьер-министр, главой региона, губернатор, премьеру, генеральный
 * директор) added as PROFESSION mentions, so that descriptors are resolved too.
 */
class SeedIdentityTest {
    private static final Pattern POSTS = Pattern.compile(
            "(?iu)премьер-министр|главой региона|глава региона|губернатор|премьеру|генеральный директор");

    private static String text;
    private static JsonNode gold;
    private static Analysis analysis;
    private static Map<String, Entity> entityOfMention;

    @BeforeAll
    static void analyse() throws IOException {
        text = Files.readString(CorpusPaths.seed(), StandardCharsets.UTF_8);
        gold = new ObjectMapper().readTree(Files.readString(CorpusPaths.seedGold(), StandardCharsets.UTF_8));
        TextOffsets offsets = TextOffsets.of(text);
        record Draft(int start, int end, EntityType type) {}
        List<Draft> drafts = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            if (!e.get("required").asBoolean()) {
                continue;
            }
            EntityType type = switch (e.get("type").asText()) {
                case "PER" -> EntityType.PERSON;
                case "ORG" -> EntityType.ORGANIZATION;
                default -> EntityType.LOCATION;
            };
            for (JsonNode m : e.get("mentions")) {
                int start = offsets.toChar(m.get("start").asInt());
                int end = offsets.toChar(m.get("end").asInt());
                assertEquals(m.get("text").asText(), text.substring(start, end), "gold offsets");
                drafts.add(new Draft(start, end, type));
            }
        }
        Matcher posts = POSTS.matcher(text);
        while (posts.find()) {
            drafts.add(new Draft(posts.start(), posts.end(), EntityType.PROFESSION));
        }
        drafts.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
        List<Mention> mentions = new ArrayList<>();
        for (Draft d : drafts) {
            mentions.add(new Mention("m" + mentions.size(), d.start(), d.end(), d.type(), false, 1.0));
        }
        Analysis a = MorphAnalyzer.shared().apply(new Segmenter().apply(Analysis.of(Document.of("tomsk-2010", text))));
        analysis = new EntityResolver().apply(new NameNormalizer().apply(a.withMentions(mentions)));
        entityOfMention = new HashMap<>();
        for (Entity e : analysis.entities()) {
            for (String id : e.mentionIds()) {
                entityOfMention.put(id, e);
            }
        }
    }

    private static Entity entityAt(int start, int end) {
        for (Mention m : analysis.mentions()) {
            if (m.start() == start && m.end() == end && m.type() != EntityType.PROFESSION) {
                return entityOfMention.get(m.id());
            }
        }
        throw new AssertionError("no mention at " + start + "-" + end);
    }

    @Test
    void elevenRequiredEntitiesWithTheGoldNames() {
        TextOffsets offsets = TextOffsets.of(text);
        Set<Entity> seen = new HashSet<>();
        int required = 0;
        for (JsonNode g : gold.get("entities")) {
            if (!g.get("required").asBoolean()) {
                continue;
            }
            required++;
            Entity entity = null;
            for (JsonNode m : g.get("mentions")) {
                Entity e = entityAt(offsets.toChar(m.get("start").asInt()), offsets.toChar(m.get("end").asInt()));
                assertNotNull(e, g.get("id") + " mention " + m.get("text"));
                if (entity == null) {
                    entity = e;
                }
                assertEquals(entity, e, "every mention of " + g.get("id").asText() + " in one entity");
            }
            assertTrue(seen.add(entity), g.get("id").asText() + " shares its entity with another gold entity");
            assertEquals(g.get("name").asText(), entity.name(), g.get("id").asText());
            if (g.has("first")) {
                assertEquals(g.get("first").asText(), entity.person().first());
                assertEquals(g.get("last").asText(), entity.person().last());
            }
            String form = g.has("legal_form") ? g.get("legal_form").asText() : g.has("org_kind") ? g.get("org_kind").asText() : null;
            if (g.get("type").asText().equals("ORG")) {
                assertEquals(form, entity.legalForm(), g.get("id").asText());
            }
        }
        assertEquals(11, required);
        assertEquals(11, analysis.entities().size(), "no more entities than the gold ones: " + analysis.entities());
    }

    @Test
    void postsJoinTheirPeople() {
        Entity kress = entityAt(text.indexOf("Виктором Крессом"), text.indexOf("Виктором Крессом") + "Виктором Крессом".length());
        Entity putin = entityAt(text.indexOf("Владимир Путин"), text.indexOf("Владимир Путин") + "Владимир Путин".length());
        Entity zverev = entityAt(text.indexOf("Андрей Зверев"), text.indexOf("Андрей Зверев") + "Андрей Зверев".length());
        Map<String, Entity> expected = Map.of(
                "Губернатор доложил", kress, "премьеру о ходе", putin, "главой региона Виктором", kress,
                "Премьер-министр России", putin, "генеральный директор концерна", zverev, "глава региона рассказал", kress);
        for (Map.Entry<String, Entity> e : expected.entrySet()) {
            int at = text.indexOf(e.getKey());
            Mention post = analysis.mentions().stream()
                    .filter(m -> m.type() == EntityType.PROFESSION && m.start() == at).findFirst().orElseThrow();
            assertEquals(e.getValue(), entityOfMention.get(post.id()), e.getKey());
        }
        assertEquals("Виктор Кресс", kress.name(), "a post is no name");
    }

    /**
     * End to end (the standard pipeline's own mentions): a place the text names only by an
     * adjective (Томской особой экономической зоне, Российская электроника) is no second place
     * entity beside Томск and Россия.
     */
    @Test
    void placeAdjectivesJoinTheirPlacesEndToEnd() {
        Analysis a = org.faktograf.pipeline.StandardPipeline.get().analyze(Document.of("tomsk-2010", text));
        Map<String, Mention> byId = new HashMap<>();
        a.mentions().forEach(m -> byId.put(m.id(), m));
        Set<String> placeNames = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.type().coarse() != EntityType.Coarse.LOC) {
                continue;
            }
            assertTrue(placeNames.add(e.name()), "two place entities named " + e.name());
            boolean noun = false;
            for (String id : e.mentionIds()) {
                Mention m = byId.get(id);
                String covered = text.substring(m.start(), m.end());
                noun |= !covered.matches("(?u)\\p{Lu}\\p{Ll}+(ой|ая|ий|ое|ие|ского|ской|ских)");
            }
            assertTrue(noun, "a place entity known only by an adjective: " + e.name() + " " + e.mentionIds());
        }
        assertTrue(placeNames.containsAll(Set.of("Томск", "Томская область", "Россия")), placeNames.toString());
    }
}
