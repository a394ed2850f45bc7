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
    void task2WritesNamedEntitiesOnly() throws Exception {
        String text = "Украина. Украинское правительство и законодательное собрание, движение «Солидарность», infox.ru.";
        java.util.List<org.faktograf.model.Entity> entities = java.util.List.of(
                new org.faktograf.model.Entity("e0", org.faktograf.model.EntityType.ORGANIZATION, "украинское правительство",
                        null, null, java.util.List.of(), java.util.List.of()),
                new org.faktograf.model.Entity("e1", org.faktograf.model.EntityType.ORGANIZATION, "законодательное собрание",
                        null, null, java.util.List.of(), java.util.List.of()),
                new org.faktograf.model.Entity("e2", org.faktograf.model.EntityType.ORGANIZATION, "движение «Солидарность»",
                        null, null, java.util.List.of("Солидарность"), java.util.List.of()),
                new org.faktograf.model.Entity("e3", org.faktograf.model.EntityType.ORGANIZATION, "infox.ru",
                        null, null, java.util.List.of(), java.util.List.of()));
        Analysis a = Analysis.of(Document.of("x", text)).withEntities(entities);
        java.io.StringWriter out = new java.io.StringWriter();
        new FactRuWriter().writeEntities(a, out);
        assertEquals("""
                org
                name:украинское правительство

                org
                name:солидарность

                org
                name:infox.ru
                """, out.toString());
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
