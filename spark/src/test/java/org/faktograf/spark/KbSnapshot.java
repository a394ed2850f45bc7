package org.faktograf.spark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.faktograf.kb.store.KnowledgeBase;

/**
 * Cross-document entities in a comparable form, from a knowledge base or from the Spark stage:
 * for every document entity that was resolved, its entity's id, rule and name; and for every
 * entity its class, name, documents and mentions.
 */
public record KbSnapshot(Map<String, String> assignments, Map<Long, String> entities) {

    public static KbSnapshot of(KnowledgeBase kb) throws SQLException {
        Map<String, String> assignments = new TreeMap<>();
        Map<Long, String> entities = new TreeMap<>();
        try (Connection c = kb.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT d.doc_key, de.local_id, de.kb_entity_id, de.match_rule, k.name"
                    + " FROM doc_entities de JOIN documents d ON d.id = de.document_id"
                    + " JOIN kb_entities k ON k.id = de.kb_entity_id")) {
                while (r.next()) {
                    assignments.put(r.getString(1) + "/" + r.getString(2), r.getLong(3) + " " + r.getString(4) + " " + r.getString(5));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, entity_class, name, document_count, mention_count FROM kb_entities")) {
                while (r.next()) {
                    entities.put(r.getLong(1), r.getString(2) + " " + r.getString(3) + " docs=" + r.getInt(4)
                            + " mentions=" + r.getInt(5));
                }
            }
        }
        return new KbSnapshot(assignments, entities);
    }

    /**
     * From the stage's assignments (doc_id, the entity's id within its document, kb_entity,
     * match_rule) and its entity rows.
     */
    public static KbSnapshot of(Dataset<Row> assignments, String localIdColumn, Dataset<Row> kbEntities) {
        Map<Long, String> names = new TreeMap<>();
        Map<Long, String> entities = new TreeMap<>();
        for (Row r : kbEntities.select("id", "entity_class", "name", "document_count", "mention_count").collectAsList()) {
            names.put(r.getLong(0), r.getString(2));
            entities.put(r.getLong(0), r.getString(1) + " " + r.getString(2) + " docs=" + r.getInt(3) + " mentions=" + r.getInt(4));
        }
        Map<String, String> out = new TreeMap<>();
        List<Row> rows = assignments.select("doc_id", localIdColumn, "kb_entity", "match_rule").collectAsList();
        for (Row r : rows) {
            out.put(r.getString(0) + "/" + r.getString(1), r.getLong(2) + " " + r.getString(3) + " " + names.get(r.getLong(2)));
        }
        return new KbSnapshot(out, entities);
    }
}
