package org.faktograf.spark.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.faktograf.formats.write.JsonAnalysisWriter;
import org.faktograf.kb.resolve.EntityProfiles;
import org.faktograf.kb.store.ContentHash;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.StandardPipeline;
import org.faktograf.spark.read.DocumentRows;
import org.faktograf.spark.read.ProblemLog;

/**
 * Runs the extraction pipeline over one partition of documents, one at a time. The pipeline is
 * the process-wide {@link StandardPipeline}: its models load the first time an executor JVM needs
 * them and then serve every task and thread of that JVM. This function carries only the size limit
 * and the problem log, so Spark ships a few hundred bytes per task and nothing per record.
 * A document the pipeline fails on is reported and left out, as {@code faktograf extract} does.
 */
public final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final long maxChars;
    private final ProblemLog problems;

    public ExtractPartition(long maxChars, ProblemLog problems) {
        this.maxChars = maxChars;
        this.problems = problems;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Pipeline pipeline = StandardPipeline.get();
        JsonAnalysisWriter writer = new JsonAnalysisWriter(false, false);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && input.hasNext()) {
                    next = analyse(input.next(), pipeline, writer, buffer);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    /** The analysis row of a document, or {@code null} after reporting why there is none. */
    private Row analyse(Row in, Pipeline pipeline, JsonAnalysisWriter writer, ByteArrayOutputStream buffer) {
        Document d = DocumentRows.document(in);
        String where = d.source() != null ? d.source() : d.id();
        if (d.text().length() > maxChars) {
            problems.error(where + ": refused: " + d.text().length() + " characters, over the limit of "
                    + maxChars + " characters (--max-chars)");
            return null;
        }
        Analysis a;
        try {
            a = pipeline.analyze(d);
        } catch (OutOfMemoryError e) {
            problems.error(where + ": out of memory analysing " + d.text().length()
                    + " characters; give the executors more memory (--executor-memory) or lower --max-chars");
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(where + ": internal error: " + e);
            return null;
        }
        buffer.reset();
        try {
            writer.write(a, buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does no I/O
        }
        String json = buffer.toString(StandardCharsets.UTF_8);
        json = json.endsWith("\n") ? json.substring(0, json.length() - 1) : json;
        return AnalysisRows.row(in, a, json, ContentHash.of(d), EntityProfiles.of(a));
    }
}
