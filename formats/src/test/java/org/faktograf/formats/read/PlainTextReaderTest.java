package org.faktograf.formats.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.model.Document;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    @Test
    void theSeedsFirstLineIsItsTitleAndStaysInTheText() throws Exception {
        String seed = Files.readString(CorpusPaths.seed(), StandardCharsets.UTF_8);
        Document d = PlainTextReader.read("tomsk-2010", "seed", seed);
        assertEquals("Кресс показал Путину свою инновационность", d.title());
        assertEquals(seed, d.text());
    }

    @Test
    void aFirstParagraphIsNoTitle() throws Exception {
        String book = Files.readString(CorpusPaths.factruDev().resolve("book_100.txt"), StandardCharsets.UTF_8);
        assertNull(PlainTextReader.title(book));
        assertNull(PlainTextReader.title("Губернатор подписал соглашение.\nДругой абзац."));
    }

    @Test
    void titleRules() {
        assertEquals("Заголовок", PlainTextReader.title("Заголовок\r\nТекст статьи."));
        assertEquals("Заголовок", PlainTextReader.title("\n\n  Заголовок  \nТекст."));
        assertEquals("Кто виноват?", PlainTextReader.title("Кто виноват?\nТекст."));
        assertNull(PlainTextReader.title("Только одна строка без тела"));
        assertNull(PlainTextReader.title("Строка\n   \n"));
        assertNull(PlainTextReader.title("{\n\"a\": 1\n}"));
        assertNull(PlainTextReader.title("Итак:\nсписок"));
        assertNull(PlainTextReader.title("а".repeat(PlainTextReader.MAX_TITLE_LENGTH + 1) + "\nтело"));
        assertNull(PlainTextReader.title(""));
    }
}
