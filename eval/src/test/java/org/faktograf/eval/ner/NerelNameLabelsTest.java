package org.faktograf.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.faktograf.model.EntityType;
import org.faktograf.model.Token;
import org.faktograf.ner.NameClass;
import org.faktograf.ner.SpanTagger;
import org.faktograf.ner.TokenSpan;
import org.faktograf.segment.Segmenter;
import org.junit.jupiter.api.Test;

class NerelNameLabelsTest {
    private static final long O = 1L;
    private static final long B_ORG = 1L << SpanTagger.begin(NameClass.ORG.ordinal());
    private static final long I_ORG = 1L << SpanTagger.inside(NameClass.ORG.ordinal());

    private static int index(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " is not a token");
    }

    private static TokenSpan span(List<Token> tokens, String first, String last, EntityType type) {
        return new TokenSpan(index(tokens, first), index(tokens, last) + 1, type.ordinal(), 0, 1);
    }

    @Test
    void theQuotedPartIsTheNameOfAnOrganisationWithADescriptor() {
        List<Token> tokens = new Segmenter().tokenize("Об этом сообщает РИА «Новости» со ссылкой на источник.");
        long[] mask = NerelNameLabels.allowed(tokens, List.of(span(tokens, "РИА", "»", EntityType.ORGANIZATION)));
        assertEquals(O, mask[index(tokens, "РИА")]);
        assertEquals(O, mask[index(tokens, "«")]);
        assertEquals(B_ORG, mask[index(tokens, "Новости")]);
        assertEquals(O, mask[index(tokens, "»")]);
    }

    @Test
    void aNamedOrganisationKeepsThePlaceInsideItsName() {
        List<Token> tokens = new Segmenter().tokenize("Заявку рассмотрело Бюро США по патентам и товарным знакам.");
        long[] mask = NerelNameLabels.allowed(tokens, List.of(
                span(tokens, "Бюро", "знакам", EntityType.ORGANIZATION),
                span(tokens, "США", "США", EntityType.COUNTRY)));
        assertEquals(B_ORG, mask[index(tokens, "Бюро")]);
        assertEquals(I_ORG, mask[index(tokens, "США")]);
        assertEquals(I_ORG, mask[index(tokens, "знакам")]);
    }
}
