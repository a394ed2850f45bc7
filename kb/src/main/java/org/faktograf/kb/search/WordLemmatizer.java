package org.faktograf.kb.search;

import java.util.List;

/** Lemmas of words, as the knowledge base indexes and queries them. Implementations are thread-safe. */
public interface WordLemmatizer {
    /**
     * The words of a short text (a name, a query), each with its possible lemmas, most likely
     * first, normalised (lower case, е for ё); a word the morphology does not know is its own lemma.
     */
    List<LemmatizedWord> words(String text);

    /** One word of a text with its lemmas; {@code start}/{@code end} are UTF-16 offsets into the text. */
    record LemmatizedWord(String surface, int start, int end, List<String> lemmas) {
        public String lemma() {
            return lemmas.get(0);
        }
    }
}
