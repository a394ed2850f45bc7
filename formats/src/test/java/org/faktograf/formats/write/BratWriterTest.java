package org.faktograf.formats.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faktograf.formats.corpus.BratCorpus;
import org.faktograf.formats.corpus.BratDocument;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratWriterTest {
    private static String ann(Analysis a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BratWriter().write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes NAME.txt and NAME.ann and reads them back with the project's brat reader. */
    private static BratDocument roundTrip(Analysis a, Path dir) throws Exception {
        Files.writeString(dir.resolve("doc.txt"), a.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("doc.ann"), ann(a), StandardCharsets.UTF_8);
        return BratCorpus.loadDocument(dir.resolve("doc.ann"));
    }

    @Test
    void mentionsComeBackWithTheirTypesAndSpans(@TempDir Path dir) throws Exception {
        Analysis a = CraftedAnalysis.build();
        String ann = ann(a);
        // code point offsets: the emoji before Кресс is one code point, two UTF-16 units
        assertTrue(ann.startsWith("T1\tPERSON 2 7\tКресс\n"), ann);
        BratDocument read = roundTrip(a, dir);
        List<BratDocument.Entity> mentions = read.entities().stream().filter(e -> !e.type().equals("MEETING")
                && !e.type().equals("OCCUPATION") && !e.type().equals("PROJECT") && !e.type().equals("Value")).toList();
        assertEquals(a.mentions().size(), mentions.size());
        for (int i = 0; i < a.mentions().size(); i++) {
            Mention m = a.mentions().get(i);
            assertEquals(m.type().name(), mentions.get(i).type());
            assertEquals(m.start(), mentions.get(i).start());
            assertEquals(m.end(), mentions.get(i).end());
            assertEquals(a.text(m.start(), m.end()), mentions.get(i).text());
        }
        assertTrue(ann.contains("\tAnnotatorNotes T1\te0 Виктор Кресс\n"), ann);
    }

    @Test
    void factsAreEventsWithNumberedRolesAndModality() throws Exception {
        String ann = ann(CraftedAnalysis.build());
        // the meeting: its trigger the evidence, both participants by their mentions, the place
        assertTrue(ann.lines().anyMatch(l -> l.matches("E1\tMEETING:T\\d+ Participant:T1 Participant2:T2 Place:T3")), ann);
        // the occupation is planned; its position has no span and is left out of the event
        assertTrue(ann.lines().anyMatch(l -> l.matches("E2\tOCCUPATION:T\\d+ Who:T1 Where:T3")), ann);
        assertTrue(ann.contains("\tModality E2 PLANNED\n"), ann);
        assertTrue(ann.lines().anyMatch(l -> l.matches("E3\tPROJECT:T\\d+")), ann);
    }

    @Test
    void aMentionAcrossALineBreakIsTwoFragments(@TempDir Path dir) throws Exception {
        String text = "Виктор\nКресс приехал.";
        Mention m = new Mention("m0", 0, 12, EntityType.PERSON, false, 1);
        Analysis a = Analysis.of(Document.of("x", text)).withMentions(List.of(m))
                .withEntities(List.of(new Entity("e0", EntityType.PERSON, "Виктор Кресс", null, null, List.of(), List.of("m0"))));
        assertTrue(ann(a).startsWith("T1\tPERSON 0 6;7 12\tВиктор Кресс\n"), ann(a));
        BratDocument read = roundTrip(a, dir);
        assertEquals(2, read.entities().get(0).fragments().size());
        assertEquals(0, read.entities().get(0).start());
        assertEquals(12, read.entities().get(0).end());
    }
}
