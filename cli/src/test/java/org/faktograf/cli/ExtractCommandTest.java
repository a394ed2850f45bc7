package org.faktograf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faktograf.formats.corpus.CorpusPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** What one run of the command printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<JsonNode> jsonLines() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.lines().toList()) {
                nodes.add(MAPPER.readTree(line));
            }
            return nodes;
        }
    }

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

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theSeedIsExtractedAsOneJsonDocumentHoldingTheFileText() throws Exception {
        Path example = Path.of(System.getProperty("faktograf.root", "..")).resolve("examples/tomsk-2010.txt");
        String text = Files.readString(example, StandardCharsets.UTF_8);
        assertEquals(Files.readString(CorpusPaths.seed(), StandardCharsets.UTF_8), text, "examples/ holds the seed");

        Run r = run("extract", "--threads", "1", example.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().lines().count() > 5, "one document is indented JSON");
        JsonNode root = MAPPER.readTree(r.out());
        assertEquals(text, root.path("document").path("text").asText());
        assertEquals("tomsk-2010", root.path("document").path("id").asText());
        assertEquals("Кресс показал Путину свою инновационность", root.path("document").path("title").asText());
        for (String layer : List.of("sentences", "tokens", "mentions", "names", "entities", "facts")) {
            assertTrue(root.path(layer).isArray(), layer);
        }
    }

    @Test
    void theSeedTokensCoverTheTextWithCodePointOffsetsAndCarryLemmas() throws Exception {
        Path example = Path.of(System.getProperty("faktograf.root", "..")).resolve("examples/tomsk-2010.txt");
        String text = Files.readString(example, StandardCharsets.UTF_8);
        Run r = run("extract", "--threads", "1", example.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = MAPPER.readTree(r.out());

        int[] cps = text.codePoints().toArray();
        boolean[] covered = new boolean[cps.length];
        java.util.Map<String, String> lemmas = new java.util.HashMap<>();
        int previousEnd = 0;
        for (JsonNode t : root.path("tokens")) {
            int start = t.path("start").asInt();
            int end = t.path("end").asInt();
            assertTrue(start >= previousEnd && end > start, "tokens are ordered and disjoint: " + t);
            assertEquals(new String(cps, start, end - start), t.path("text").asText(), "code point slice of " + t);
            for (int i = start; i < end; i++) {
                covered[i] = true;
            }
            lemmas.putIfAbsent(t.path("text").asText(), t.path("lemma").asText());
            previousEnd = end;
        }
        for (int i = 0; i < cps.length; i++) {
            assertTrue(covered[i] || Character.isWhitespace(cps[i]), "character " + i + " is in a token");
        }
        assertEquals("кресс", lemmas.get("Крессом"));
        assertEquals("путин", lemmas.get("Путину"));
        assertEquals("томский", lemmas.get("Томской"));
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwoWhileTheOthersAreProcessed() throws Exception {
        Path a = write("a.txt", "Первый текст.");
        Path missing = dir.resolve("missing.txt");
        Path b = write("b.txt", "Второй текст.");
        Run r = run("extract", a.toString(), missing.toString(), b.toString());
        assertEquals(2, r.exit());
        assertEquals(List.of("faktograf: error: " + missing + ": no such file or directory"), r.errLines());
        assertEquals(List.of("a", "b"), r.jsonLines().stream().map(n -> n.path("document").path("id").asText()).toList());
    }

    @Test
    void binaryFilesAreSkippedWithAWarningAndEmptyFilesGiveEmptyDocuments() throws Exception {
        Path bin = dir.resolve("photo.jpg");
        Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        Path empty = write("empty.txt", "");
        Run r = run("extract", bin.toString(), empty.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("faktograf: warning: " + bin + ": binary file (NUL bytes); skipped"), r.errLines());
        JsonNode doc = MAPPER.readTree(r.out());
        assertEquals("empty", doc.path("document").path("id").asText());
        assertEquals("", doc.path("document").path("text").asText());
        assertEquals(0, doc.path("tokens").size());
    }

    @Test
    void aMalformedJsonLineIsReportedWithItsNumberAndTheRestProcessed() throws Exception {
        Path news = write("news.jsonl", "{\"id\": \"n1\", \"text\": \"Путин прибыл в Томск.\"}\n"
                + "{\"id\": \"n2\", \"text\": \"обрыв\n"
                + "{\"id\": \"n3\", \"text\": \"Кресс встретил премьера.\", \"date\": \"2010-05-27\"}\n");
        Run r = run("extract", news.toString());
        assertEquals(0, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("faktograf: warning: " + news + ":2: malformed JSON"), r.err());
        List<JsonNode> docs = r.jsonLines();
        assertEquals(List.of("n1", "n3"), docs.stream().map(n -> n.path("document").path("id").asText()).toList());
        assertEquals("2010-05-27", docs.get(1).path("document").path("date").asText());
    }

    @Test
    void standardInputIsRead() throws Exception {
        Run r = runWithInput("Заголовок\nТекст со стандартного ввода.", "extract", "-");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = MAPPER.readTree(r.out()).path("document");
        assertEquals("stdin", doc.path("id").asText());
        assertEquals("Заголовок", doc.path("title").asText());

        Run html = runWithInput("<p>Абзац страницы.</p>", "extract", "--input-format", "html", "-");
        assertEquals("Абзац страницы.", MAPPER.readTree(html.out()).path("document").path("text").asText());
    }

    @Test
    void textsOverMaxCharsAreRefusedNamingTheLimit() throws Exception {
        Path big = write("big.txt", "Большой текст. ".repeat(100)); // 1,500 characters, 2,700 bytes
        Path small = write("small.txt", "Малый.");
        Run r = run("extract", "--max-chars", "1000", big.toString(), small.toString());
        assertEquals(2, r.exit());
        assertEquals(List.of("faktograf: error: " + big + ": refused: 1,500 characters, over the limit of 1,000 characters (--max-chars)"),
                r.errLines());
        assertEquals("small", MAPPER.readTree(r.out()).path("document").path("id").asText());
    }

    @Test
    void outWritesOneFilePerDocumentNamedAfterItsId() throws Exception {
        write("in/a/same.txt", "Первый.");
        write("in/b/same.txt", "Второй.");
        write("in/c/other.txt", "Третий.");
        Path out = dir.resolve("out/deeper");
        Run r = run("extract", "--out", out.toString(), dir.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("other.json", "same-2.json", "same.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("Второй.", MAPPER.readTree(Files.readString(out.resolve("same-2.json"))).path("document").path("text").asText());
        assertTrue(r.err().contains("warning: " + dir.resolve("in/b/same.txt") + ": another document has the id \"same\"; written as same-2"),
                r.err());
        assertTrue(r.err().contains("faktograf: 3 documents written to " + out), r.err());
    }

    @Test
    void factruNeedsOutAndWritesTheThreeTaskFiles() throws Exception {
        Path book = write("book_7.txt", "Губернатор Томской области Виктор Кресс.");
        Run usage = run("extract", "--format", "factru", book.toString());
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("--format factru writes files: give --out DIR"), usage.err());

        Path out = dir.resolve("responses");
        Run r = run("extract", "-f", "factru", "-o", out.toString(), "-q", book.toString());
        assertEquals(0, r.exit(), r.err());
        for (String ext : List.of(".task1", ".task2", ".task3")) {
            assertTrue(Files.isRegularFile(out.resolve("book_7" + ext)), ext);
        }
        assertEquals("", r.err());
    }

    @Test
    void conllAndBratExportTheSeed() throws Exception {
        Run conll = run("extract", "-q", "-f", "conll", CorpusPaths.seed().toString());
        assertEquals(0, conll.exit(), conll.err());
        assertTrue(conll.out().startsWith("# doc_id = tomsk-2010\n"), conll.out().substring(0, 80));
        assertTrue(conll.out().contains("Виктором\tвиктор\tNOUN\tB-PERSON\nКрессом\tкресс\tNOUN\tI-PERSON\n"),
                conll.out().substring(0, 2000));

        Run usage = run("extract", "-f", "brat", CorpusPaths.seed().toString());
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("--format brat writes files: give --out DIR"), usage.err());

        Path out = dir.resolve("brat");
        Run brat = run("extract", "-q", "-f", "brat", "-o", out.toString(), CorpusPaths.seed().toString());
        assertEquals(0, brat.exit(), brat.err());
        String text = Files.readString(out.resolve("tomsk-2010.txt"), StandardCharsets.UTF_8);
        assertEquals(Files.readString(CorpusPaths.seed(), StandardCharsets.UTF_8), text);
        // each T line's offsets (code points) cover the text it quotes
        int checked = 0;
        for (String line : Files.readAllLines(out.resolve("tomsk-2010.ann"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!f[0].startsWith("T") || f[1].contains(";")) {
                continue;
            }
            String[] typeAndSpan = f[1].split(" ");
            int start = text.offsetByCodePoints(0, Integer.parseInt(typeAndSpan[1]));
            int end = text.offsetByCodePoints(0, Integer.parseInt(typeAndSpan[2]));
            assertEquals(f[2], text.substring(start, end), line);
            checked++;
        }
        assertTrue(checked > 30, "T lines checked: " + checked);
    }

    @Test
    void bratAndTextRefuseToWriteIntoTheInputFolder() throws Exception {
        Path book = write("in/book_1.txt", "Губернатор Томской области Виктор Кресс.");
        Run r = run("extract", "-f", "brat", "-o", book.getParent().toString(), book.getParent().toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("choose another --out"), r.err());
        assertEquals("Губернатор Томской области Виктор Кресс.", Files.readString(book, StandardCharsets.UTF_8));
    }

    @Test
    void factruReadsOnlyTheTextsOfAFactRuEvalDirectory() throws Exception {
        Path in = Files.createDirectories(dir.resolve("devset"));
        Files.writeString(in.resolve("book_7.txt"), "Губернатор Томской области Виктор Кресс.");
        Files.writeString(in.resolve("book_7.coref"), "1 10\nfirstname Виктор\nlastname Кресс\n");
        Files.writeString(in.resolve("book_7.objects"), "1 Person 10 # Виктор Кресс\n");
        Path out = dir.resolve("responses");
        Run r = run("extract", "-f", "factru", "-o", out.toString(), "-q", in.toString());
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("book_7.task1", "book_7.task2", "book_7.task3"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("book_7.task2")).contains("lastname:кресс"));
    }

    @Test
    void severalThreadsKeepTheInputOrder() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            lines.append("{\"id\": \"d").append(i).append("\", \"text\": \"Документ номер ").append(i).append(". ")
                    .append("Текст ".repeat(i % 7 * 50)).append("\"}\n");
        }
        Path news = write("many.jsonl", lines.toString());
        Run r = run("extract", "--threads", "3", "--format", "jsonl", news.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> ids = r.jsonLines().stream().map(n -> n.path("document").path("id").asText()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            expected.add("d" + i);
        }
        assertEquals(expected, ids);
    }

    @Test
    void theTextFormatIsASummary() throws Exception {
        Path p = write("t.txt", "Кресс показал Путину\nГубернатор доложил премьеру.");
        Run r = run("extract", "--format", "text", p.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Кресс показал Путину\nid t · " + p + "\n"), r.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("extract").exit());
        assertEquals(2, run("extract", "--no-such-option", "x").exit());
        Run badEncoding = run("extract", "--encoding", "klingon-8", "x.txt");
        assertEquals(2, badEncoding.exit());
        assertTrue(badEncoding.err().contains("unknown encoding: klingon-8"), badEncoding.err());
        assertEquals(2, run("extract", "--threads", "0", "x.txt").exit());
        Run badGlob = run("extract", "--include", "[", "x");
        assertEquals(2, badGlob.exit());
        assertTrue(badGlob.err().contains("not a valid --include glob: ["), badGlob.err());
    }

    @Test
    void helpDescribesCommandsOptionsExitCodesAndExamples() {
        Run top = run("--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().contains("extract") && top.out().contains("Examples:"), top.out());
        Run extract = run("extract", "--help");
        assertEquals(0, extract.exit());
        for (String s : List.of("--format", "--out", "--input-format", "--encoding", "--include", "--max-chars", "--threads",
                "--readings", "--tokens", "--quiet", "--debug", "Exit codes:", "Examples:", "KOI8-R")) {
            assertTrue(extract.out().contains(s), s);
        }
        assertEquals(extract.out(), run("help", "extract").out());
    }

    @Test
    void anEncodingCanBeForced() throws Exception {
        Path p = dir.resolve("koi.txt");
        Files.write(p, "Путин".getBytes(Charset.forName("KOI8-R")));
        Run r = run("extract", "--encoding", "KOI8-R", p.toString());
        assertEquals("Путин", MAPPER.readTree(r.out()).path("document").path("text").asText());
    }
}
