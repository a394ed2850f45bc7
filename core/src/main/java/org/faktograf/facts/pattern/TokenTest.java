package org.faktograf.facts.pattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.faktograf.model.Grammeme;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;

/**
 * What one token must be: its text (case-insensitive, ё read as е), one of some lemmas, a
 * morphological test, or a combination; {@code null} parts are not checked. A lemma or a
 * morphological test holds when some reading of the token passes both together. Immutable; equal
 * tests share a number, under which a {@link DocumentView} remembers their outcome per token (a
 * token is tried by the same test many times over: by the rules, and by the backtracking).
 */
public final class TokenTest {
    /** Numbers of the distinct tests made so far; as many as the rule files have distinct tests. */
    private static final Map<Key, Integer> NUMBERS = new HashMap<>();
    private static volatile int count;

    private final String surface;
    private final Set<String> lemmas;
    private final MorphTest morph;
    private final int number;
    /** The lemmas as bits by {@link LemmaNumbers} number, or {@code null}. */
    private final long[] lemmaBits;

    private record Key(String surface, Set<String> lemmas, MorphTest morph) {
    }

    public TokenTest(String surface, Set<String> lemmas, MorphTest morph) {
        this.surface = surface;
        this.lemmas = lemmas;
        this.morph = morph;
        this.lemmaBits = lemmas == null ? null : LemmaNumbers.bits(lemmas);
        this.number = numberOf(new Key(surface, lemmas, morph));
    }

    private static int numberOf(Key key) {
        synchronized (NUMBERS) {
            Integer n = NUMBERS.get(key);
            if (n == null) {
                n = NUMBERS.size();
                NUMBERS.put(key, n);
                count = n + 1;
            }
            return n;
        }
    }

    /** How many distinct tests there are (their numbers are below this). */
    static int count() {
        return count;
    }

    /** The number this test and the tests equal to it share, from 0. */
    int number() {
        return number;
    }

    public String surface() {
        return surface;
    }

    public Set<String> lemmas() {
        return lemmas;
    }

    public MorphTest morph() {
        return morph;
    }

    /** Whether token {@code i} of the view passes; each test is worked out once per token of a view. */
    public boolean matches(DocumentView view, int i) {
        return view.passes(this, i);
    }

    /**
     * Whether token {@code i} passes, worked out as {@link #matches(String, TokenMorphology)} does,
     * from what the view keeps of the token: its folded text, its parts of speech, its lemma numbers.
     */
    boolean evaluate(DocumentView view, int i) {
        if (surface != null && !surface.equals(view.foldedText(i))) {
            return false;
        }
        if (lemmas == null && morph == null) {
            return true;
        }
        if (lemmas == null && morph.partsOfSpeechOnly()) {
            return morph.acceptsPartsOfSpeech(view.partsOfSpeech(i));
        }
        List<WordForm> readings = view.morphology(i).readings();
        int[] lemmaNumbers = lemmas == null ? null : view.lemmaNumbers(i);
        for (int k = 0; k < readings.size(); k++) {
            if (accepts(readings.get(k), lemmaNumbers, k)) {
                return true;
            }
        }
        return false;
    }

    /** The case grammemes of token {@code i}'s readings that pass, as {@link #cases(TokenMorphology)}. */
    long cases(DocumentView view, int i) {
        List<WordForm> readings = view.morphology(i).readings();
        int[] lemmaNumbers = lemmas == null ? null : view.lemmaNumbers(i);
        long cases = 0;
        for (int k = 0; k < readings.size(); k++) {
            WordForm f = readings.get(k);
            if (lemmas == null && morph == null || accepts(f, lemmaNumbers, k)) {
                cases |= casesOf(f);
            }
        }
        return cases;
    }

    /** Whether reading {@code k}, whose lemma has number {@code lemmaNumbers[k]}, passes. */
    private boolean accepts(WordForm f, int[] lemmaNumbers, int k) {
        return (lemmas == null || LemmaNumbers.contains(lemmaBits, lemmaNumbers[k])) && (morph == null || morph.accepts(f));
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
                cases |= casesOf(f);
            }
        }
        return cases;
    }

    private static long casesOf(WordForm f) {
        boolean anyCase = f.has(Grammeme.FIXD) || f.pos() == org.faktograf.model.PartOfSpeech.LATN
                || f.pos() == org.faktograf.model.PartOfSpeech.UNKN;
        return anyCase ? MorphTest.CASES : f.grammemes() & MorphTest.CASES;
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
            if (fold(text.charAt(i)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A character as {@link #sameWord} compares it: lower case, ё as е. */
    static char fold(char c) {
        char lower = Character.toLowerCase(c);
        return lower == 'ё' ? 'е' : lower;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenTest t && Objects.equals(surface, t.surface) && Objects.equals(lemmas, t.lemmas)
                && Objects.equals(morph, t.morph);
    }

    @Override
    public int hashCode() {
        return Objects.hash(surface, lemmas, morph);
    }

    @Override
    public String toString() {
        return "TokenTest[surface=" + surface + ", lemmas=" + lemmas + ", morph=" + morph + "]";
    }
}
