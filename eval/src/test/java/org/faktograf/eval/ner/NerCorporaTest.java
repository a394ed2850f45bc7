package org.faktograf.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.junit.jupiter.api.Test;

class NerCorporaTest {

    private static List<String> texts(FactRuDocument d, List<GoldSpan> spans, String type) {
        return spans.stream().filter(s -> s.type().equals(type)).map(s -> d.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void factRuNamesFollowTheNatashaScheme() throws IOException {
        FactRuDocument d = FactRuCorpus.loadDocument(CorpusPaths.factruDev().resolve("book_100.txt"));
        List<GoldSpan> names = NerCorpora.factRuNames(d);
        // «мэрии Москвы» is an Org made of a descriptor and a LocOrg: no ORG name, Москвы a LOCORG name
        assertTrue(texts(d, names, "LOCORG").contains("Москвы"));
        assertFalse(texts(d, names, "ORG").stream().anyMatch(t -> t.contains("мэрии")));
        // a Location's name without its descriptor
        assertTrue(texts(d, names, "LOC").contains("Тверской"));
        assertTrue(texts(d, names, "PER").contains("Юрия Лужкова"));
        assertTrue(texts(d, names, "ORG").contains("Мосгордумы"));
        // no two kept spans overlap
        for (int i = 1; i < names.size(); i++) {
            assertTrue(names.get(i - 1).end() <= names.get(i).start(), names.get(i - 1) + " overlaps " + names.get(i));
        }
    }

    @Test
    void theWholeDevelopmentSetHasTheExpectedNameCounts() {
        int per = 0;
        int org = 0;
        int loc = 0;
        for (FactRuDocument d : FactRuCorpus.load(CorpusPaths.factruDev())) {
            for (GoldSpan s : NerCorpora.factRuNames(d)) {
                switch (s.type()) {
                    case "PER" -> per++;
                    case "ORG" -> org++;
                    default -> loc++;
                }
            }
        }
        assertEquals(733, per);
        assertEquals(610, org);
        assertEquals(1008, loc);
    }
}
