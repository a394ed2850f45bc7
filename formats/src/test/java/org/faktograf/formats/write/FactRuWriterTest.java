package org.faktograf.formats.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Modality;
import org.faktograf.model.PersonName;
import java.util.List;
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
    void onlyCompleteFactsAreWrittenWithPostsAndDescriptorsAsTheTextSaysThem() throws Exception {
        String text = "Генеральным директором социальной сети стал Иванов; Иванов купил сеть; Иванов встретился.";
        Entity ivanov = new Entity("e0", EntityType.PERSON, "Иван Иванов", new PersonName("Иван", null, "Иванов", null),
                null, List.of(), List.of("m0"));
        Entity network = new Entity("e1", EntityType.ORGANIZATION, "социальная сеть", null, null, List.of(), List.of("m1"));
        int post = text.indexOf("Генеральным директором");
        int net = text.indexOf("социальной сети");
        List<Fact> facts = List.of(
                new Fact("f0", FactType.OCCUPATION, List.of(FactArgument.ofEntity("who", ivanov),
                        FactArgument.ofValue("position", "генеральный директор", post, post + 22),
                        new FactArgument("where", "e1", "социальная сеть", net, net + 15),
                        FactArgument.ofValue("status", "current", -1, -1)), Modality.ASSERTED, 0, 52, "r"),
                new Fact("f1", FactType.OCCUPATION, List.of(FactArgument.ofEntity("who", ivanov),
                        FactArgument.ofValue("position", "директор", -1, -1)), Modality.ASSERTED, 0, 52, "r"),
                new Fact("f2", FactType.DEAL, List.of(FactArgument.ofEntity("participant", ivanov),
                        FactArgument.ofEntity("participant", network), FactArgument.ofValue("kind", "покупка", -1, -1),
                        FactArgument.ofValue("type", "купля/продажа", -1, -1)), Modality.ASSERTED, 0, 70, "r"),
                new Fact("f3", FactType.MEETING, List.of(FactArgument.ofEntity("participant", ivanov),
                        FactArgument.ofEntity("participant", ivanov)), Modality.ASSERTED, 0, 90, "r"));
        Analysis a = Analysis.of(Document.of("x", text)).withEntities(List.of(ivanov, network)).withFacts(facts);
        java.io.StringWriter out = new java.io.StringWriter();
        new FactRuWriter().writeFacts(a, out);
        assertEquals("""
                occupation
                who:иван иванов
                position:генеральным директором
                where:социальной сети

                deal
                participant:иван иванов
                participant:социальная сеть
                type:купля/продажа
                """, out.toString());
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
    void placesNamedOnlyByAnAdjectiveAreNotPlaceMentions() throws Exception {
        Analysis a = org.faktograf.pipeline.StandardPipeline.get().analyze(Document.of("x",
                "Российские власти и турецкий МИД обсудили поставки газа. Россия и Турция подписали соглашение."));
        java.io.StringWriter mentions = new java.io.StringWriter();
        new FactRuWriter().writeMentions(a, mentions);
        java.io.StringWriter entities = new java.io.StringWriter();
        new FactRuWriter().writeEntities(a, entities);
        String text = a.text();
        for (String line : mentions.toString().split("\n")) {
            String[] f = line.split(" ");
            if (f[0].startsWith("loc")) {
                String covered = text.substring(Integer.parseInt(f[1]), Integer.parseInt(f[1]) + Integer.parseInt(f[2]));
                org.junit.jupiter.api.Assertions.assertTrue(covered.equals("Россия") || covered.equals("Турция"), mentions.toString());
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(mentions.toString().contains("loc"), mentions.toString());
        org.junit.jupiter.api.Assertions.assertFalse(entities.toString().matches("(?s).*loc(org)?\\nname:российские\\n.*"), entities.toString());
        org.junit.jupiter.api.Assertions.assertFalse(entities.toString().matches("(?s).*loc(org)?\\nname:турецкий\\n.*"), entities.toString());
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
