package org.faktograf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.formats.read.DocumentReader;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.model.Document;
import org.faktograf.pipeline.StandardPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, query, split, merge and reindex as a user runs them (SQLite; the kb module runs both databases). */
class KnowledgeBaseCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return runWithInput("", args);
    }

    private String db() {
        return dir.resolve("kb.sqlite").toString();
    }

    @Test
    void ingestIsIdempotentAndSearchFindsTheSeedByLemma() {
        String seed = CorpusPaths.seed().toString();
        Run first = run("ingest", "--db", db(), seed);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("1 read: 1 added"), first.err());
        String jsonl = "{\"id\":\"n1\",\"title\":\"Новости\",\"text\":\"В Томске открыли новый завод.\",\"date\":\"2011-02-03\"}\n";
        Run piped = runWithInput(jsonl, "ingest", "--db", db(), "-");
        assertEquals(0, piped.exit(), piped.err());
        Run again = runWithInput(jsonl, "ingest", "--db", db(), seed, "-");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("2 read: 0 added, 0 replaced, 2 unchanged"), again.err());
        Run search = run("query", "--db", db(), "search", "Томской");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("tomsk-2010"), search.out());
        Run json = run("query", "search", "--db", db(), "--format", "json", "заводы");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"document\" : \"n1\""), json.out());
        // a place the offline table knows is found from its adjective even before NER names it
        runWithInput("{\"id\":\"n2\",\"text\":\"Вчера в Москве прошел митинг.\"}\n", "ingest", "--db", db(), "-q", "-");
        Run moscow = run("query", "--db", db(), "search", "московский");
        assertTrue(moscow.out().contains("n2"), moscow.out());
    }

    @Test
    void errorsAreOneLineWithAnExitCode() {
        Run missing = run("query", "--db", dir.resolve("none.sqlite").toString(), "entity", "Кресс");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("faktograf query entity: no knowledge base at "), missing.err());
        assertEquals(1, missing.err().lines().count());
        Run unreachable = run("query", "--db", "jdbc:postgresql://127.0.0.1:1/kb?user=u&password=p", "entity", "Кресс");
        assertEquals(2, unreachable.exit());
        assertTrue(unreachable.err().contains("cannot reach the PostgreSQL server"), unreachable.err());
        assertFalse(unreachable.err().contains("\tat "), "no stack trace");
        assertEquals(0, run("ingest", "--db", db(), "-q", CorpusPaths.seed().toString()).exit());
        Run nothing = run("query", "--db", db(), "entity", "Зюзюкин");
        assertEquals(3, nothing.exit());
        assertTrue(nothing.err().contains("no entity matches 'Зюзюкин'"), nothing.err());
        Run badType = run("query", "--db", db(), "facts", "--type", "wedding");
        assertEquals(2, badType.exit());
        assertTrue(badType.err().contains("unknown fact type 'wedding'"), badType.err());
        Run badDate = run("query", "--db", db(), "facts", "--from", "вчера");
        assertEquals(2, badDate.exit());
        Run badSplit = run("split", "--db", db(), "x42", "tomsk-2010");
        assertEquals(2, badSplit.exit());
        assertTrue(badSplit.err().contains("is not an entity id"), badSplit.err());
        Run noEntity = run("split", "--db", db(), "999999", "tomsk-2010");
        assertEquals(2, noEntity.exit());
        Run noFile = run("ingest", "--db", db(), dir.resolve("absent.txt").toString());
        assertEquals(2, noFile.exit());
        assertTrue(noFile.err().contains("no such file or directory"), noFile.err());
    }

    @Test
    void reindexReExtractsEveryStoredDocument() {
        assertEquals(0, run("ingest", "--db", db(), "-q", CorpusPaths.seed().toString()).exit());
        Run r = run("reindex", "--db", db());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("1 documents re-extracted"), r.err());
        assertEquals(0, run("query", "--db", db(), "search", "инновационность").exit());
    }

    /**
     * The acceptance scenario of the knowledge base: factru-dev, NEREL dev and the seed ingested,
     * Виктор Кресс comes back as one entity with his post, the meeting with Путин and the framework
     * agreement with Зверев, through the whole pipeline (entities, identity, facts).
     */
    @Test
    void acceptanceKressWithHisPostHisMeetingWithPutinAndTheAgreementWithZverev() throws Exception {
        Document seedDoc;
        try (DocumentReader r = new DocumentReader(java.util.List.of(CorpusPaths.seed().toString()), ReadOptions.defaults(),
                new Diagnostics(System.err, false), System.in)) {
            seedDoc = r.next();
        }
        assertFalse(StandardPipeline.get().analyze(seedDoc).facts().isEmpty(),
                "the standard pipeline (with its facts stage) finds facts in the seed");
        Run ingest = run("ingest", "--db", db(), "-q", "--include", "*.txt", CorpusPaths.factruDev().toString(),
                CorpusPaths.nerelDev().toString(), CorpusPaths.seed().toString());
        assertEquals(0, ingest.exit(), ingest.err());
        Run q = run("query", "--db", db(), "--format", "json", "entity", "Виктор Кресс");
        assertEquals(0, q.exit(), q.err());
        JsonNode answer = MAPPER.readTree(q.out());
        JsonNode card = answer.get("entity");
        assertEquals("Виктор Кресс", card.get("entity").get("name").asText());
        for (JsonNode other : answer.get("otherMatches")) {
            assertFalse(other.get("name").asText().equals("Виктор Кресс"), "one Виктор Кресс, not several: " + q.out());
        }
        assertTrue(card.get("posts").toString().contains("губернатор"), card.get("posts").toString());
        boolean meeting = false;
        boolean agreement = false;
        for (JsonNode f : card.get("facts")) {
            String args = f.get("arguments").toString();
            meeting |= f.get("type").asText().equals("MEETING") && args.contains("Владимир Путин");
            agreement |= f.get("type").asText().equals("DEAL") && args.contains("Андрей Зверев") && args.contains("рамочн");
        }
        assertTrue(meeting, "the meeting with Путин: " + card.get("facts"));
        assertTrue(agreement, "the framework agreement with Зверев: " + card.get("facts"));
    }
}
