package org.faktograf.spark.resolve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.faktograf.kb.resolve.CanonicalNames;
import org.faktograf.kb.resolve.EntityClass;
import org.faktograf.kb.resolve.EntityProfile;
import org.faktograf.kb.resolve.InMemoryResolution;
import org.faktograf.kb.resolve.PersonParts;

/**
 * Resolves the profiles of one partition, component after component. The rows come sorted by
 * component, then input order ({@code seq_file}, {@code seq_block}, {@code seq_row}), then entity
 * order in the document, so each component sees its profiles in the order the knowledge base's
 * writer would, through the same rules ({@link InMemoryResolution}). Only one component is held in
 * memory at a time. Emits an assignment row per profile and, when a component is done, an entity
 * row per entity it made; entity numbers are local to the component.
 */
public final class ResolveBlocks implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    public static final StructType NAME_COUNT = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("count", DataTypes.IntegerType, false);

    public static final StructType SCHEMA = new StructType()
            .add("record", DataTypes.StringType, false)
            .add("component", DataTypes.StringType, false)
            .add("local_entity", DataTypes.LongType, false)
            // assignment
            .add("doc_id", DataTypes.StringType, true)
            .add("local_id", DataTypes.StringType, true)
            .add("rule", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("score", DataTypes.DoubleType, true)
            // entity
            .add("entity_class", DataTypes.StringType, true)
            .add("type", DataTypes.StringType, true)
            .add("name", DataTypes.StringType, true)
            .add("first_name", DataTypes.StringType, true)
            .add("patronymic", DataTypes.StringType, true)
            .add("last_name", DataTypes.StringType, true)
            .add("legal_form", DataTypes.StringType, true)
            .add("names", DataTypes.createArrayType(NAME_COUNT, false), true)
            .add("document_count", DataTypes.IntegerType, true)
            .add("mention_count", DataTypes.IntegerType, true)
            .add("created_seq_file", DataTypes.IntegerType, true)
            .add("created_seq_block", DataTypes.LongType, true)
            .add("created_seq_row", DataTypes.LongType, true)
            .add("created_ordinal", DataTypes.IntegerType, true);

    /** Input columns, in this order. */
    public static final String[] INPUT = {"component", "seq_file", "seq_block", "seq_row", "doc_id", "profile"};

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Iterator<>() {
            private final Deque<Row> out = new ArrayDeque<>();
            private String component;
            private InMemoryResolution resolution;
            private final Map<Long, Row> creators = new HashMap<>();

            @Override
            public boolean hasNext() {
                while (out.isEmpty()) {
                    if (!input.hasNext()) {
                        if (component == null) {
                            return false;
                        }
                        finish();
                        component = null;
                        continue;
                    }
                    Row r = input.next();
                    String c = r.getString(0);
                    if (!c.equals(component)) {
                        if (component != null) {
                            finish();
                        }
                        component = c;
                        resolution = new InMemoryResolution();
                        creators.clear();
                    }
                    Row profileRow = r.getStruct(5);
                    EntityProfile p = ProfileRows.profile(r.getString(4), profileRow);
                    InMemoryResolution.Assignment a = resolution.add(p);
                    if (a.decision().isNew()) {
                        creators.put(a.entityId(), r);
                    }
                    out.add(RowFactory.create("assignment", component, a.entityId(), p.docKey(), p.localId(),
                            a.decision().rule(), a.decision().reason(), a.decision().score(),
                            null, null, null, null, null, null, null, null, null, null, null, null, null, null));
                }
                return true;
            }

            /** Emits the entities of the component just resolved. */
            private void finish() {
                for (InMemoryResolution.ResolvedEntity e : resolution.entities()) {
                    Row creator = creators.get(e.id());
                    Row p = creator.getStruct(5);
                    PersonParts parts = e.entityClass() == EntityClass.PER
                            ? CanonicalNames.choose(e.entityClass(), e.names()).parts() : null;
                    out.add(RowFactory.create("entity", component, e.id(), null, null, null, null, null,
                            e.entityClass().name(), p.getString(3), e.name(),
                            parts == null ? null : parts.first(), parts == null ? null : parts.patronymic(),
                            parts == null ? null : parts.last(), p.getString(10), names(e.names()),
                            e.documents().size(), e.mentionCount(),
                            creator.getInt(1), creator.getLong(2), creator.getLong(3), p.getInt(0)));
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return out.poll();
            }
        };
    }

    private static Row[] names(Map<String, Integer> counts) {
        return new TreeMap<>(counts).entrySet().stream()
                .map(en -> RowFactory.create(en.getKey(), en.getValue()))
                .toArray(Row[]::new);
    }
}
