package org.faktograf.spark.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Cross-document entities as a Spark stage, with the knowledge base's rules: the document-level
 * entity profiles are grouped by blocking key (a person's surname, another entity's normalised
 * name with its class), keys that one entity holds together (a name and its alias) are joined into
 * components ({@link KeyComponents}), and each component is resolved on one executor in input
 * order ({@link ResolveBlocks}). Entity ids are numbered by first appearance in input order, as
 * the knowledge base numbers them when it ingests the same documents in that order.
 *
 * <p>A document id read more than once is resolved once, as {@code faktograf ingest} stores it:
 * the last version that differs from the one before it, in that version's place.
 */
public final class CrossDocumentEntities {
    private CrossDocumentEntities() {
    }

    /**
     * @param assignments one row per document entity that takes part (doc_id, local_id, kb_entity,
     *                    match_rule, match_reason, match_score)
     * @param entities    one row per cross-document entity (id, entity_class, type, name, parts,
     *                    legal_form, names with counts, document_count, mention_count)
     * @param superseded  documents left out because a later one has their id
     * @param rounds      rounds the distributed key components took (0: found on the driver)
     */
    public record Result(Dataset<Row> assignments, Dataset<Row> entities, long superseded, int rounds) {}

    private static final StructType ID = new StructType()
            .add("component", DataTypes.StringType, false)
            .add("local_entity", DataTypes.LongType, false)
            .add("id", DataTypes.LongType, false);

    /** Past this many distinct alias edges, components are found on the cluster rather than the driver. */
    public static final int DRIVER_EDGES = 2_000_000;

    public static Result resolve(SparkSession spark, Dataset<Row> analyses, int partitions) {
        return resolve(spark, analyses, partitions, true, DRIVER_EDGES);
    }

