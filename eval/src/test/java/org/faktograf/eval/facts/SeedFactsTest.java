package org.faktograf.eval.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.coref.EntityResolver;
import org.faktograf.facts.FactExtractor;
import org.faktograf.norm.NameNormalizer;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Mention;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.segment.Segmenter;
import org.faktograf.pipeline.StandardPipeline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The facts of the seed article (corpora/seed/tomsk-2010.txt) against what its gold file requires:
 * three occupations, the Putin–Kress meeting in Tomsk, the four-party agreement with all four
 * parties and its subject, and the framework agreement between Kress and Zverev, each argument
 * the entity of the gold canonical name. {@link EndToEnd} runs the standard pipeline as
 * {@code faktograf extract} does; {@link GoldMentions} takes the mentions from the gold file and
 * the posts from the gold facts' positions, and everything else from the pipeline's stages, to
 * test the rules apart from the recognizer.
 */
class SeedFactsTest {
    private static final Path ROOT = Path.of(System.getProperty("faktograf.root", "..")).toAbsolutePath().normalize();
    private static Seed endToEnd;
    private static Seed goldMentions;

    /** An analysis of the seed with the entity id given to each gold entity. */
    record Seed(Analysis analysis, Map<String, String> entityOfGold) {
    }

    private static String text() throws Exception {
        return Files.readString(ROOT.resolve("corpora/seed/tomsk-2010.txt"), StandardCharsets.UTF_8);
    }

    private static JsonNode gold() throws Exception {
        return new ObjectMapper().readTree(ROOT.resolve("corpora/seed/tomsk-2010.gold.json").toFile());
    }

    static synchronized Seed endToEnd() throws Exception {
        if (endToEnd == null) {
            endToEnd = linked(StandardPipeline.get().analyze(Document.of("tomsk-2010", text())), gold());
        }
        return endToEnd;
    }

    static synchronized Seed goldMentions() throws Exception {
        if (goldMentions != null) {
            return goldMentions;
        }
        String text = text();
        JsonNode gold = gold();
        Analysis a = MorphAnalyzer.shared().apply(new Segmenter().apply(Analysis.of(Document.of("tomsk-2010", text))));
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            EntityType type = switch (e.get("type").asText()) {
                case "PER" -> EntityType.PERSON;
                case "LOC" -> EntityType.LOCATION;
                case "MISC" -> EntityType.PROJECT;
                default -> EntityType.ORGANIZATION;
            };
            for (JsonNode m : e.get("mentions")) {
                mentions.add(new Mention("m" + mentions.size(), m.get("start").asInt(), m.get("end").asInt(), type, false, 1.0));
            }
        }
        // the posts, where the gold facts name them (standing in for the recognizer's PROFESSION mentions)
        Set<String> posts = new HashSet<>(List.of("главой региона", "глава региона"));
        for (JsonNode f : gold.get("facts")) {
            if (f.has("position")) {
                posts.add(f.get("position").asText());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : posts) {
            for (int i = lower.indexOf(p.toLowerCase(Locale.ROOT)); i >= 0; i = lower.indexOf(p.toLowerCase(Locale.ROOT), i + 1)) {
                mentions.add(new Mention("m" + mentions.size(), i, i + p.length(), EntityType.PROFESSION, false, 1.0));
            }
        }
        mentions.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
        // names and entities by the pipeline's own stages
        a = new EntityResolver().apply(new NameNormalizer().apply(a.withMentions(mentions)));
        goldMentions = linked(FactExtractor.shared().apply(a), gold);
        return goldMentions;
    }

    /** Gives each gold entity the analysis entity of the same canonical name. */
    private static Seed linked(Analysis analysis, JsonNode gold) {
        Map<String, String> entityOfGold = new HashMap<>();
        for (JsonNode g : gold.get("entities")) {
            for (Entity e : analysis.entities()) {
                String name = e.person() != null && e.person().firstLast() != null ? e.person().firstLast() : e.name();
                if (name.equalsIgnoreCase(g.get("name").asText())) {
                    entityOfGold.put(g.get("id").asText(), e.id());
                }
            }
        }
        return new Seed(analysis, entityOfGold);
    }

