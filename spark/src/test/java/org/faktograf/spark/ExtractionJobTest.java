package org.faktograf.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.faktograf.cli.Main;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.formats.read.InputFormat;
import org.faktograf.formats.read.DocumentReader;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.kb.ingest.IngestListener;
import org.faktograf.kb.ingest.Ingester;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.pipeline.StandardPipeline;
import org.faktograf.spark.read.InputKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] on the seed article and a slice of the factru-dev texts (kept small for the
 * CI budget): its per-document JSON is what {@code faktograf extract --format json} prints for the
 * same inputs (the command itself, run in process), its tables hold the same mentions, entities and
 * facts, and its cross-document entities, as tables and as loaded into a knowledge base ({@code --kb}), are
 * those of {@code faktograf ingest} on the same inputs.
 */
class ExtractionJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    /** Texts of factru-dev taken, the first by name; with the seed, enough for entities that recur. */
    static final int SLICE = 30;
    static Path dev;
    static List<String> inputs;
    static Path out;
    static JobSummary summary;
    static String messages;

    @BeforeAll
    static void runJobOnFactRuDev() throws Exception {
        dev = CorpusPaths.factruDev().toAbsolutePath().normalize();
        inputs = new ArrayList<>();
        inputs.add(CorpusPaths.seed().toAbsolutePath().normalize().toString());
        try (Stream<Path> s = Files.list(dev)) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(SLICE)
                    .forEach(p -> inputs.add(p.toString()));
        }
        out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        summary = SparkExtraction.run(LocalSpark.get(), options(inputs, out, dir.resolve("job.sqlite").toString()), new PrintStream(err, true, StandardCharsets.UTF_8));
        messages = err.toString(StandardCharsets.UTF_8);
        System.err.print(messages);
    }

    static JobOptions options(List<String> inputs, Path out, String kb) {
        return new JobOptions(inputs, out.toString(), InputKind.AUTO, "*.txt", null, ReadOptions.DEFAULT_MAX_CHARS, 0,
                Set.of("parquet", "jsonl"), true, true, kb, 10, false);
    }

    @Test
    void perDocumentJsonIsWhatExtractPrints() throws Exception {
        List<String> args = new ArrayList<>(List.of("extract", "--format", "json", "--quiet"));
        args.addAll(inputs);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        assertEquals(0, exit, stderr.toString(StandardCharsets.UTF_8));
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
        Map<String, JsonNode> cli = new TreeMap<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(stdout.toByteArray())) {
            while (it.hasNext()) {
                JsonNode n = it.next();
                assertEquals(null, cli.put(n.get("document").get("id").asText(), n), "one analysis per document");
            }
        }
        Map<String, JsonNode> spark = new TreeMap<>();
        for (String line : OutputFiles.lines(out.resolve("analyses"))) {
            JsonNode n = JSON.readTree(line);
            assertEquals(null, spark.put(n.get("document").get("id").asText(), n), "one line per document");
        }
        assertEquals(SLICE + 1, cli.size(), "the seed and the slice");
        assertTrue(cli.containsKey("tomsk-2010"), "the seed article: " + cli.keySet());
        assertEquals(cli.keySet(), spark.keySet());
        for (String id : cli.keySet()) {
            assertEquals(cli.get(id), spark.get(id), "document " + id);
        }
        assertTrue(spark.get("tomsk-2010").get("entities").size() > 5, "the seed has entities");
        assertEquals(SLICE + 1, summary.documents());
        assertEquals(0, summary.errors(), messages);
    }

    @Test
    void tablesHoldTheLayersOfTheJson() throws Exception {
        long mentions = 0;
        long entities = 0;
        long facts = 0;
        for (String line : OutputFiles.lines(out.resolve("analyses"))) {
            JsonNode n = JSON.readTree(line);
            mentions += n.get("mentions").size();
            entities += n.get("entities").size();
            facts += n.get("facts").size();
        }
        SparkSession spark = LocalSpark.get();
        for (String format : List.of("parquet", "jsonl")) {
            Map<String, Long> counts = new TreeMap<>();
            for (String t : List.of("documents", "mentions", "entities", "facts")) {
                String path = out.resolve(format).resolve(t).toString();
                Dataset<Row> table = format.equals("parquet") ? spark.read().parquet(path) : spark.read().json(path);
                counts.put(t, table.count());
            }
            assertEquals(Map.of("documents", (long) SLICE + 1, "mentions", mentions, "entities", entities, "facts", facts), counts, format);
        }
        assertEquals(mentions, summary.mentions());
        Dataset<Row> docs = spark.read().parquet(out.resolve("parquet/documents").toString());
        Row kress = docs.where("id = 'book_100'").select("title", "source", "token_count").first();
        assertEquals(dev.resolve("book_100.txt").toString(), kress.getString(1));
        assertTrue(kress.getInt(2) > 100, "tokens counted");
        assertTrue(Files.exists(out.resolve("summary.json")));
    }

    @Test
    void crossDocumentEntitiesAreThoseOfIngest() throws Exception {
        KnowledgeBase kb = KnowledgeBase.open(dir.resolve("ingest.sqlite").toString(), true);
        try (DocumentReader reader = new DocumentReader(inputs,
                new ReadOptions(InputFormat.AUTO, ReadOptions.DEFAULT_MAX_CHARS, null, "*.txt"),
                new ThrowingProblems(), new ByteArrayInputStream(new byte[0]))) {
            new Ingester(kb, StandardPipeline.get(), 2, 50, IngestListener.NONE).ingest(reader);
        }
        KbSnapshot ingest = KbSnapshot.of(kb);
        SparkSession spark = LocalSpark.get();
        Dataset<Row> entities = spark.read().parquet(out.resolve("parquet/entities").toString())
                .where("kb_entity IS NOT NULL");
        KbSnapshot job = KbSnapshot.of(entities, "id", spark.read().parquet(out.resolve("parquet/kb_entities").toString()));
        assertEquals(ingest.entities(), job.entities());
        assertEquals(ingest.assignments(), job.assignments());
        assertEquals(ingest.entities().size(), summary.kbEntities());
        KbSnapshot loaded = KbSnapshot.of(KnowledgeBase.open(dir.resolve("job.sqlite").toString(), false));
        assertEquals(ingest.entities(), loaded.entities(), "the knowledge base the job loaded (--kb)");
        assertEquals(ingest.assignments(), loaded.assignments());
    }

    /** The reference run must read everything it is given. */
    static final class ThrowingProblems implements org.faktograf.formats.read.ReadProblems {
        @Override
        public void warning(String message) {
            throw new AssertionError(message);
        }

        @Override
        public void error(String message) {
            throw new AssertionError(message);
        }
    }
}
