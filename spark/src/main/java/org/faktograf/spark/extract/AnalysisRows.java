package org.faktograf.spark.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.faktograf.kb.resolve.EntityProfile;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Entity;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.Mention;
import org.faktograf.model.PersonName;
import org.faktograf.model.TextOffsets;
import org.faktograf.spark.resolve.ProfileRows;

/**
 * One analysed document as a row: the document and its place in the input order, the JSON that
 * {@code faktograf extract --format jsonl} prints for it, its mentions, entities and facts as
 * nested rows (Unicode code point offsets, as in the JSON) and the profiles of its entities for
 * cross-document resolution. The output tables are projections of these rows.
 */
public final class AnalysisRows {
    private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    public static final StructType MENTION = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("coarse", DataTypes.StringType, false)
            .add("political_body", DataTypes.BooleanType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("canonical", DataTypes.StringType, true)
            .add("legal_form", DataTypes.StringType, true)
            .add("entity", DataTypes.StringType, true);

    public static final StructType ENTITY = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("coarse", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("first_name", DataTypes.StringType, true)
            .add("patronymic", DataTypes.StringType, true)
            .add("last_name", DataTypes.StringType, true)
            .add("nickname", DataTypes.StringType, true)
            .add("legal_form", DataTypes.StringType, true)
            .add("aliases", STRINGS, false)
            .add("mentions", STRINGS, false);

    public static final StructType ARGUMENT = new StructType()
            .add("role", DataTypes.StringType, false)
            .add("entity", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("text", DataTypes.StringType, true);

    public static final StructType FACT = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("modality", DataTypes.StringType, false)
            .add("arguments", DataTypes.createArrayType(ARGUMENT, false), false)
            .add("evidence_start", DataTypes.IntegerType, false)
            .add("evidence_end", DataTypes.IntegerType, false)
            .add("evidence", DataTypes.StringType, false)
            .add("rule", DataTypes.StringType, true);

    /** An {@link EntityProfile} with the entity's place in its document ({@code ordinal}). */
    public static final StructType PROFILE = new StructType()
            .add("ordinal", DataTypes.IntegerType, false)
            .add("local_id", DataTypes.StringType, false)
            .add("entity_class", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("has_person", DataTypes.BooleanType, false)
            .add("first_name", DataTypes.StringType, true)
            .add("patronymic", DataTypes.StringType, true)
            .add("last_name", DataTypes.StringType, true)
            .add("nickname", DataTypes.StringType, true)
            .add("legal_form", DataTypes.StringType, true)
            .add("block_key", DataTypes.StringType, false)
            .add("name_keys", STRINGS, false)
            .add("names", STRINGS, false)
            .add("context", STRINGS, false)
            .add("posts", STRINGS, false)
            .add("mention_count", DataTypes.IntegerType, false);

    public static final StructType SCHEMA = new StructType()
            .add("seq_file", DataTypes.IntegerType, false)
            .add("seq_block", DataTypes.LongType, false)
            .add("seq_row", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("content_hash", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, false)
            .add("sentence_count", DataTypes.IntegerType, false)
            .add("token_count", DataTypes.IntegerType, false)
            .add("mentions", DataTypes.createArrayType(MENTION, false), false)
            .add("entities", DataTypes.createArrayType(ENTITY, false), false)
            .add("facts", DataTypes.createArrayType(FACT, false), false)
            .add("profiles", DataTypes.createArrayType(PROFILE, false), false);

    private AnalysisRows() {
    }

    /** The row of an analysed document read from {@code input} (a {@code DocumentRows} row). */
    public static Row row(Row input, Analysis a, String json, String contentHash, List<EntityProfile> profiles) {
        TextOffsets offsets = TextOffsets.of(a.text());
        return RowFactory.create(input.getInt(0), input.getLong(1), input.getLong(2),
                a.document().id(), a.document().title(), a.document().text(), a.document().source(),
                a.document().date(), a.document().url(), contentHash, json,
                a.sentences().size(), a.tokens().size(),
                rows(mentions(a, offsets)), rows(entities(a)), rows(facts(a, offsets)), rows(profiles(profiles)));
    }

    private static List<Row> mentions(Analysis a, TextOffsets offsets) {
        Map<String, CanonicalName> names = new HashMap<>();
        for (CanonicalName n : a.names()) {
            names.put(n.mentionId(), n);
        }
        Map<String, String> entityOf = new HashMap<>();
        for (Entity e : a.entities()) {
            for (String m : e.mentionIds()) {
                entityOf.put(m, e.id());
            }
        }
        List<Row> out = new ArrayList<>(a.mentions().size());
        for (Mention m : a.mentions()) {
            CanonicalName n = names.get(m.id());
            out.add(RowFactory.create(m.id(), offsets.toCodePoint(m.start()), offsets.toCodePoint(m.end()),
                    a.text(m.start(), m.end()), m.type().name(), m.type().coarse().name(), m.politicalBody(), m.score(),
                    n == null ? null : n.text(), n == null ? null : n.legalForm(), entityOf.get(m.id())));
        }
        return out;
    }

    private static List<Row> entities(Analysis a) {
        List<Row> out = new ArrayList<>(a.entities().size());
        for (Entity e : a.entities()) {
            PersonName p = e.person();
            out.add(RowFactory.create(e.id(), e.type().name(), e.type().coarse().name(), e.name(),
                    p == null ? null : p.first(), p == null ? null : p.patronymic(), p == null ? null : p.last(),
                    p == null ? null : p.nickname(), e.legalForm(), strings(e.aliases()), strings(e.mentionIds())));
        }
        return out;
    }

    private static List<Row> facts(Analysis a, TextOffsets offsets) {
        List<Row> out = new ArrayList<>(a.facts().size());
        for (Fact f : a.facts()) {
            List<Row> args = new ArrayList<>(f.arguments().size());
            for (FactArgument arg : f.arguments()) {
                boolean span = arg.start() >= 0 && arg.end() >= arg.start();
                args.add(RowFactory.create(arg.role(), arg.entityId(), arg.value(),
                        span ? offsets.toCodePoint(arg.start()) : null, span ? offsets.toCodePoint(arg.end()) : null,
                        span ? a.text(arg.start(), arg.end()) : null));
            }
            out.add(RowFactory.create(f.id(), f.type().name(), f.modality().name(), rows(args),
                    offsets.toCodePoint(f.evidenceStart()), offsets.toCodePoint(f.evidenceEnd()),
                    a.text(f.evidenceStart(), f.evidenceEnd()), f.rule()));
        }
        return out;
    }

    /** Array columns take Java arrays (a List would need converting to a Scala collection). */
    static Row[] rows(List<Row> rows) {
        return rows.toArray(new Row[0]);
    }

    static String[] strings(List<String> values) {
        return values.toArray(new String[0]);
    }

    private static List<Row> profiles(List<EntityProfile> profiles) {
        List<Row> out = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            out.add(ProfileRows.row(i, profiles.get(i)));
        }
        return out;
    }
}
