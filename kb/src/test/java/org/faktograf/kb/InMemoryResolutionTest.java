package org.faktograf.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.faktograf.kb.resolve.EntityProfile;
import org.faktograf.kb.resolve.EntityProfiles;
import org.faktograf.kb.resolve.InMemoryResolution;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution in memory gives the knowledge base's entities for the same documents in the same order. */
class InMemoryResolutionTest {
    @TempDir
    Path dir;

    @Test
    void sameEntitiesAsTheKnowledgeBaseOnFactRuGold() throws SQLException {
        List<Analysis> gold = Fixtures.factRuList();
        KnowledgeBase kb = KnowledgeBase.open(dir.resolve("kb.sqlite").toString(), true);
        try (KbWriter w = kb.writer()) {
            for (Analysis a : gold) {
                w.store(a, "test", false);
            }
            w.commit();
        }
        InMemoryResolution memory = new InMemoryResolution();
        List<EntityProfile> profiles = new ArrayList<>();
        for (Analysis a : gold) {
            profiles.addAll(EntityProfiles.of(a));
        }
        memory.addAll(profiles);
        Map<String, Set<String>> inMemory = new TreeMap<>();
        for (InMemoryResolution.ResolvedEntity e : memory.entities()) {
            inMemory.put(e.entityClass() + " " + e.name() + " " + new TreeSet<>(e.documents()), Set.of());
        }
        Map<String, Set<String>> stored = new TreeMap<>();
        try (Connection c = kb.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT k.id, k.entity_class, k.name, d.doc_key FROM kb_entities k"
                     + " JOIN doc_entities de ON de.kb_entity_id = k.id JOIN documents d ON d.id = de.document_id")) {
            Map<Long, String> label = new TreeMap<>();
            Map<Long, TreeSet<String>> docs = new TreeMap<>();
            while (r.next()) {
                label.put(r.getLong(1), r.getString(2) + " " + r.getString(3));
                docs.computeIfAbsent(r.getLong(1), k -> new TreeSet<>()).add(r.getString(4));
            }
            docs.forEach((id, d) -> stored.put(label.get(id) + " " + d, Set.of()));
        }
        Set<String> onlyStored = new TreeSet<>(stored.keySet());
        onlyStored.removeAll(inMemory.keySet());
        Set<String> onlyInMemory = new TreeSet<>(inMemory.keySet());
        onlyInMemory.removeAll(stored.keySet());
        assertEquals(Set.of(), onlyStored, "in memory instead: " + onlyInMemory);
        assertEquals(Set.of(), onlyInMemory);
    }
}
