package org.faktograf.norm;

import static org.faktograf.model.Grammeme.NOMN;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faktograf.model.Analysis;
import org.faktograf.model.Grammeme;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.Token;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;
import org.faktograf.morph.Inflector;

/**
 * Puts the head phrase of a span in the nominative and leaves its dependents as they are:
 * Томской области → Томская область, администрацией Томской области → администрация Томской
 * области, концерна «Российская электроника» → концерн «Российская электроника». The head phrase
 * is the adjectives and participles at the start and the first word after them; they agree with
 * the head in number and gender, as the morphology read them in context. Words in quotes, Latin
 * words, numbers and indeclinable words stay as written. Thread-safe.
 */
public final class PhraseNominalizer {
    private final Inflector inflector;

    public PhraseNominalizer(Inflector inflector) {
        this.inflector = inflector;
    }

    /** The span's tokens {@code [from, to)} with the head phrase in the nominative. */
    public String nominative(Analysis a, int from, int to) {
        return nominative(a, from, to, false, Map.of());
    }

    /**
     * The same; {@code animateHead} prefers an animate reading of the head noun, for posts and
     * descriptors of people (премьеру: премьер, not премьера).
     */
    public String nominative(Analysis a, int from, int to, boolean animateHead, Map<String, Integer> lemmaVotes) {
        String[] words = surface(a, from, to);
        List<Token> tokens = a.tokens();
        List<TokenMorphology> morph = a.morphology();
        if (morph.isEmpty()) {
            return join(a, from, to, words);
        }
        int head = -1;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (ORDINAL.matcher(t.text()).matches()) {
                continue; // 13-й долговременной экспедиции: a numeral ordinal, put in agreement below
            }
            if (!t.isWord()) {
                break; // a quote or other mark before the head: a quoted name, keep it
            }
            WordForm best = morph.get(i).best();
            if (best.pos() == PartOfSpeech.CONJ && i > from && i + 1 < to && isModifier(morph.get(i - 1).best())
                    && tokens.get(i + 1).isWord() && isModifier(morph.get(i + 1).best())) {
                continue; // продовольственной и сельскохозяйственной организации
            }
            if (!isModifier(best)) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return join(a, from, to, words);
        }
        String headText = tokens.get(head).text();
        WordForm headReading = Character.isUpperCase(headText.charAt(0)) && !lemmaVotes.isEmpty()
                ? nameReading(morph.get(head), lemmaVotes) : null;
        if (headReading == null) {
            headReading = nounReading(morph.get(head), animateHead);
        }
        if (headReading == null || !declinable(headReading) || keptAsWritten(headText, morph.get(head))) {
            return join(a, from, to, words);
        }
        words[head - from] = hyphenCase(headText, inflector.toNominative(headText, headReading));
        long target = Inflector.agreementTarget(NOMN, headReading.grammemes());
        for (int i = from; i < head; i++) {
            java.util.regex.Matcher ordinal = ORDINAL.matcher(tokens.get(i).text());
            if (ordinal.matches()) {
                words[i - from] = ordinal.group(1) + "-" + ordinalEnding(headReading);
                continue;
            }
            WordForm r = morph.get(i).best();
            if (declinable(r) && isModifier(r)) {
                String w = tokens.get(i).text();
                words[i - from] = inflector.inflect(w, r, target).orElse(w);
            }
        }
        apposedName(a, head, to, headReading, words, from);
        return join(a, from, to, words);
    }

    /**
     * A head the dictionary does not know that reads best as written: an abbreviation or a web
     * name (ЗАЗ, Лента.ру) or a foreign word in a vowel that does not decline (Дежавю). Declining
     * such a word from a guessed ending cuts it (Лента.р, Дежавя).
     */
    private static boolean keptAsWritten(String text, TokenMorphology m) {
        for (WordForm f : m.readings()) {
            if (!f.guessed()) {
                return false;
            }
        }
        if (text.indexOf('.') >= 0 || text.chars().noneMatch(Character::isLowerCase)) {
            return true;
        }
        // -ю, -э, -о end no case form of a noun the guesser would decline (Дежавю, Монако)
        return "юэо".indexOf(Character.toLowerCase(text.charAt(text.length() - 1))) >= 0;
    }

    /**
     * Descriptor words whose name follows in the same case (реки Славянки, города Томска,
     * республики Крым): the name is in apposition and goes into the nominative with them.
     */
    private static final Set<String> APPOSITION_HEADS = Set.of(
            "город", "река", "озеро", "остров", "село", "деревня", "посёлок", "поселок", "станица", "море",
            "гора", "полуостров", "пролив", "залив", "штат", "провинция", "республика", "аэропорт", "порт",
            "станция", "улица", "проспект", "бульвар", "канал", "хребет", "пустыня", "долина", "муниципалитет");

    private void apposedName(Analysis a, int head, int to, WordForm headReading, String[] words, int from) {
        int next = head + 1;
        if (next >= to || !APPOSITION_HEADS.contains(headReading.lemma())
                || !Character.isLowerCase(a.tokens().get(head).text().charAt(0))) {
            return;
        }
        Token t = a.tokens().get(next);
        if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) {
            return;
        }
        long caseBit = headReading.grammemes() & CASE_BITS;
        for (WordForm f : a.morphology().get(next).readings()) {
            if (f.pos() == PartOfSpeech.NOUN && (f.grammemes() & caseBit) != 0 && !f.has(Grammeme.PLUR) && declinable(f)) {
                words[next - from] = inflector.toNominative(t.text(), f);
                return;
            }
        }
    }

    private static final long CASE_BITS = Grammeme.mask(Grammeme.cases());

    /**
     * A capitalised head's reading for a name of a place or body: singular, no person's name, the
     * lemma the document's other name words support most (Кубы, Кубе: куба, not куб; Молдовы:
     * молдова, not the plural of a surname); {@code null} when it has no such reading.
     */
    private static WordForm nameReading(TokenMorphology m, Map<String, Integer> votes) {
        WordForm best = null;
        int bestVotes = -1;
        for (WordForm f : m.readings()) {
            if (f.pos() != PartOfSpeech.NOUN || f.has(Grammeme.PLUR) || f.has(Grammeme.NAME) || f.has(Grammeme.SURN)
                    || f.has(Grammeme.PATR) || !hasCase(f)) {
                continue;
            }
            int v = votes.getOrDefault(f.lemma(), 0);
            if (v > bestVotes) {
                best = f;
                bestVotes = v;
            }
        }
        return best;
    }

    /**
     * Counts, over the capitalised words of a document's names (not people's), the singular
     * common-noun lemmas each could have: the evidence {@link #nameReading} weighs.
     */
    public static Map<String, Integer> lemmaVotes(Analysis a, List<MentionTokens> spans) {
        Map<String, Integer> votes = new HashMap<>();
        for (MentionTokens span : spans) {
            for (int i = span.from(); i < span.to(); i++) {
                Token t = a.tokens().get(i);
                if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) {
                    continue;
                }
                Set<String> lemmas = new HashSet<>();
                for (WordForm f : a.morphology().get(i).readings()) {
                    if (f.pos() == PartOfSpeech.NOUN && !f.has(Grammeme.PLUR) && !f.has(Grammeme.NAME)
                            && !f.has(Grammeme.SURN) && !f.has(Grammeme.PATR)) {
                        lemmas.add(f.lemma());
                    }
                }
                for (String l : lemmas) {
                    votes.merge(l, 1, Integer::sum);
                }
            }
        }
        return votes;
    }

    /**
     * The inflected word with the capitals of the original's hyphen-separated parts: the inflector
     * keeps only the first (Ростове-на-Дону → Ростов-на-Дону, not Ростов-на-дону).
     */
    static String hyphenCase(String original, String inflected) {
        String[] o = original.split("-", -1);
        String[] f = inflected.split("-", -1);
        if (o.length != f.length || o.length < 2) {
            return inflected;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.length; i++) {
            String part = f[i];
            if (!o[i].isEmpty() && !part.isEmpty() && Character.isUpperCase(o[i].charAt(0))) {
                part = Character.toUpperCase(part.charAt(0)) + part.substring(1);
            }
            b.append(i > 0 ? "-" : "").append(part);
        }
        return b.toString();
    }

    /** A numeral ordinal with its case ending: 13-й, 12-ой, 16-ю. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(\\d+)-(?:[а-яё]{1,3})");

    /** The nominative ending of a numeral ordinal agreeing with its noun: 13-й съезд, 13-я экспедиция, 13-е место. */
    private static String ordinalEnding(WordForm head) {
        if (head.has(Grammeme.PLUR)) {
            return "е";
        }
        return head.has(Grammeme.FEMN) ? "я" : head.has(Grammeme.NEUT) ? "е" : "й";
    }

    /** The span as written, with one space where the text has any white space. */
    public static String surfaceText(Analysis a, int from, int to) {
        return join(a, from, to, surface(a, from, to));
    }

    private static String[] surface(Analysis a, int from, int to) {
        String[] words = new String[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            words[i - from] = a.tokens().get(i).text();
        }
        return words;
    }

    static String join(Analysis a, int from, int to, String[] words) {
        StringBuilder b = new StringBuilder();
        List<Token> tokens = a.tokens();
        String text = a.text();
        for (int i = from; i < to; i++) {
            if (i > from) {
                int gapStart = tokens.get(i - 1).end();
                int gapEnd = tokens.get(i).start();
                if (gapEnd > gapStart && !text.substring(gapStart, gapEnd).isEmpty()) {
                    b.append(' ');
                }
            }
            b.append(words[i - from]);
        }
        return b.toString();
    }

    private static boolean isModifier(WordForm f) {
        return (f.pos() == PartOfSpeech.ADJF || f.pos() == PartOfSpeech.PRTF) && hasCase(f);
    }

    /** The best reading if it is a noun, else the first noun reading, else the best if it has a case. */
    private static WordForm nounReading(TokenMorphology m, boolean animate) {
        WordForm best = m.best();
        if (animate && !best.has(Grammeme.ANIM)) {
            for (WordForm f : m.readings()) {
                if (f.pos() == PartOfSpeech.NOUN && f.has(Grammeme.ANIM) && !f.guessed()) {
                    return f;
                }
            }
        }
        if (best.pos() == PartOfSpeech.NOUN) {
            return best;
        }
        for (WordForm f : m.readings()) {
            if (f.pos() == PartOfSpeech.NOUN) {
                return f;
            }
        }
        return hasCase(best) ? best : null;
    }

    private static boolean declinable(WordForm f) {
        return hasCase(f) && !f.has(Grammeme.FIXD) && !f.has(Grammeme.INIT) && !f.has(NOMN);
    }

    private static boolean hasCase(WordForm f) {
        for (Grammeme c : CASES) {
            if (f.has(c)) {
                return true;
            }
        }
        return false;
    }

    private static final Grammeme[] CASES = Grammeme.cases();
}
