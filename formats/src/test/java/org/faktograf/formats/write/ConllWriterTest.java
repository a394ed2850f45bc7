package org.faktograf.formats.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.junit.jupiter.api.Test;

class ConllWriterTest {
    private static List<String> lines(Analysis a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConllWriter().write(a, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void oneTokenALineWithLemmaPosAndBioTag() throws Exception {
        List<String> lines = lines(CraftedAnalysis.build());
        assertEquals("# doc_id = emoji", lines.get(0));
        assertEquals("# text = " + CraftedAnalysis.TEXT, lines.get(1));
        assertEquals(List.of(
                "😀\t😀\tPUNCT\tO",
                "Кресс\tкресс\tNOUN\tB-PERSON",
                "встретил\tвстретить\tVERB\tO",
                "Путина\tпутин\tNOUN\tB-PERSON",
                "в\tв\tPREP\tB-DATE",
                "Томской\tтомский\tADJF\tB-STATE_OR_PROVINCE",
                "области\tобласть\tNOUN\tI-STATE_OR_PROVINCE",
                ".\t.\tPUNCT\tO",
                ""), lines.subList(2, lines.size()));
    }

    @Test
    void aTokenTakesItsOutermostMention() throws Exception {
        Analysis a = CraftedAnalysis.build();
        int start = CraftedAnalysis.at("Путина");
        int end = CraftedAnalysis.at("области") + "области".length();
        Analysis nested = a.withMentions(List.of(
                new Mention("m0", CraftedAnalysis.at("Томской"), end, EntityType.STATE_OR_PROVINCE, false, 1),
                new Mention("m1", start, end, EntityType.ORGANIZATION, false, 1),
                // starts inside the organisation and ends after it: cannot be shown in one column, left out
                new Mention("m2", CraftedAnalysis.at("области"), CraftedAnalysis.TEXT.length(), EntityType.EVENT, false, 1)));
        List<String> tags = lines(nested).stream().filter(l -> l.contains("\t")).map(l -> l.substring(l.lastIndexOf('\t') + 1)).toList();
        assertEquals(List.of("O", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O"), tags);
    }

    @Test
    void withoutMorphologyTheColumnsSayUnderscore() throws Exception {
        Analysis a = CraftedAnalysis.build();
        Analysis bare = new Analysis(a.document(), a.sentences(), a.tokens(), List.of(), a.mentions(), List.of(), List.of(), List.of());
        List<String> lines = lines(bare);
        assertTrue(lines.contains("Кресс\t_\t_\tB-PERSON"), lines.toString());
    }
}
