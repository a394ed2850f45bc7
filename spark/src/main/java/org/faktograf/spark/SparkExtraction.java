package org.faktograf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.faktograf.formats.read.ReadProblems;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.spark.extract.AnalysisRows;
import org.faktograf.spark.extract.ExtractPartition;
import org.faktograf.spark.kb.KnowledgeBaseLoader;
import org.faktograf.spark.read.InputDocuments;
import org.faktograf.spark.read.InputListing;
import org.faktograf.spark.read.ProblemLog;
import org.faktograf.spark.read.ReadSettings;
import org.faktograf.spark.resolve.CrossDocumentEntities;

/**
 * The job's steps on a Spark session: list the inputs, read and analyse them per partition, write
 * the per-document JSON and the tables, resolve cross-document entities, load a knowledge base.
 * The analyses are computed once and kept (memory, then disk) for the outputs that follow.
 *
 * <p>Output layout under {@code out}: {@code analyses/} (one JSON object a line, as
 * {@code faktograf extract --format jsonl}), {@code parquet/TABLE/} and {@code jsonl/TABLE/} for the
 * tables documents, mentions, entities, facts and kb_entities, and {@code summary.json}.
 */
public final class SparkExtraction {
    /** Table names, in the order they are written. */
    public static final List<String> TABLES = List.of("documents", "mentions", "entities", "facts", "kb_entities");

    private SparkExtraction() {
    }

    public static JobSummary run(SparkSession spark, JobOptions o, PrintStream err) throws JobException {
        long t0 = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path out = prepareOutput(o, hadoop);
        DriverProblems listingProblems = new DriverProblems(err);
        InputListing.Listing listing = InputListing.list(o.inputs(), o.inputKind(), o.include(), hadoop, listingProblems);
        if (listing.files().isEmpty() && listing.parquet().isEmpty()) {
            throw new JobException("no input files" + (o.include() == null ? "" : " matching --include " + o.include()));
        }
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(2, 4 * spark.sparkContext().defaultParallelism());
        ProblemLog problems = new ProblemLog(spark.sparkContext());
        ReadSettings settings = new ReadSettings(o.inputKind().fileFormat(), o.maxChars(), o.encoding());
        Dataset<Row> docs;
        try {
            docs = InputDocuments.read(spark, listing, settings, partitions, problems);
        } catch (InputDocuments.InputException e) {
            throw new JobException(e.getMessage());
        }
        Dataset<Row> analyses = docs
                .mapPartitions(new ExtractPartition(o.maxChars(), problems), Encoders.row(AnalysisRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row counts = analyses.agg(count(lit(1)), sum(size(col("mentions"))), sum(size(col("entities"))),
                    sum(size(col("facts"))), countDistinct(col("id"))).first();
            double extractSeconds = (System.nanoTime() - t0) / 1e9;
            step(err, "analysed " + counts.getLong(0) + " documents in " + partitions + " partitions", t0);
            if (o.analyses()) {
                long t = System.nanoTime();
                analyses.select(col("json")).write().text(child(out, "analyses"));
                step(err, "wrote analyses/", t);
            }
            Dataset<Row> assignments = null;
            Dataset<Row> kbEntities = null;
            long kbEntityCount = -1;
            long superseded = 0;
            if (o.resolve()) {
                long t = System.nanoTime();
                boolean repeated = counts.getLong(4) < counts.getLong(0);
                CrossDocumentEntities.Result r = CrossDocumentEntities.resolve(spark, analyses, partitions, repeated,
                        CrossDocumentEntities.DRIVER_EDGES);
                assignments = r.assignments().persist(StorageLevel.MEMORY_AND_DISK());
                kbEntities = r.entities().persist(StorageLevel.MEMORY_AND_DISK());
                kbEntityCount = kbEntities.count();
                superseded = r.superseded();
                step(err, "resolved " + kbEntityCount + " cross-document entities"
                        + (r.rounds() > 0 ? " (key components in " + r.rounds() + " rounds)" : ""), t);
                if (superseded > 0) {
                    err.println("faktograf-spark: warning: " + superseded + " document(s) read again under an id seen before;"
                            + " resolved as ingest stores them: only the last changed version");
                }
            }
            Map<String, Dataset<Row>> tables = tables(analyses, assignments, kbEntities);
            for (String format : List.of("parquet", "jsonl")) {
                if (!o.tableFormats().contains(format)) {
                    continue;
                }
                long t0f = System.nanoTime();
                for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
                    String path = child(out, format + "/" + t.getKey());
                    if (format.equals("parquet")) {
                        t.getValue().write().parquet(path);
                    } else {
                        t.getValue().write().json(path);
                    }
                }
                step(err, "wrote " + format + "/ tables", t0f);
            }
            if (o.kb() != null) {
                try {
                    KnowledgeBaseLoader.Loaded l = KnowledgeBaseLoader.load(analyses, o.kb(), o.kbBatch());
                    err.println("faktograf-spark: knowledge base " + o.kb().replaceAll("password=[^&]*", "password=…")
                            + ": " + l.added() + " added, " + l.replaced() + " replaced, " + l.unchanged() + " unchanged");
                } catch (KnowledgeBaseException e) {
                    throw new JobException(e.getMessage());
                }
            }
            JobSummary s = new JobSummary(counts.getLong(0), longOrZero(counts, 1), longOrZero(counts, 2),
                    longOrZero(counts, 3), kbEntityCount, superseded, problems.warnings(),
                    problems.errors() + listingProblems.errors, (System.nanoTime() - t0) / 1e9, extractSeconds);
            report(problems, err);
            writeSummary(out, hadoop, s, listing);
            if (assignments != null) {
                assignments.unpersist();
                kbEntities.unpersist();
            }
            return s;
        } finally {
            analyses.unpersist();
        }
    }