    /**
     * @param analyses    rows of {@code AnalysisRows.SCHEMA} (only order, id, hash and profiles are read)
     * @param mayRepeat   false when the document ids are known to be distinct (saves a pass)
     * @param driverEdges most alias edges resolved into components on the driver
     */
    public static Result resolve(SparkSession spark, Dataset<Row> analyses, int partitions, boolean mayRepeat,
                                 int driverEdges) {
        Dataset<Row> docs = analyses.select(col("seq_file"), col("seq_block"), col("seq_row"), col("id"),
                col("content_hash"), col("profiles"));
        List<Row> superseded = mayRepeat ? superseded(docs) : List.of();
        if (!superseded.isEmpty()) {
            Dataset<Row> drop = spark.createDataFrame(superseded, new StructType()
                    .add("seq_file", DataTypes.IntegerType).add("seq_block", DataTypes.LongType)
                    .add("seq_row", DataTypes.LongType));
            Dataset<Row> d = docs;
            Dataset<Row> x = org.apache.spark.sql.functions.broadcast(drop);
            docs = d.join(x, d.col("seq_file").equalTo(x.col("seq_file")).and(d.col("seq_block").equalTo(x.col("seq_block")))
                    .and(d.col("seq_row").equalTo(x.col("seq_row"))), "left_anti");
        }
        Dataset<Row> profiles = docs
                .select(col("seq_file"), col("seq_block"), col("seq_row"), col("id").as("doc_id"),
                        explode(col("profiles")).as("profile"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> edges = profiles
                .where(col("profile.entity_class").notEqual("PER").and(size(col("profile.name_keys")).gt(1)))
                .select(col("profile.block_key").as("a"), explode(col("profile.name_keys")).as("b"))
                .where(col("a").notEqual(col("b")))
                .distinct();
        List<Row> few = edges.limit(driverEdges + 1).collectAsList();
        Dataset<Row> withComponent;
        int rounds;
        if (few.size() <= driverEdges) {
            List<String[]> pairs = new ArrayList<>(few.size());
            for (Row r : few) {
                pairs.add(new String[] {r.getString(0), r.getString(1)});
            }
            Broadcast<Map<String, String>> labels = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .broadcast(KeyUnion.labels(pairs));
            UserDefinedFunction component = udf((UDF1<String, String>) k -> labels.value().getOrDefault(k, k),
                    DataTypes.StringType);
            withComponent = profiles.select(component.apply(col("profile.block_key")).as("component"),
                    col("seq_file"), col("seq_block"), col("seq_row"), col("doc_id"), col("profile"));
            rounds = 0;
        } else {
            KeyComponents.Labels labels = KeyComponents.of(edges);
            withComponent = profiles
                    .join(labels.labels(), profiles.col("profile.block_key").equalTo(labels.labels().col("key")), "left")
                    .select(coalesce(labels.labels().col("component"), profiles.col("profile.block_key")).as("component"),
                            profiles.col("seq_file"), profiles.col("seq_block"), profiles.col("seq_row"),
                            profiles.col("doc_id"), profiles.col("profile"));
            rounds = labels.rounds();
        }
        Dataset<Row> resolved = withComponent
                .repartition(partitions, col("component"))
                .sortWithinPartitions(col("component"), col("seq_file"), col("seq_block"), col("seq_row"),
                        col("profile.ordinal"))
                .mapPartitions(new ResolveBlocks(), Encoders.row(ResolveBlocks.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        profiles.unpersist();

        Dataset<Row> local = resolved.where(col("record").equalTo("entity"));
        JavaRDD<Row> numbered = local
                .sort(col("created_seq_file"), col("created_seq_block"), col("created_seq_row"), col("created_ordinal"))
                .select(col("component"), col("local_entity"))
                .javaRDD()
                .zipWithIndex()
                .map(t -> RowFactory.create(t._1().getString(0), t._1().getLong(1), t._2() + 1));
        Dataset<Row> ids = spark.createDataFrame(numbered, ID).persist(StorageLevel.MEMORY_AND_DISK());
        Column sameEntity = col("r.component").equalTo(col("i.component"))
                .and(col("r.local_entity").equalTo(col("i.local_entity")));
        Dataset<Row> entities = local.as("r").join(ids.as("i"), sameEntity)
                .select(col("i.id").as("id"), col("r.entity_class"), col("r.type"), col("r.name"), col("r.first_name"),
                        col("r.patronymic"), col("r.last_name"), col("r.legal_form"), col("r.names"),
                        col("r.document_count"), col("r.mention_count"));
        Dataset<Row> assignments = resolved.where(col("record").equalTo("assignment")).as("r")
                .join(ids.as("i"), sameEntity)
                .select(col("r.doc_id"), col("r.local_id"), col("i.id").as("kb_entity"), col("r.rule").as("match_rule"),
                        col("r.reason").as("match_reason"), col("r.score").as("match_score"));
        return new Result(assignments, entities, superseded.size(), rounds);
    }

    /**
     * The versions of repeated document ids that the knowledge base would not keep: of the
     * versions in input order, the kept one is the last whose content differs from the version
     * before it (an unchanged repeat is skipped, a changed one replaces).
     */
    private static List<Row> superseded(Dataset<Row> docs) {
        Dataset<Row> repeated = docs.groupBy("id").count().where(col("count").gt(1)).select("id");
        List<Row> rows = docs.join(repeated, "id")
                .select(col("id"), struct(col("seq_file"), col("seq_block"), col("seq_row")).as("seq"), col("content_hash"))
                .collectAsList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Row>> byId = new HashMap<>();
        for (Row r : rows) {
            byId.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
        }
        List<Row> out = new ArrayList<>();
        for (List<Row> versions : byId.values()) {
            versions.sort((x, y) -> compareSeq(x.getStruct(1), y.getStruct(1)));
            int kept = 0;
            for (int i = 1; i < versions.size(); i++) {
                if (!Objects.equals(versions.get(i).getString(2), versions.get(kept).getString(2))) {
                    kept = i;
                }
            }
            for (int i = 0; i < versions.size(); i++) {
                if (i != kept) {
                    Row s = versions.get(i).getStruct(1);
                    out.add(RowFactory.create(s.getInt(0), s.getLong(1), s.getLong(2)));
                }
            }
        }
        return out;
    }

    private static int compareSeq(Row a, Row b) {
        int c = Integer.compare(a.getInt(0), b.getInt(0));
        if (c == 0) {
            c = Long.compare(a.getLong(1), b.getLong(1));
        }
        return c != 0 ? c : Long.compare(a.getLong(2), b.getLong(2));
    }
}
