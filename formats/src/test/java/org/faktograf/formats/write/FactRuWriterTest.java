package org.faktograf.formats.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactRuWriterTest {
    @TempDir
    Path dir;

    @Test
    void theThreeResponseFilesFollowTheFactRuEvalLayout() throws Exception {
        new FactRuWriter().writeFiles(CraftedAnalysis.build(), dir.resolve("out"), "book_1");
        // code points: the emoji is one, so Кресс starts at 2, not 3
        assertEquals("per 2 5\nper 17 6\nlocorg 26 15\n", read("book_1.task1"));
        assertEquals("""
                per
                firstname:виктор
                lastname:кресс

                per
                firstname:владимир
                patronymic:владимирович
                lastname:путин

                locorg
                name:томская область
                """, read("book_1.task2"));
        assertEquals("""
                meeting
                participant:виктор кресс
                participant:владимир путин

                occupation
                who:виктор кресс
                position:губернатор
                where:томская область
                """, read("book_1.task3"));
    }

    @Test
    void nothingFoundGivesEmptyFiles() throws Exception {
        new FactRuWriter().writeFiles(Analysis.of(Document.of("x", "Текст.")), dir, "x");
        for (String ext : new String[] {".task1", ".task2", ".task3"}) {
            assertEquals("", Files.readString(dir.resolve("x" + ext)));
        }
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }
}
