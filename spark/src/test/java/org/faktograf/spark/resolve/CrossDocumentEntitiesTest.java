package org.faktograf.spark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.kb.bench.GoldAnalyses;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.spark.KbSnapshot;
import org.faktograf.spark.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark stage gives the knowledge base's entities, ids and rules for the same documents in the
 * same order: on the factru-dev gold layers (hundreds of people, organisations and places across
 * 122 documents) and on documents where an alias joins two blocks.
 */
class CrossDocumentEntitiesTest {
    @TempDir
    Path dir;

    @Test
    void sameEntitiesAsTheKnowledgeBaseOnFactRuDevGold() throws Exception {
        List<Analysis> gold = new ArrayList<>();
        for (FactRuDocument d : FactRuCorpus.load(CorpusPaths.factruDev())) {
            gold.add(GoldAnalyses.fromFactRu(d));
        }
        Map<String, String> expected = assertSameAsKnowledgeBase(gold, "gold.sqlite", CrossDocumentEntities.DRIVER_EDGES);
        assertTrue(expected.size() > 1000, "factru-dev gold has over a thousand resolved entities: " + expected.size());
    }

    @Test
    void anAliasJoinsTwoBlocksAsInTheKnowledgeBase() throws Exception {
        // ЕС and Европейский союз first appear apart (two blocks), then together; a later ЕС goes
        // where the knowledge base puts it only if the two blocks are resolved as one component
        List<Analysis> docs = List.of(
                org("d1", "ЕС", List.of()),
                org("d2", "Европейский союз", List.of()),
                org("d3", "Европейский союз", List.of("ЕС")),
                org("d4", "ЕС", List.of()),
                org("d5", "Евросоюз", List.of("Европейский союз")),
                org("d6", "Евросоюз", List.of()));
        Map<String, String> a = assertSameAsKnowledgeBase(docs, "alias.sqlite", CrossDocumentEntities.DRIVER_EDGES);
        assertEquals(a, assertSameAsKnowledgeBase(docs, "alias-distributed.sqlite", 0), "components found on the cluster");
        String d2 = a.get("d2/e0").split(" ")[0];
        assertEquals(d2, a.get("d3/e0").split(" ")[0], "d3 joins by its own name");
        assertEquals(d2, a.get("d4/e0").split(" ")[0], "d4 (ЕС) joins the entity with more documents holding its key");
        assertEquals(d2, a.get("d6/e0").split(" ")[0], "a chain of aliases: Евросоюз → Европейский союз → ЕС");
    }

    /** Resolves with Spark and with the knowledge base's writer; returns the assignments. */
    private Map<String, String> assertSameAsKnowledgeBase(List<Analysis> analyses, String file, int driverEdges)
            throws Exception {
        KnowledgeBase kb = KnowledgeBase.open(dir.resolve(file).toString(), true);
        try (KbWriter w = kb.writer()) {
            for (Analysis a : analyses) {
                w.store(a, "test", false);
            }
            w.commit();
        }
        var expected = KbSnapshot.of(kb);
        CrossDocumentEntities.Result r = CrossDocumentEntities.resolve(LocalSpark.get(),
                AnalysisDatasets.of(LocalSpark.get(), analyses), 4, true, driverEdges);
        var actual = KbSnapshot.of(r.assignments(), "local_id", r.entities());
        assertEquals(expected.entities(), actual.entities());
        assertEquals(expected.assignments(), actual.assignments());
        return actual.assignments();
    }

    private static Analysis org(String id, String name, List<String> aliases) {
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(aliases);
        String text = String.join(" и ", names) + " приняли решение.";
        List<Mention> mentions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int at = 0;
        for (String n : names) {
            int start = text.indexOf(n, at);
            mentions.add(new Mention("m" + mentions.size(), start, start + n.length(), EntityType.ORGANIZATION, false, 1));
            ids.add("m" + (mentions.size() - 1));
            at = start + n.length();
        }
        Entity e = new Entity("e0", EntityType.ORGANIZATION, name, null, null, aliases, ids);
        return Analysis.of(new Document(id, null, text, null, null, null)).withMentions(mentions).withEntities(List.of(e));
    }
}
