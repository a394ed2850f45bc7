package org.faktograf.spark.kb;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.faktograf.kb.ingest.Ingester;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.StoreOutcome;
import org.faktograf.model.Analysis;
import org.faktograf.pipeline.StandardPipeline;

/**
 * Loads the job's analyses into a knowledge base (PostgreSQL for shared use, or an SQLite file)
 * through the knowledge base's own writer, from the driver, in input order and in transactions of
 * {@code batch} documents, as {@code faktograf ingest} stores them. Its cross-document entities
 * are therefore those of the Spark stage (both apply the same rules in the same order). The
 * executors extract; only storing is serial, as one database takes one writer.
 */
public final class KnowledgeBaseLoader {
    private KnowledgeBaseLoader() {
    }

    /** What was stored. */
    public record Loaded(long added, long replaced, long unchanged) {}

    /** @param analyses rows with the order columns and {@code json} (the per-document JSON) */
    public static Loaded load(Dataset<Row> analyses, String database, int batch) {
        KnowledgeBase kb = KnowledgeBase.open(database, true);
        String extractor = Ingester.extractorName(StandardPipeline.get());
        long added = 0;
        long replaced = 0;
        long unchanged = 0;
        Iterator<Row> rows = analyses.select(col("seq_file"), col("seq_block"), col("seq_row"), col("json"))
                .sort(col("seq_file"), col("seq_block"), col("seq_row"))
                .toLocalIterator();
        try (KbWriter writer = kb.writer()) {
            int open = 0;
            while (rows.hasNext()) {
                Analysis a;
                try {
                    a = AnalysisJson.read(rows.next().getString(3));
                } catch (IOException e) {
                    throw new IllegalStateException("the job's own analysis JSON does not read back: " + e.getMessage(), e);
                }
                StoreOutcome o = writer.store(a, extractor, false);
                switch (o) {
                    case ADDED -> added++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
                if (++open == batch) {
                    writer.commit();
                    open = 0;
                }
            }
            writer.commit();
        }
        return new Loaded(added, replaced, unchanged);
    }
}
