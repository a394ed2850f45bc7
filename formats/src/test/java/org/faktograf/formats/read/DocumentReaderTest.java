package org.faktograf.formats.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    private final RecordedProblems problems = new RecordedProblems();

    private List<Document> read(ReadOptions options, InputStream stdin, String... inputs) {
        List<Document> docs = new ArrayList<>();
        try (DocumentReader r = new DocumentReader(List.of(inputs), options, problems, stdin)) {
            r.forEachRemaining(docs::add);
        }
        return docs;
    }

    private List<Document> read(String... inputs) {
        return read(ReadOptions.defaults(), NO_STDIN, inputs);
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodedRussianFilesAreDecodedAndTitled() throws Exception {
        String article = "Губернатор встретился с премьером\r\nВиктор Кресс доложил Владимиру Путину о проекте «ИНО-ТОМСК 2020».\r\n";
        Path cp = write("cp1251.txt", article.getBytes(Charset.forName("windows-1251")));
        Path koi = write("koi8.txt", article.replace('«', '"').replace('»', '"').getBytes(Charset.forName("KOI8-R")));
        byte[] utf8 = article.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Path bom = write("bom.txt", withBom);

        List<Document> docs = read(cp.toString(), koi.toString(), bom.toString());
        assertEquals(3, docs.size());
        assertEquals(article, docs.get(0).text());
        assertEquals(article.replace('«', '"').replace('»', '"'), docs.get(1).text());
        assertEquals(article, docs.get(2).text());
        for (Document d : docs) {
            assertEquals("Губернатор встретился с премьером", d.title());
        }
        assertEquals("cp1251", docs.get(0).id());
        assertEquals(cp.toString(), docs.get(0).source());
        assertEquals(List.of(), problems.warnings);
    }

    @Test
    void directoriesAreWalkedRecursivelyInNameOrderSkippingHiddenAndBinaryFiles() throws Exception {
        write("b/2.txt", "Второй.");
        write("b/1.txt", "Первый.");
        write("a/z/deep.txt", "Глубоко.");
        write("a/page.xyz", "<!DOCTYPE html><html><body><p>Страница без расширения.</p></body></html>");
        write("a/lines.dat", "{\"id\": \"x\", \"text\": \"Строка JSON.\"}\n{\"id\": \"y\", \"text\": \"Ещё.\"}\n");
        write("a/notes.md", "Заметка в markdown.");
        write(".hidden/secret.txt", "Не читать.");
        write("b/.swap.txt", "Не читать.");
        write("c/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        write("c/empty.txt", new byte[0]);

        List<Document> docs = read(dir.toString());
        assertEquals(List.of("x", "y", "notes", "page", "deep", "1", "2", "empty"), docs.stream().map(Document::id).toList());
        assertEquals("Страница без расширения.", docs.get(3).text());
        assertEquals("", docs.get(7).text());
        assertNull(docs.get(7).title());
        assertEquals(1, problems.warnings.size(), problems.warnings.toString());
        assertTrue(problems.warnings.get(0).contains("image.png: binary file"), problems.warnings.get(0));
        assertEquals(List.of(), problems.errors);
    }

    @Test
    void aMissingInputIsReportedAndTheOthersAreRead() throws Exception {
        Path a = write("a.txt", "Первый.");
        Path b = write("b.txt", "Второй.");
        List<Document> docs = read(a.toString(), dir.resolve("missing.txt").toString(), b.toString());
        assertEquals(List.of("a", "b"), docs.stream().map(Document::id).toList());
        assertEquals(List.of(dir.resolve("missing.txt") + ": no such file or directory"), problems.errors);
    }

    @Test
    void anUnreadableDirectoryIsReportedAndTheOthersAreRead() throws Exception {
        write("locked/x.txt", "Закрыто.");
        Path ok = write("open/y.txt", "Открыто.");
        Path locked = dir.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "permissions are not enforced for this user (root)");
            List<Document> docs = read(locked.toString(), ok.getParent().toString());
            assertEquals(List.of("y"), docs.stream().map(Document::id).toList());
            assertEquals(List.of(locked + ": cannot read directory (permission denied)"), problems.errors);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileGivenAsADirectoryIsReported() throws Exception {
        Path a = write("a.txt", "Текст.");
        List<Document> docs = read(a + "/inside.txt", a.toString());
        assertEquals(1, docs.size());
        assertEquals(1, problems.errors.size());
        assertTrue(problems.errors.get(0).startsWith(a + "/inside.txt: "), problems.errors.get(0));
    }

    @Test
    void standardInputIsSniffed() {
        String text = "Заголовок\nТекст из канала.";
        List<Document> docs = read(ReadOptions.defaults(), stdin(text), "-");
        assertEquals(1, docs.size());
        assertEquals("stdin", docs.get(0).id());
        assertEquals("Заголовок", docs.get(0).title());
        assertEquals(text, docs.get(0).text());

        List<Document> lines = read(ReadOptions.defaults(), stdin("{\"text\": \"Один.\"}\n{\"text\": \"Два.\"}\n"), "-");
        assertEquals(List.of("stdin:1", "stdin:2"), lines.stream().map(Document::id).toList());

        List<Document> page = read(ReadOptions.defaults(), stdin("<html><body><article><p>Статья.</p></article></body></html>"), "-");
        assertEquals("Статья.", page.get(0).text());
    }

    @Test
    void aGivenInputFormatOverridesExtensionAndContent() throws Exception {
        Path p = write("page.txt", "<html><body><p>Абзац.</p></body></html>");
        assertEquals("<html><body><p>Абзац.</p></body></html>", read(p.toString()).get(0).text());
        ReadOptions html = new ReadOptions(InputFormat.HTML, 1000, null, null);
        assertEquals("Абзац.", read(html, NO_STDIN, p.toString()).get(0).text());
    }

    @Test
    void theIncludeGlobFiltersFilesFoundInDirectories() throws Exception {
        write("book_1.txt", "Текст.");
        write("book_1.tokens", "1 0 5 Текст");
        write("sub/book_2.txt", "Ещё.");
        ReadOptions txt = new ReadOptions(InputFormat.AUTO, 1000, null, "*.txt");
        assertEquals(List.of("book_1", "book_2"), read(txt, NO_STDIN, dir.toString()).stream().map(Document::id).toList());
    }

    @Test
    void textsOverTheLimitAreRefusedWithAMessageNamingIt() throws Exception {
        Path justRight = write("ok.txt", "я".repeat(1000));
        Path tooLong = write("long.txt", "я".repeat(1001)); // 2002 bytes: decoded, then refused
        Path huge = bigTextFile("huge.txt", 50L * 1024 * 1024); // over 4 bytes a character: refused unread
        ReadOptions limited = new ReadOptions(InputFormat.AUTO, 1000, null, null);
        List<Document> docs = read(limited, NO_STDIN, tooLong.toString(), huge.toString(), justRight.toString());
        assertEquals(List.of("ok"), docs.stream().map(Document::id).toList());
        assertEquals(2, problems.errors.size(), problems.errors.toString());
        assertEquals(tooLong + ": refused: 1,001 characters, over the limit of 1,000 characters (--max-chars)", problems.errors.get(0));
        assertEquals(huge + ": refused: 52,428,800 bytes, too big for the limit of 1,000 characters (--max-chars)",
                problems.errors.get(1));

        List<Document> fromStdin = read(limited, stdin("я".repeat(5000)), "-");
        assertEquals(List.of(), fromStdin);
        assertTrue(problems.errors.get(2).startsWith("stdin: refused: more than 4,000 bytes"), problems.errors.get(2));
    }

    @Test
    void theDefaultLimitRefusesAFiftyMegabyteFileUnread() throws Exception {
        Path huge = bigTextFile("fifty.txt", 50L * 1024 * 1024);
        assertEquals(List.of(), read(huge.toString()));
        assertEquals(List.of(huge + ": refused: 52,428,800 bytes, too big for the limit of 5,000,000 characters (--max-chars)"),
                problems.errors);
    }

    @Test
    void jsonLinesFilesAreLimitedByLineNotByFileSize() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            lines.append("{\"text\": \"Строка номер ").append(i).append(".\"}\n");
        }
        Path p = write("many.jsonl", lines.toString()); // far over 4 × 100 bytes
        assertEquals(1000, read(new ReadOptions(InputFormat.AUTO, 100, null, null), NO_STDIN, p.toString()).size());
        assertEquals(List.of(), problems.errors);
    }

    /**
     * A file of the given size that starts as Russian text: the head is real, the rest a hole
     * the file system does not store, so the test writes little; the size is what is checked.
     */
    private Path bigTextFile(String name, long size) throws IOException {
        Path p = write(name, "Очень длинный текст. ".repeat(1000));
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    @Test
    void filesAreReadOnlyWhenTheirTurnComes() throws Exception {
        write("1.txt", "Первый.");
        Path second = write("2.txt", "Старый текст.");
        try (DocumentReader r = new DocumentReader(List.of(dir.toString()), ReadOptions.defaults(), problems, NO_STDIN)) {
            assertEquals("Первый.", r.next().text());
            Files.writeString(second, "Новый текст.");
            assertEquals("Новый текст.", r.next().text());
            assertTrue(!r.hasNext());
        }
    }

    private static InputStream stdin(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
