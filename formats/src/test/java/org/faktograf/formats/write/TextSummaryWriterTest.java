package org.faktograf.formats.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextSummaryWriterTest {

    @Test
    void theSummaryGroupsEntitiesByTypeAndListsFacts() throws Exception {
        StringWriter out = new StringWriter();
        new TextSummaryWriter(false, false).write(CraftedAnalysis.build(), out);
        String s = out.toString();
        assertTrue(s.startsWith("Заголовок\nid emoji · emoji.txt · 2010-05-27\n"
                + "42 characters · 1 sentence · 8 tokens · 4 mentions · 3 entities · 3 facts\n"), s);
        assertTrue(s.contains("""
                Entities
                  PERSON (2)
                    Виктор Кресс — 1 mention
                    Владимир Путин — 1 mention
                  STATE_OR_PROVINCE (1)
                    Томская область (also Томская обл.) — 1 mention
                """), s);
        assertTrue(s.contains("  MEETING  participant: Виктор Кресс; participant: Владимир Путин; place: Томская область\n"), s);
        assertTrue(s.contains("  OCCUPATION  who: Виктор Кресс; position: губернатор; where: Томская область [planned]\n"), s);
        assertFalse(s.contains("Tokens"));
    }

    @Test
    void tokensAreListedWhenAsked() throws Exception {
        StringWriter out = new StringWriter();
        new TextSummaryWriter(true, true).write(CraftedAnalysis.build(), out);
        assertTrue(out.toString().contains("  Кресс\tWORD\tкресс NOUN nomn sing masc surn (guessed) | кресс NOUN accs sing (guessed)\n"),
                out.toString());
    }
}