    /** The output tables: projections of the analyses, entities with their cross-document entity. */
    static Map<String, Dataset<Row>> tables(Dataset<Row> analyses, Dataset<Row> assignments, Dataset<Row> kbEntities) {
        Map<String, Dataset<Row>> t = new LinkedHashMap<>();
        t.put("documents", analyses.select(col("id"), col("seq_file"), col("seq_block"), col("seq_row"), col("title"),
                col("text"), col("source"), col("date"), col("url"), col("content_hash"), col("sentence_count"),
                col("token_count"), size(col("mentions")).as("mention_count"), size(col("entities")).as("entity_count"),
                size(col("facts")).as("fact_count")));
        t.put("mentions", analyses.select(col("id").as("doc_id"), explode(col("mentions")).as("m")).select("doc_id", "m.*"));
        Dataset<Row> entities = analyses.select(col("id").as("doc_id"), explode(col("entities")).as("e")).select("doc_id", "e.*");
        if (assignments != null) {
            entities = entities.as("e").join(assignments.as("a"),
                            col("e.doc_id").equalTo(col("a.doc_id")).and(col("e.id").equalTo(col("a.local_id"))), "left")
                    .select(col("e.*"), col("a.kb_entity"), col("a.match_rule"), col("a.match_reason"));
        }
        t.put("entities", entities);
        t.put("facts", analyses.select(col("id").as("doc_id"), explode(col("facts")).as("f")).select("doc_id", "f.*"));
        if (kbEntities != null) {
            t.put("kb_entities", kbEntities);
        }
        return t;
    }

    private static Path prepareOutput(JobOptions o, Configuration hadoop) throws JobException {
        Path out = new Path(o.out());
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            if (fs.exists(out)) {
                FileStatus st = fs.getFileStatus(out);
                boolean empty = st.isDirectory() && fs.listStatus(out).length == 0;
                if (!empty && !o.overwrite()) {
                    throw new JobException(o.out() + ": exists; give --overwrite to replace it, or another --out");
                }
                if (!empty) {
                    fs.delete(out, true);
                }
            }
            return fs.makeQualified(out);
        } catch (IOException | IllegalArgumentException e) {
            throw new JobException(o.out() + ": cannot use as the output directory (" + e.getMessage() + ")");
        }
    }

    private static void step(PrintStream err, String what, long since) {
        err.println(String.format(Locale.ROOT, "faktograf-spark: %s (%.1f s)", what, (System.nanoTime() - since) / 1e9));
    }

    private static String child(Path out, String name) {
        return new Path(out, name).toString();
    }

    private static long longOrZero(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    private static void report(ProblemLog problems, PrintStream err) {
        List<String> messages = problems.messages();
        messages.sort(null);
        int shown = Math.min(messages.size(), 50);
        for (int i = 0; i < shown; i++) {
            err.println("faktograf-spark: " + messages.get(i));
        }
        long total = problems.warnings() + problems.errors();
        if (total > shown) {
            err.println("faktograf-spark: … " + (total - shown) + " more problem(s) not shown ("
                    + problems.warnings() + " warnings, " + problems.errors() + " errors in all)");
        }
    }

    private static void writeSummary(Path out, Configuration hadoop, JobSummary s, InputListing.Listing listing) {
        String json = String.format(Locale.ROOT, "{\"documents\": %d, \"mentions\": %d, \"entities\": %d, \"facts\": %d,"
                        + " \"kbEntities\": %d, \"superseded\": %d, \"warnings\": %d, \"errors\": %d, \"inputFiles\": %d,"
                        + " \"seconds\": %.3f, \"extractSeconds\": %.3f}%n",
                s.documents(), s.mentions(), s.entities(), s.facts(), s.kbEntities(), s.superseded(), s.warnings(),
                s.errors(), listing.files().size() + listing.parquet().size(), s.seconds(), s.extractSeconds());
        try (OutputStream os = out.getFileSystem(hadoop).create(new Path(out, "summary.json"), true)) {
            os.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + out + "/summary.json", e);
        }
    }

    /** Listing problems on the driver: printed at once, counted. */
    private static final class DriverProblems implements ReadProblems {
        private final PrintStream err;
        long errors;

        DriverProblems(PrintStream err) {
            this.err = err;
        }

        @Override
        public void warning(String message) {
            err.println("faktograf-spark: warning: " + message);
        }

        @Override
        public void error(String message) {
            errors++;
            err.println("faktograf-spark: error: " + message);
        }
    }
}
