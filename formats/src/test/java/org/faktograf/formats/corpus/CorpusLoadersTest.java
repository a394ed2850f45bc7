package org.faktograf.formats.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoadersTest {

    @Test
    void factRuDevLoadsEveryLayerWithOffsetsThatMatchTheText() {
        List<FactRuDocument> docs = FactRuCorpus.load(CorpusPaths.factruDev());
        assertEquals(122, docs.size());
        int tokens = 0;
        for (FactRuDocument d : docs) {
            for (FactRuDocument.Token t : d.tokens()) {
                assertEquals(t.text(), d.text().substring(t.start(), t.end()), d.id() + " token " + t.id());
                tokens++;
            }
            for (FactRuDocument.TextObject o : d.objects()) {
                for (String span : o.spanIds()) {
                    assertTrue(d.span(span) != null, d.id() + ": object " + o.id() + " names unknown span " + span);
                }
            }
        }
        assertTrue(tokens > 30_000, "tokens: " + tokens);
        FactRuDocument book333 = docs.stream().filter(d -> d.id().equals("book_333")).findFirst().orElseThrow();
        FactRuDocument.CorefEntity first = book333.coref().get(0);
        assertEquals(List.of("Леван"), first.values("firstname"));
        assertEquals(List.of("Гачечиладзе"), first.values("lastname"));
        FactRuDocument.Fact occupation = book333.facts().get(0);
        assertEquals("Occupation", occupation.type());
        assertEquals(List.of("obj532"), occupation.arguments("Who").get(0).refs());
    }

    @Test
    void nerelDevLoadsEntitiesRelationsAndLinks() {
        List<BratDocument> docs = BratCorpus.load(CorpusPaths.nerelDev());
        assertEquals(94, docs.size());
        long entities = docs.stream().mapToLong(d -> d.entities().size()).sum();
        long relations = docs.stream().mapToLong(d -> d.relations().size()).sum();
        assertTrue(entities > 5_000, "entities: " + entities);
        assertTrue(relations > 1_000, "relations: " + relations);
        for (BratDocument d : docs) {
            for (BratDocument.Entity e : d.entities()) {
                if (e.fragments().size() == 1) {
                    assertEquals(e.text(), d.text().substring(e.start(), e.end()), d.id() + " " + e.id());
                }
            }
        }
    }

    @Test
    void nerelTrainLoadsAllTextsDespiteADamagedLinkLine() {
        List<BratDocument> docs = BratCorpus.load(CorpusPaths.nerelTrain());
        assertEquals(745, docs.size());
        BratDocument damaged = docs.stream().filter(d -> d.id().equals("21274_text")).findFirst().orElseThrow();
        assertTrue(damaged.links().stream().noneMatch(l -> l.id().equals("N33")));
        assertTrue(damaged.links().stream().anyMatch(l -> l.id().equals("N38") && l.key().equals("Q190412")));
    }

    @Test
    void malformedFactRuLayersNameTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("book_1.txt"), "Кресс подписал");
        Files.writeString(dir.resolve("book_1.tokens"), "1 0 5 Кресс\n2 six 8 подписал\n");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> FactRuCorpus.load(dir));
        assertTrue(e.getMessage().contains("book_1.tokens:2"), e.getMessage());

        Files.writeString(dir.resolve("book_1.tokens"), "1 0 5 Кресс\n2 6 80 подписал\n");
        e = assertThrows(CorpusFormatException.class, () -> FactRuCorpus.load(dir));
        assertTrue(e.getMessage().contains("book_1.tokens:2") && e.getMessage().contains("outside the text"), e.getMessage());
    }
}
