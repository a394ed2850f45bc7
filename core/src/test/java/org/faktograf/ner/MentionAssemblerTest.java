package org.faktograf.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.Token;
import org.faktograf.segment.Segmenter;
import org.junit.jupiter.api.Test;

/** How tagged name spans become mentions, on sentences from factRuEval texts. */
class MentionAssemblerTest {
    private static final Gazetteer NO_GAZETTEER = new Gazetteer.Builder(List.of("CITY")).build();

    private static Analysis analyse(String text) {
        return new Segmenter().apply(Analysis.of(Document.of("t", text)));
    }

    /** Token span of the {@code occurrence}-th (0-based) occurrence of {@code words} (space-separated tokens). */
    private static TokenSpan name(Analysis a, String words, int occurrence, NameClass c) {
        String[] w = words.split(" ");
        List<Token> tokens = a.tokens();
        int seen = 0;
        for (int i = 0; i + w.length <= tokens.size(); i++) {
            boolean match = true;
            for (int k = 0; k < w.length; k++) {
                match &= tokens.get(i + k).text().equals(w[k]);
            }
            if (match && seen++ == occurrence) {
                return new TokenSpan(i, i + w.length, c.ordinal(), -1, 0.9);
            }
        }
        throw new AssertionError("no " + words + " #" + occurrence);
    }

    /** The names of the assembled mentions, as "TYPE:text". */
    private static List<String> names(Analysis a, TokenSpan... names) {
        List<Mention> mentions = MentionAssembler.assemble(a, new TaggedSpans(List.of(), List.of(names)), NO_GAZETTEER);
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.hasName()) {
                out.add(NameClass.of(m.type()) + ":" + a.text().substring(m.nameStart(), m.nameEnd()));
            }
        }
        return out;
    }

    @Test
    void anOrganisationsNameNamesItAgainWhereItRecurs() {
        Analysis a = analyse("Он сказал «Голосу Америки», что готов. Голос Америки: Спасибо за интервью!");
        List<String> names = names(a, name(a, "Голосу Америки", 0, NameClass.ORG), name(a, "Америки", 1, NameClass.LOC));
        assertEquals(List.of("ORG:Голосу Америки", "ORG:Голос Америки"), names);
    }

    @Test
    void aRecurrenceTakenAsSomethingElseAsAWholeStaysSo() {
        // the tagger read the second Феррари as a place on its own: that decision is not overridden
        Analysis a = analyse("Команда Феррари подала жалобу. Болиды Феррари стояли в боксах.");
        List<String> names = names(a, name(a, "Феррари", 0, NameClass.ORG), name(a, "Феррари", 1, NameClass.LOC));
        assertEquals(List.of("ORG:Феррари", "LOC:Феррари"), names);
    }

    @Test
    void lowerCaseWordsDoNotSpreadAsNames() {
        Analysis a = analyse("Глава администрации прибыл. Представители администрации молчат.");
        List<String> names = names(a, name(a, "администрации", 0, NameClass.ORG));
        assertEquals(List.of("ORG:администрации"), names);
    }

    @Test
    void anAbbreviationInBracketsAndItsWordsNameTheSameOrganisation() {
        Analysis a = analyse("Организаторами выступили Союз координационных советов (СКС) и другие.");
        List<String> names = names(a, name(a, "СКС", 0, NameClass.ORG));
        assertEquals(List.of("ORG:Союз координационных советов", "ORG:СКС"), names);

        Analysis b = analyse("Об этом сообщает Комитет защиты журналистов (КЗЖ).");
        assertEquals(List.of("ORG:Комитет защиты журналистов", "ORG:КЗЖ"),
                names(b, name(b, "Комитет защиты журналистов", 0, NameClass.ORG)));
    }

    @Test
    void anAbbreviationOfAPlaceOrOfOtherWordsIsLeftAlone() {
        Analysis a = analyse("Граждане Российской Федерации (РФ) голосуют.");
        assertEquals(List.of("LOC:Российской Федерации", "LOC:РФ"),
                names(a, name(a, "Российской Федерации", 0, NameClass.LOC), name(a, "РФ", 0, NameClass.LOC)));
        Analysis b = analyse("Об этом сообщил представитель Министерства иностранных дел России (МИД).");
        // the words before the bracket end with one the abbreviation does not count
        assertEquals(List.of("ORG:МИД"), names(b, name(b, "МИД", 0, NameClass.ORG)));
    }
}
