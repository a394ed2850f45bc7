package org.faktograf.facts.pattern;

import java.util.Set;
import org.faktograf.model.Grammeme;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;

/**
 * What one token must be: its text (case-insensitive, ё read as е), one of some lemmas, a
 * morphological test, or a combination; {@code null} parts are not checked. A lemma or a
 * morphological test holds when some reading of the token passes both together.
 */
public record TokenTest(String surface, Set<String> lemmas, MorphTest morph) {

    /** Whether token {@code i} of the view passes; part-of-speech tests use the view's cached masks. */
    public boolean matches(DocumentView view, int i) {
        if (surface != null && !sameWord(surface, view.token(i).text())) {
            return false;
        }
        if (lemmas == null && morph != null && morph.partsOfSpeechOnly()) {
            return morph.acceptsPartsOfSpeech(view.partsOfSpeech(i));
        }
        return surface != null && lemmas == null && morph == null || matches(null, view.morphology(i));
    }

    /** Whether the token passes; {@code text} is the token text ({@code null}: not checked). */
    public boolean matches(String text, TokenMorphology m) {
        if (surface != null && text != null && !sameWord(surface, text)) {
            return false;
        }
        if (lemmas == null && morph == null) {
            return true;
        }
        for (WordForm f : m.readings()) {
            if (accepts(f)) {
                return true;
            }
        }
        return false;
    }

    /** The case grammemes of the readings that pass (all cases for an indeclinable word). */
    public long cases(TokenMorphology m) {
        long cases = 0;
        for (WordForm f : m.readings()) {
            if (lemmas == null && morph == null || accepts(f)) {
                boolean anyCase = f.has(Grammeme.FIXD) || f.pos() == org.faktograf.model.PartOfSpeech.LATN
                        || f.pos() == org.faktograf.model.PartOfSpeech.UNKN;
                cases |= anyCase ? MorphTest.CASES : f.grammemes() & MorphTest.CASES;
            }
        }
        return cases;
    }

    private boolean accepts(WordForm f) {
        return (lemmas == null || lemmas.contains(withoutYo(f.lemma()))) && (morph == null || morph.accepts(f));
    }

    /** The lemma with ё read as е (rule lemmas are stored so); the same string when it has none. */
    public static String withoutYo(String lemma) {
        return lemma.indexOf('ё') < 0 ? lemma : lemma.replace('ё', 'е');
    }

    /** Equal ignoring letter case and ё/е; {@code lower} is already lower case with е. */
    static boolean sameWord(String lower, String text) {
        if (lower.length() != text.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'ё') {
                c = 'е';
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