    @Nested
    class EndToEnd extends SixFacts {
        @Override
        Seed seed() throws Exception {
            return endToEnd();
        }
    }

    @Nested
    class GoldMentions extends SixFacts {
        @Override
        Seed seed() throws Exception {
            return goldMentions();
        }
    }

    /** The six required facts, asked of one analysis of the seed. */
    abstract static class SixFacts {
        private Analysis analysis;
        private Map<String, String> entityOfGold;

        abstract Seed seed() throws Exception;

        @org.junit.jupiter.api.BeforeEach
        void take() throws Exception {
            Seed s = seed();
            analysis = s.analysis();
            entityOfGold = s.entityOfGold();
        }

        @Test
        void theThreeOccupations() {
            assertOccupation("putin", "премьер-министр", "russia");
            assertOccupation("kress", "губернатор", "tomsk_oblast");
            assertOccupation("zverev", "генеральный директор", "roselectronics");
        }

        @Test
        void thePutinKressMeetingInTomsk() {
            Fact meeting = only(FactType.MEETING, f -> entities(f, "participant").equals(Set.of(id("putin"), id("kress"))));
            assertEquals(Set.of(id("tomsk")), entities(meeting, "place"));
        }

        @Test
        void theFourPartyAgreementWithItsSubject() {
            Fact deal = only(FactType.DEAL, f -> entities(f, "participant").equals(
                    Set.of(id("nsn"), id("rusnano"), id("mikran"), id("tomsk_admin"))));
            assertEquals("четырехстороннее соглашение", value(deal, "kind"));
            String subject = value(deal, "subject");
            assertTrue(subject.startsWith("производство в Томской особой экономической зоне"), subject);
            assertTrue(subject.endsWith("базовых станций для сетей мобильной широкополосной связи 4G"), subject);
        }

        @Test
        void theFrameworkAgreementBetweenKressAndZverev() {
            Fact deal = only(FactType.DEAL, f -> entities(f, "participant").equals(Set.of(id("kress"), id("zverev"))));
            assertEquals("рамочное соглашение", value(deal, "kind"));
            assertEquals("создание в Томске инновационных производств и сотрудничество с научно-образовательным комплексом",
                    value(deal, "subject"));
        }

        @Test
        void argumentsCarryCanonicalNamesAndEvidenceHoldsThem() {
            for (Fact f : analysis.facts()) {
                assertTrue(f.evidenceStart() < f.evidenceEnd());
                for (FactArgument a : f.arguments()) {
                    if (a.entityId() != null && a.role().equals("who")) {
                        assertTrue(Set.of("Владимир Путин", "Виктор Кресс", "Андрей Зверев").contains(a.value()), a.value());
                    }
                    if (a.start() >= 0) {
                        assertTrue(f.evidenceStart() <= a.start() && a.end() <= f.evidenceEnd(), f.toString());
                    }
                }
            }
        }

        private void assertOccupation(String who, String position, String where) {
            Fact f = only(FactType.OCCUPATION, x -> entities(x, "who").equals(Set.of(id(who)))
                    && entities(x, "where").equals(Set.of(id(where))));
            assertEquals(position, value(f, "position").toLowerCase(Locale.ROOT));
        }

        private Fact only(FactType type, java.util.function.Predicate<Fact> p) {
            List<Fact> found = analysis.facts().stream().filter(f -> f.type() == type && p.test(f)).toList();
            if (found.size() != 1) {
                fail("expected one such " + type + ", found " + found.size() + " among " + analysis.facts());
            }
            return found.get(0);
        }

        private String id(String gold) {
            String id = entityOfGold.get(gold);
            if (id == null) {
                fail("no entity named as the gold " + gold + " among " + analysis.entities());
            }
            return id;
        }

        private Set<String> entities(Fact f, String role) {
            Set<String> s = new HashSet<>();
            for (FactArgument a : f.arguments(role)) {
                s.add(a.entityId());
            }
            return s;
        }

        private String value(Fact f, String role) {
            List<FactArgument> a = f.arguments(role);
            assertEquals(1, a.size(), role + " of " + f);
            return a.get(0).value();
        }
    }
}
