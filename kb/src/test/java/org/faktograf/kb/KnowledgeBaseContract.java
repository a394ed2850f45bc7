package org.faktograf.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faktograf.kb.ingest.IngestListener;
import org.faktograf.kb.ingest.IngestSummary;
import org.faktograf.kb.ingest.Ingester;
import org.faktograf.kb.query.Cooccurrence;
import org.faktograf.kb.query.EntityCard;
import org.faktograf.kb.query.EntityMatch;
import org.faktograf.kb.query.FactFilter;
import org.faktograf.kb.query.FactRow;
import org.faktograf.kb.query.KbReader;
import org.faktograf.kb.query.SearchResult;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.StoreOutcome;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.EntityType;
import org.faktograf.model.FactType;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.segment.Segmenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The knowledge-base integration suite; {@link SqliteKnowledgeBaseTest} and
 * {@link PostgresKnowledgeBaseTest} run it against each database.
 */
abstract class KnowledgeBaseContract {
    protected String db;
    protected KnowledgeBase kb;

    /** A new empty database's --db spec. */
    protected abstract String newDatabase() throws Exception;

    protected void dropDatabase(String spec) {
    }

    @BeforeEach
    void open() throws Exception {
        db = newDatabase();
        kb = KnowledgeBase.open(db, true);
    }

    @AfterEach
    void drop() {
        if (db != null) {
            dropDatabase(db);
        }
    }

    protected void store(Analysis... analyses) {
        try (KbWriter w = kb.writer()) {
            for (Analysis a : analyses) {
                w.store(a, "test", false);
            }
            w.commit();
        }
    }

