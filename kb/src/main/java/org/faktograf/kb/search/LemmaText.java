package org.faktograf.kb.search;

import java.util.List;
import org.faktograf.model.Analysis;

/**
 * The lemmatised text of a document, what the full-text index holds: the most likely lemma of
 * every word and number, in text order, space-separated; hyphenated lemmas split into their parts
 * (премьер-министр → премьер министр) so that both databases tokenise them alike.
 */
public final class LemmaText {
    private LemmaText() {
    }

    public static String of(Analysis a) {
        List<WordLemmatizer.LemmatizedWord> words = PipelineLemmatizer.words(a);
        StringBuilder b = new StringBuilder(a.text().length());
        for (WordLemmatizer.LemmatizedWord w : words) {
            appendTerm(b, w.lemma());
        }
        return b.toString();
    }

    /** Splits a lemma into index terms (letters and digits only). */
    public static void appendTerm(StringBuilder b, String lemma) {
        boolean inTerm = false;
        for (int i = 0; i < lemma.length(); i++) {
            char c = lemma.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inTerm && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                inTerm = true;
            } else {
                inTerm = false;
            }
        }
    }

    /** The index terms of one lemma. */
    public static List<String> terms(String lemma) {
        StringBuilder b = new StringBuilder();
        appendTerm(b, lemma);
        return b.length() == 0 ? List.of() : List.of(b.toString().split(" "));
    }
}
