package org.faktograf.formats.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Document;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static List<Document> read(String content, long maxChars, RecordedProblems problems) {
        List<Document> docs = new ArrayList<>();
        try (JsonLinesReader r = new JsonLinesReader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                "news.jsonl", "news.jsonl", maxChars, problems)) {
            r.forEachRemaining(docs::add);
        }
        return docs;
    }

    @Test
    void goodLinesAreReadAndBadOnesReportedWithTheirLineNumber() {
        String content = "\uFEFF{\"id\": \"a1\", \"title\": \"Кресс\", \"text\": \"Губернатор Кресс.\", \"date\": \"2010-05-27\", \"url\": \"https://x.ru/1\", \"tags\": [\"политика\"]}\r\n"
                + "{\"id\": 7, \"text\": \"Путин в Томске.\"\r\n"              // 2: cut short
                + "\n"                                                          // 3: blank
                + "{\"title\": \"без текста\"}\n"                              // 4: no text
                + "[1, 2]\n"                                                    // 5: not an object
                + "{\"text\": \"Без id.\", \"meta\": {\"a\": {\"b\": 1}}}\n"   // 6: no id
                + "{\"id\": 8, \"text\": \"Восемь.\"} trailing\n"              // 7: text after the object
                + "{\"id\": 9, \"text\": \"Последняя строка без перевода.\"}";  // 8
        RecordedProblems problems = new RecordedProblems();
        List<Document> docs = read(content, 1000, problems);

        assertEquals(List.of("a1", "news.jsonl:6", "9"), docs.stream().map(Document::id).toList());
        Document first = docs.get(0);
        assertEquals("Кресс", first.title());
        assertEquals("Губернатор Кресс.", first.text());
        assertEquals("2010-05-27", first.date());
        assertEquals("https://x.ru/1", first.url());
        assertEquals("news.jsonl:1", first.source());
        assertNull(docs.get(1).title());

        assertEquals(4, problems.warnings.size(), problems.warnings.toString());
        assertTrue(problems.warnings.get(0).startsWith("news.jsonl:2: malformed JSON"), problems.warnings.get(0));
        assertTrue(problems.warnings.get(1).startsWith("news.jsonl:4: no \"text\""), problems.warnings.get(1));
        assertTrue(problems.warnings.get(2).startsWith("news.jsonl:5: not a JSON object"), problems.warnings.get(2));
        assertTrue(problems.warnings.get(3).startsWith("news.jsonl:7: malformed JSON"), problems.warnings.get(3));
        assertEquals(List.of(), problems.errors);
    }

    @Test
    void aTextOverTheLimitIsRefusedAndTheRestRead() {
        String content = "{\"id\": \"long\", \"text\": \"" + "я".repeat(101) + "\"}\n"
                + "{\"id\": \"short\", \"text\": \"" + "я".repeat(100) + "\"}\n"
                + "{\"id\": \"huge\", \"text\": \"" + "я".repeat(40_000) + "\"}\n"
                + "{\"id\": \"last\", \"text\": \"ok\"}\n";
        RecordedProblems problems = new RecordedProblems();
        List<Document> docs = read(content, 100, problems);
        assertEquals(List.of("short", "last"), docs.stream().map(Document::id).toList());
        assertEquals(2, problems.errors.size());
        assertTrue(problems.errors.get(0).startsWith("news.jsonl:1: refused: 101 characters"), problems.errors.get(0));
        assertTrue(problems.errors.get(0).contains("--max-chars"));
        assertTrue(problems.errors.get(1).startsWith("news.jsonl:3: refused: line longer than"), problems.errors.get(1));
    }

    @Test
    void invalidUtf8IsReportedForItsLine() {
        byte[] good = "{\"text\": \"Томск\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\": \"Томск\"}\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(bad, 0, all, 0, bad.length);
        System.arraycopy(good, 0, all, bad.length, good.length);
        RecordedProblems problems = new RecordedProblems();
        List<Document> docs = new ArrayList<>();
        try (JsonLinesReader r = new JsonLinesReader(new ByteArrayInputStream(all), "x.jsonl", "x.jsonl", 100, problems)) {
            r.forEachRemaining(docs::add);
        }
        assertEquals(List.of("x.jsonl:2"), docs.stream().map(Document::id).toList());
        assertEquals(List.of("x.jsonl:1: not valid UTF-8; line skipped"), problems.warnings);
    }
}