    protected long count(String sql) throws SQLException {
        try (Connection c = kb.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private EntityMatch only(KbReader r, String name) {
        List<EntityMatch> m = r.findEntities(name, 10);
        assertFalse(m.isEmpty(), "nothing found for " + name);
        return m.get(0);
    }

    @Test
    void seedGoldAnswersWhoKressIsWhomHeMetAndWhatHeSigned() {
        store(Fixtures.seedGold());
        try (KbReader r = kb.reader()) {
            List<EntityMatch> found = r.findEntities("Виктор Кресс", 10);
            assertEquals(1, found.size(), found.toString());
            EntityMatch kress = found.get(0);
            assertEquals("Виктор Кресс", kress.name());
            assertTrue(kress.exactName());
            assertEquals(kress.id(), only(r, "Кресс").id());
            assertEquals(kress.id(), only(r, "кресс").id());
            assertEquals(kress.id(), only(r, "КРЕСС виктор").id());
            EntityCard card = r.card(kress.id(), 50, 50);
            assertTrue(card.posts().stream().anyMatch(p -> p.startsWith("губернатор") && p.contains("Томская область")),
                    card.posts().toString());
            assertEquals(7, card.members().get(0).mentions().size());
            assertTrue(card.facts().stream().anyMatch(f -> f.type().equals("MEETING") && names(f).contains("Владимир Путин")));
            assertTrue(card.facts().stream().anyMatch(f -> f.type().equals("DEAL") && names(f).contains("Андрей Зверев")
                    && f.arguments().stream().anyMatch(a -> a.value().equals("рамочное соглашение"))));
            List<Cooccurrence> co = r.cooccurrences(kress.id(), 20);
            assertTrue(co.stream().anyMatch(x -> x.entity().name().equals("Владимир Путин")));
        }
    }

    private static Set<String> names(FactRow f) {
        Set<String> out = new java.util.HashSet<>();
        for (FactRow.Argument a : f.arguments()) {
            if (a.entityName() != null) {
                out.add(a.entityName());
            }
        }
        return out;
    }

    @Test
    void theSameDocumentTwiceIsStoredOnceAndChangedContentReplacesIt() throws SQLException {
        Analysis seed = Fixtures.seedGold();
        try (KbWriter w = kb.writer()) {
            assertEquals(StoreOutcome.ADDED, w.store(seed, "test", false));
            w.commit();
            assertEquals(StoreOutcome.UNCHANGED, w.store(seed, "test", false));
            w.commit();
        }
        long mentions = count("SELECT COUNT(*) FROM mentions");
        long entities = count("SELECT COUNT(*) FROM kb_entities");
        assertEquals(1, count("SELECT COUNT(*) FROM documents"));
        assertEquals(seed.mentions().size(), mentions);
        Analysis changed = new CraftedAnalysis("tomsk-2010", "Губернатор Виктор Кресс уехал в Москву.")
                .entity(EntityType.PERSON, "Виктор Кресс", "Виктор Кресс")
                .entity(EntityType.CITY, "Москва", "Москву").build();
        try (KbWriter w = kb.writer()) {
            assertEquals(StoreOutcome.REPLACED, w.store(changed, "test", false));
            w.commit();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM documents"));
        assertEquals(2, count("SELECT COUNT(*) FROM mentions"));
        assertEquals(0, count("SELECT COUNT(*) FROM facts"));
        assertEquals(2, count("SELECT COUNT(*) FROM kb_entities"), "entities of the old version are gone");
        assertEquals(1, count("SELECT COUNT(*) FROM kb_entities WHERE name = 'Виктор Кресс' AND document_count = 1"
                + " AND mention_count = 1"));
        assertTrue(entities > 2);
    }

    @Test
    void putinsVariantsJoinAndAnotherPutinWithOtherFirstNameDoesNot() {
        store(new CraftedAnalysis("a1", "Президент Владимир Владимирович Путин прибыл в Томск.")
                        .entity(EntityType.PERSON, "Владимир Владимирович Путин", "Владимир Владимирович Путин")
                        .entity(EntityType.CITY, "Томск", "Томск").build(),
                new CraftedAnalysis("a2", "В. В. Путин провел совещание.")
                        .entity(EntityType.PERSON, "В. В. Путин", "В. В. Путин").build(),
                new CraftedAnalysis("a3", "Владимир Путин и Путин.")
                        .entity(EntityType.PERSON, "Владимир Путин", "Владимир Путин", "Путин").build(),
                new CraftedAnalysis("a4", "Путину доложили.")
                        .entity(EntityType.PERSON, "Путин", "Путину").build(),
                new CraftedAnalysis("a5", "Людмила Путина пришла.")
                        .entity(EntityType.PERSON, "Людмила Путина", "Людмила Путина").build(),
                new CraftedAnalysis("a6", "Игорь Путин, однофамилец.")
                        .entity(EntityType.PERSON, "Игорь Путин", "Игорь Путин").build());
        try (KbReader r = kb.reader()) {
            EntityMatch putin = only(r, "Владимир Путин");
            assertEquals("Владимир Владимирович Путин", putin.name());
            assertEquals(4, putin.documentCount());
            EntityCard card = r.card(putin.id(), 50, 10);
            Map<String, String> rules = new HashMap<>();
            for (EntityCard.Member m : card.members()) {
                rules.put(m.document(), m.rule());
            }
            assertEquals(Map.of("a1", "new", "a2", "initials", "a3", "full-name", "a4", "surname-unique"), rules);
            assertTrue(card.aliases().stream().anyMatch(a -> a.name().equals("В. В. Путин")));
            List<EntityMatch> igor = r.findEntities("Игорь Путин", 10);
            assertEquals(1, igor.size());
            assertNotEquals(putin.id(), igor.get(0).id());
        }
    }

    @Test
    void aBareSurnameJoinsOnlyWhenNoOtherPersonOfThatNameConflicts() {
        store(new CraftedAnalysis("k1", "Губернатор Виктор Кресс открыл завод.")
                        .entity(EntityType.PERSON, "Виктор Кресс", "Виктор Кресс").build(),
                new CraftedAnalysis("k2", "Кресс открыл школу.")
                        .entity(EntityType.PERSON, "Кресс", "Кресс").build());
        try (KbReader r = kb.reader()) {
            assertEquals(1, r.findEntities("Кресс", 10).size());
            assertEquals(2, only(r, "Виктор Кресс").documentCount());
        }
        store(new CraftedAnalysis("k3", "Анна Кресс, пианистка, дала концерт.")
                        .entity(EntityType.PERSON, "Анна Кресс", "Анна Кресс").build(),
                new CraftedAnalysis("k4", "Кресс выступил с речью.")
                        .entity(EntityType.PERSON, "Кресс", "Кресс").build());
        try (KbReader r = kb.reader()) {
            List<EntityMatch> all = r.findEntities("Кресс", 10);
            assertEquals(3, all.size(), "Виктор, Анна and an unresolved Кресс: " + all);
            EntityMatch viktor = only(r, "Виктор Кресс");
            assertEquals(2, viktor.documentCount(), "k4 is not given to Виктор while Анна Кресс exists");
            EntityCard lone = r.card(all.stream().filter(m -> m.name().equals("Кресс")).findFirst().orElseThrow().id(), 5, 5);
            assertEquals("ambiguous", lone.members().get(0).rule());
            assertTrue(lone.members().get(0).reason().contains("Анна Кресс"), lone.members().get(0).reason());
        }
    }

    /**
     * A writer keeps the persons it has read from one transaction to the next; what another writer
     * commits in between must still count: here Анна Кресс makes the later bare Кресс ambiguous.
     */
    @Test
    void aWriterSeesWhatAnotherWriterCommittedBetweenItsTransactions() throws SQLException {
        try (KbWriter first = kb.writer()) {
            first.store(new CraftedAnalysis("k1", "Губернатор Виктор Кресс открыл завод.")
                    .entity(EntityType.PERSON, "Виктор Кресс", "Виктор Кресс").build(), "test", false);
            first.store(new CraftedAnalysis("k2", "Кресс открыл школу.")
                    .entity(EntityType.PERSON, "Кресс", "Кресс").build(), "test", false);
            first.commit();
            store(new CraftedAnalysis("k3", "Анна Кресс, пианистка, дала концерт.")
                    .entity(EntityType.PERSON, "Анна Кресс", "Анна Кресс").build());
            first.store(new CraftedAnalysis("k4", "Кресс выступил с речью.")
                    .entity(EntityType.PERSON, "Кресс", "Кресс").build(), "test", false);
            first.commit();
        }
        try (KbReader r = kb.reader()) {
            assertEquals(2, only(r, "Виктор Кресс").documentCount(), "k4 is not given to Виктор while Анна Кресс exists");
            List<EntityMatch> all = r.findEntities("Кресс", 10);
            EntityMatch lone = all.stream().filter(m -> m.name().equals("Кресс")).findFirst().orElseThrow(() ->
                    new AssertionError("no unresolved Кресс: " + all));
            assertEquals("ambiguous", r.card(lone.id(), 5, 5).members().get(0).rule());
        }
        assertConsistent();
    }

    @Test
    void contextDecidesBetweenNamesakesAndSplitsByPosts() {
        store(new CraftedAnalysis("n1", "Футболист Александр Иванов забил за ЦСКА.")
                        .entity(EntityType.PERSON, "Александр Иванов", "Александр Иванов")
                        .entity(EntityType.ORGANIZATION, "ЦСКА", "ЦСКА")
                        .occupation("Александр Иванов", "футболист", "ЦСКА").build(),
                new CraftedAnalysis("n2", "Губернатор Александр Иванов посетил Иваново.")
                        .entity(EntityType.PERSON, "Александр Иванов", "Александр Иванов")
                        .entity(EntityType.CITY, "Иваново", "Иваново")
                        .occupation("Александр Иванов", "губернатор", "Иваново").build(),
                new CraftedAnalysis("n3", "Иванов снова забил за ЦСКА.")
                        .entity(EntityType.PERSON, "Иванов", "Иванов")
                        .entity(EntityType.ORGANIZATION, "ЦСКА", "ЦСКА").build());
        try (KbReader r = kb.reader()) {
            List<EntityMatch> ivanovs = r.findEntities("Александр Иванов", 10);
            assertEquals(2, ivanovs.size(), "the footballer and the governor are two people: " + ivanovs);
            EntityMatch footballer = ivanovs.stream().filter(m -> m.documentCount() == 2).findFirst().orElseThrow();
            EntityCard card = r.card(footballer.id(), 10, 10);
            EntityCard.Member n3 = card.members().stream().filter(m -> m.document().equals("n3")).findFirst().orElseThrow();
            assertEquals("context", n3.rule());
            assertTrue(n3.reason().contains("цска"), n3.reason());
            EntityMatch governor = ivanovs.stream().filter(m -> m.documentCount() == 1).findFirst().orElseThrow();
            assertEquals("namesake", r.card(governor.id(), 5, 5).members().get(0).rule());
        }
    }

    @Test
    void factsAreFilteredByTypeEntityAndDate() {
        store(new CraftedAnalysis("m1", "Путин встретился с Кресс в Томске.").date("2010-05-27")
                        .entity(EntityType.PERSON, "Владимир Путин", "Путин")
                        .entity(EntityType.PERSON, "Виктор Кресс", "Кресс")
                        .fact(FactType.MEETING, null, "Владимир Путин", "Виктор Кресс").build(),
                new CraftedAnalysis("m2", "Путин встретился с Медведевым 3 марта 2012 года.").date("2012-03-05")
                        .entity(EntityType.PERSON, "Владимир Путин", "Путин")
                        .entity(EntityType.PERSON, "Дмитрий Медведев", "Медведевым")
                        .fact(FactType.MEETING, "3 марта 2012 года", "Владимир Путин", "Дмитрий Медведев").build(),
                new CraftedAnalysis("m3", "Кресс подписал соглашение с Зверевым.").date("2010-05-27")
                        .entity(EntityType.PERSON, "Виктор Кресс", "Кресс")
                        .entity(EntityType.PERSON, "Андрей Зверев", "Зверевым")
                        .fact(FactType.DEAL, null, "Виктор Кресс", "Андрей Зверев").build());
        try (KbReader r = kb.reader()) {
            List<FactRow> meetings = r.facts(new FactFilter("Meeting", "Путин", null, null, 100));
            assertEquals(2, meetings.size());
            assertEquals("2010-05-27", meetings.get(0).date());
            assertEquals("2012-03-03", meetings.get(1).date(), "the fact's own date wins over the document's");
            assertEquals(1, r.facts(new FactFilter("meeting", "Путин", "2010", "2010", 100)).size());
            assertEquals(1, r.facts(new FactFilter("meeting", "Путин", "2011-01-01", null, 100)).size());
            assertEquals(1, r.facts(new FactFilter("deal", "Виктор Кресс", null, "2010-05", 100)).size());
            assertEquals(0, r.facts(new FactFilter("deal", "Путин", null, null, 100)).size());
            assertEquals(0, r.facts(new FactFilter(null, "Никто Неизвестный", null, null, 100)).size());
            assertThrows(IllegalArgumentException.class, () -> r.facts(new FactFilter("Wedding", null, null, null, 10)));
            assertThrows(IllegalArgumentException.class, () -> r.facts(new FactFilter(null, null, "вчера", null, 10)));
        }
    }

    @Test
    void searchFindsDocumentsByWordsAndRanksThem() {
        Pipeline segmentOnly = new Pipeline(List.of(new Segmenter()));
        Ingester ingester = new Ingester(kb, segmentOnly, 2, 10, IngestListener.NONE);
        List<Document> docs = new ArrayList<>();
        for (Analysis a : Fixtures.factRuList()) {
            docs.add(a.document());
        }
        IngestSummary s = ingester.ingest(docs.iterator());
        assertEquals(122, s.added());
        try (KbReader r = kb.reader()) {
            SearchResult res = r.search("Лужков", 10);
            assertFalse(res.hits().isEmpty());
            assertTrue(res.hits().get(0).snippet().contains("[Лужков"), res.hits().get(0).snippet());
            assertTrue(r.search("зюзюкающийхоббит", 10).hits().isEmpty());
            assertTrue(r.search("«»—", 10).hits().isEmpty(), "punctuation alone searches nothing");
        }
    }

    @Test
    void lookUpIsMorphologyAware() {
        store(Fixtures.seedGold());
        try (KbReader r = kb.reader()) {
            long kress = only(r, "Виктор Кресс").id();
            assertEquals(kress, only(r, "Кресса").id());
            assertEquals(kress, only(r, "Виктором Крессом").id());
            assertEquals("Томская область", only(r, "Томской области").name());
            assertEquals("Андрей Зверев", only(r, "Зверевым").name());
        }
    }

    @Test
    void searchByLemmaFindsAPlaceFromItsAdjective() {
        store(new CraftedAnalysis("city", "Губернатор прилетел в Томск вечером.")
                        .entity(EntityType.CITY, "Томск", "Томск").build(),
                new CraftedAnalysis("region", "В Томской области выпал снег.")
                        .entity(EntityType.STATE_OR_PROVINCE, "Томская область", "Томской области").build(),
                new CraftedAnalysis("other", "Новости из Омска и Москвы.")
                        .entity(EntityType.CITY, "Омск", "Омска").entity(EntityType.CITY, "Москва", "Москвы").build());
        try (KbReader r = kb.reader()) {
            SearchResult res = r.search("Томской", 10);
            Set<String> docs = Set.copyOf(res.hits().stream().map(SearchResult.Hit::document).toList());
            assertEquals(Set.of("city", "region"), docs, res.toString());
            assertTrue(res.terms().get(0).containsAll(List.of("томский", "томск")), res.terms().toString());
            SearchResult moscow = r.search("московских", 10);
            assertEquals(List.of("other"), moscow.hits().stream().map(SearchResult.Hit::document).toList());
            SearchResult snowy = r.search("снега", 10);
            assertEquals(List.of("region"), snowy.hits().stream().map(SearchResult.Hit::document).toList());
            assertTrue(snowy.hits().get(0).snippet().contains("[снег]"), snowy.hits().get(0).snippet());
        }
    }

    @Test
    void factRuGoldResolvesAcrossDocuments() throws SQLException {
        List<Analysis> gold = Fixtures.factRuList();
        store(gold.toArray(new Analysis[0]));
        assertEquals(122, count("SELECT COUNT(*) FROM documents"));
        assertEquals(count("SELECT COUNT(*) FROM doc_entities WHERE kb_entity_id IS NOT NULL"),
                count("SELECT COALESCE(SUM(x.n), 0) FROM (SELECT COUNT(*) AS n FROM doc_entities WHERE kb_entity_id IS NOT NULL"
                        + " GROUP BY kb_entity_id) x"));
        assertEquals(count("SELECT COUNT(*) FROM kb_entities"),
                count("SELECT COUNT(DISTINCT kb_entity_id) FROM doc_entities WHERE kb_entity_id IS NOT NULL"),
                "no kb entity without members");
        try (KbReader r = kb.reader()) {
            EntityMatch putin = only(r, "Путин");
            assertTrue(putin.documentCount() >= 3, putin.toString());
            EntityMatch russia = only(r, "Россия");
            assertEquals("LOC", russia.entityClass());
            assertTrue(russia.documentCount() >= 10, russia.toString());
        }
    }

    @Test
    void splitUndoesAMergeAndMergeJoinsTwoEntities() throws SQLException {
        store(new CraftedAnalysis("s1", "Александр Петров, директор завода.")
                        .entity(EntityType.PERSON, "Александр Петров", "Александр Петров").build(),
                new CraftedAnalysis("s2", "Актер Александр Петров сыграл Гоголя.")
                        .entity(EntityType.PERSON, "Александр Петров", "Александр Петров").build());
        long merged;
        try (KbReader r = kb.reader()) {
            merged = only(r, "Александр Петров").id();
            assertEquals(2, r.entity(merged).documentCount());
        }
        long split;
        try (KbWriter w = kb.writer()) {
            split = w.split(merged, Set.of("s2"), "the actor is someone else");
        }
        try (KbReader r = kb.reader()) {
            assertEquals(1, r.entity(merged).documentCount());
            assertEquals(1, r.entity(split).documentCount());
            assertEquals("correction", r.card(split, 5, 5).members().get(0).rule());
            assertEquals(2, r.findEntities("Александр Петров", 10).size());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM corrections WHERE kind = 'split'"));
        try (KbWriter w = kb.writer()) {
            assertThrows(RuntimeException.class, () -> w.split(merged, Set.of("s1"), null), "a split must leave some behind");
            w.merge(merged, split, "they are one after all");
        }
        try (KbReader r = kb.reader()) {
            assertEquals(1, r.findEntities("Александр Петров", 10).size());
            assertEquals(2, r.entity(merged).documentCount());
            assertEquals(null, r.entity(split));
        }
    }

    @Test
    void reindexKeepsASplit() throws SQLException {
        Map<String, Analysis> gold = new HashMap<>();
        gold.put("r1", new CraftedAnalysis("r1", "Сергей Смирнов, министр, приехал в Тверь.")
                .entity(EntityType.PERSON, "Сергей Смирнов", "Сергей Смирнов")
                .entity(EntityType.CITY, "Тверь", "Тверь").build());
        gold.put("r2", new CraftedAnalysis("r2", "Хоккеист Сергей Смирнов забил гол.")
                .entity(EntityType.PERSON, "Сергей Смирнов", "Сергей Смирнов").build());
        gold.put("r3", new CraftedAnalysis("r3", "Сергей Смирнов снова забил гол за клуб.")
                .entity(EntityType.PERSON, "Сергей Смирнов", "Сергей Смирнов").build());
        Pipeline v1 = new Pipeline(List.of(new Segmenter(), new GoldLayersStage(gold)));
        List<Document> docs = List.of(gold.get("r1").document(), gold.get("r2").document(), gold.get("r3").document());
        new Ingester(kb, v1, 1, 10, IngestListener.NONE).ingest(docs.iterator());
        long minister;
        try (KbReader r = kb.reader()) {
            List<EntityMatch> m = r.findEntities("Сергей Смирнов", 10);
            assertEquals(1, m.size());
            minister = m.get(0).id();
        }
        try (KbWriter w = kb.writer()) {
            w.split(minister, Set.of("r2", "r3"), "the hockey player");
        }
        // a "model upgrade": the new extractor also finds the club in r3
        Map<String, Analysis> gold2 = new HashMap<>(gold);
        gold2.put("r3", new CraftedAnalysis("r3", "Сергей Смирнов снова забил гол за клуб.")
                .entity(EntityType.PERSON, "Сергей Смирнов", "Сергей Смирнов")
                .entity(EntityType.ORGANIZATION, "клуб", "клуб").build());
        Pipeline v2 = new Pipeline(List.of(new Segmenter(), new GoldLayersStage(gold2)));
        IngestSummary s = new Ingester(kb, v2, 2, 2, IngestListener.NONE).reindex();
        assertEquals(3, s.replaced());
        assertEquals(1, count("SELECT COUNT(*) FROM kb_entities WHERE name = 'клуб'"), "the new model's output is in");
        try (KbReader r = kb.reader()) {
            List<EntityMatch> m = r.findEntities("Сергей Смирнов", 10);
            assertEquals(2, m.size(), "the split survived reindex: " + m);
            Map<Integer, Long> byDocs = new HashMap<>();
            for (EntityMatch e : m) {
                byDocs.put(e.documentCount(), e.id());
            }
            EntityCard hockey = r.card(byDocs.get(2), 10, 10);
            assertEquals(Set.of("r2", "r3"), Set.copyOf(hockey.members().stream().map(EntityCard.Member::document).toList()));
            assertEquals("r1", r.card(byDocs.get(1), 10, 10).members().get(0).document());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM corrections"));
    }

    /** Starts {@link IngestChild} in a new JVM. */
    private Process ingestChild(int documents, int batch) throws java.io.IOException {
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        String root = System.getProperty("faktograf.root");
        if (root != null) {
            cmd.add("-Dfaktograf.root=" + root);
        }
        cmd.addAll(List.of(IngestChild.class.getName(), db, Integer.toString(documents), Integer.toString(batch)));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new java.io.File(System.getProperty("java.io.tmpdir"),
                        "faktograf-ingest-child.log")))
                .start();
    }

    @Test
    void anIngestKilledWithSigkillLeavesNoHalfStoredDocumentAndARerunCompletesIt() throws Exception {
        int documents = 1200;
        int batch = 25;
        Process child = ingestChild(documents, batch);
        long stored = 0;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && child.isAlive()) {
            try {
                stored = count("SELECT COUNT(*) FROM documents");
            } catch (SQLException e) {
                stored = 0; // the child may still be creating the schema
            }
            if (stored >= 3L * batch) {
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the child finished or died before it could be killed (stored " + stored + ")");
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the child
        child.waitFor();
        KnowledgeBase reopened = KnowledgeBase.open(db, false);
        assertEquals(kb.dialect(), reopened.dialect());
        if (kb.dialect() == org.faktograf.kb.store.Dialect.SQLITE) {
            try (Connection c = kb.connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
        }
        long afterKill = count("SELECT COUNT(*) FROM documents");
        assertTrue(afterKill > 0 && afterKill < documents, "killed mid-ingest: " + afterKill);
        assertEquals(0, afterKill % batch, "whole batches only: " + afterKill);
        assertConsistent();
        Process rerun = ingestChild(documents, batch);
        assertTrue(rerun.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "the rerun finishes");
        assertEquals(0, rerun.exitValue());
        assertEquals(documents, count("SELECT COUNT(*) FROM documents"));
        assertEquals(documents, count("SELECT COUNT(DISTINCT doc_key) FROM documents"));
        assertConsistent();
    }

    /** Every stored document has all its rows, and the kb entities' counts agree with their members. */
    private void assertConsistent() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM documents d WHERE d.mention_count <>"
                + " (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM documents d WHERE d.entity_count <>"
                + " (SELECT COUNT(*) FROM doc_entities e WHERE e.document_id = d.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM documents d WHERE d.fact_count <>"
                + " (SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM kb_entities k WHERE k.document_count <>"
                + " (SELECT COUNT(DISTINCT e.document_id) FROM doc_entities e WHERE e.kb_entity_id = k.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM kb_entities k WHERE k.mention_count <>"
                + " (SELECT COALESCE(SUM(e.mention_count), 0) FROM doc_entities e WHERE e.kb_entity_id = k.id)"));
    }

    @Test
    void reopeningAnExistingKnowledgeBaseKeepsItsData() {
        store(Fixtures.seedGold());
        KnowledgeBase again = KnowledgeBase.open(db, false);
        try (KbReader r = again.reader()) {
            assertNotNull(r.findEntities("Роснано", 5).stream().findFirst().orElse(null));
            assertEquals(1L, r.counts().get("documents"));
        }
    }
}
