package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.faktograf.model.Analysis;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;
import org.faktograf.pipeline.Stage;

/**
 * The morphology stage: one {@link TokenMorphology} per token, readings best first. Runs after
 * the segmenter (it needs tokens and sentences). Thread-safe; {@link #shared()} is the process-wide
 * instance.
 *
 * <p>Readings come from {@link WordAnalyzer}; numbers get NUMBER, punctuation and symbols PUNCT,
 * Latin words LATN, URLs and e-mail addresses UNKN, each with the token (lower-cased) as lemma.
 * The ranking, in order of precedence:
 * <ol>
 *   <li><b>Tier</b> by capitalisation and position. A capitalised word is in a <i>name slot</i>
 *       unless it opens a sentence, a quotation or a bracket; an opening word is in one too when
 *       the document writes one of its name lemmas capitalised inside a sentence (the title's
 *       «Кресс показал» and «Виктором Крессом» further on). In a name slot, dictionary first-name,
 *       patronymic and surname readings come first (and surname guesses for a word the dictionary
 *       knows only as a rare noun: Кресс, Крессом), then dictionary common readings; for a word the
 *       dictionary lacks, guessed names and guessed common words compete by weight, names at
 *       double weight, plural and non-noun common guesses at a fifth and a tenth (Обамой, but
 *       Роскосмоса, Еврокомиссия). A lower-case word ranks dictionary common readings first,
 *       guesses next, name readings last; an opening capitalised word ranks dictionary readings
 *       before guesses. An initial (a capital letter before a dot) ranks its initial reading
 *       first.</li>
 *   <li>A name in the plural (Семёнов as Семён's plural genitive) after one in the singular.</li>
 *   <li><b>Weight</b>: a dictionary lemma's frequency class ({@link RussianDictionary#lemmaFrequency};
 *       стали is стать before сталь), a guess's share ({@link SuffixGuesser}).</li>
 *   <li><b>Form prior</b>: nominative, genitive, accusative, locative, dative, instrumental in that
 *       order, singular before plural, masculine first for names (Путину is the man's dative
 *       before the woman's accusative), a patronymic before a surname, an interjection last.</li>
 *   <li><b>Document</b>: of an unknown capitalised word's guessed lemmas, the one more of the
 *       document's capitalised forms can have comes first (Обама, Обамы, Обамой: обама, not
 *       обам).</li>
 *   <li><b>Sentence context</b>, which reorders without removing: adjacent capitalised name words
 *       (Андрея Зверева, Виктором Крессом) agree in case, number and gender; adjectives and
 *       participles agree with the noun after them (Томской области: the adjective, genitive);
 *       a preposition puts the cases it governs first (в Томске, с Крессом), and after в or на an
 *       unknown capitalised word is a place rather than a surname (в Бангкоке).</li>
 * </ol>
 */
public final class MorphAnalyzer implements Stage {
    private static final long CASES = mask(NOMN, GENT, DATV, ACCS, ABLT, LOCT, VOCT, GEN2, LOC2);
    private static final long GENDERS = mask(MASC, FEMN, NEUT);
    /** Agreement groups are cut at this many words, so that the work per group stays bounded. */
    private static final int MAX_GROUP = 6;

    private final WordAnalyzer words;

    private MorphAnalyzer(RussianDictionary dictionary) {
        this.words = new WordAnalyzer(dictionary);
    }

    private static final class Holder {
        static final MorphAnalyzer INSTANCE = new MorphAnalyzer(RussianDictionary.shared());
    }

    /** The process-wide analyzer; loads the dictionary on first call. */
    public static MorphAnalyzer shared() {
        return Holder.INSTANCE;
    }

    /** One word as if inside a sentence (a capitalised word is in a name slot). */
    public TokenMorphology analyzeWord(String word) {
        return analyzeWord(word, false);
    }

    /** One word out of context; {@code sentenceStart} says whether it opens a sentence. */
    public TokenMorphology analyzeWord(String word, boolean sentenceStart) {
        return toMorphology(rankedReadings(word, sentenceStart));
    }

    /** Ranked readings of one word out of context. */
    List<MorphReading> rankedReadings(String word, boolean sentenceStart) {
        List<MorphReading> rs = words.analyze(word);
        boolean capital = capitalised(word);
        rank(rs, capital, capital && !sentenceStart, word.length() == 1 && capital);
        return rs;
    }

    /** Unranked readings of one word, for {@link Inflector}. */
    List<MorphReading> candidates(String word) {
        return words.analyze(word);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        int n = tokens.size();
        List<List<MorphReading>> readings = new ArrayList<>(n);
        boolean[] initial = sentenceInitial(analysis);
        for (Token t : tokens) {
            readings.add(t.isWord() ? words.analyze(t.text()) : nonWord(t));
        }
        // names the document writes capitalised inside sentences make a capitalised first word a name too
        Set<String> names = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !initial[i] && capitalised(t.text()) && !hasCommonAdjective(readings.get(i))) {
                for (MorphReading r : readings.get(i)) {
                    if (r.proper()) {
                        names.add(r.form().lemma());
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            boolean capital = capitalised(t.text());
            boolean nameSlot = capital && (!initial[i] || anyProperLemmaIn(readings.get(i), names));
            boolean initialLetter = capital && t.text().length() == 1 && i + 1 < n
                    && ".".equals(tokens.get(i + 1).text()) && tokens.get(i + 1).start() == t.end();
            rank(readings.get(i), capital, nameSlot, initialLetter);
        }
        preferLemmasTheDocumentDeclines(tokens, readings);
        List<Sentence> sentences = analysis.sentences();
        if (sentences.isEmpty()) {
            new ContextRanking(tokens, readings, 0, n).apply();
        } else {
            for (Sentence s : sentences) {
                new ContextRanking(tokens, readings, s.firstToken(), s.endToken()).apply();
            }
        }
        List<TokenMorphology> out = new ArrayList<>(n);
        for (List<MorphReading> rs : readings) {
            out.add(toMorphology(rs));
        }
        return analysis.withMorphology(out);
    }

    /**
     * An unknown capitalised word's guessed lemma that more of the document's forms share wins:
     * Обама, Обамы, Обаму, Обамой all fit обама, only some fit обам; Кресс, Кресса, Крессом fit
     * кресс, and кресса only Кресса.
     */
    private static void preferLemmasTheDocumentDeclines(List<Token> tokens, List<List<MorphReading>> readings) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && capitalised(t.text())) {
                for (MorphReading r : readings.get(i)) {
                    if (r.guessed()) {
                        forms.computeIfAbsent(r.form().lemma(), k -> new HashSet<>()).add(t.text().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            List<MorphReading> rs = readings.get(i);
            if (!tokens.get(i).isWord() || rs.size() < 2 || !rs.get(0).guessed() || !capitalised(tokens.get(i).text())) {
                continue;
            }
            int most = 0;
            for (MorphReading r : rs) {
                if (r.guessed()) {
                    most = Math.max(most, forms.get(r.form().lemma()).size());
                }
            }
            if (most > forms.get(rs.get(0).form().lemma()).size()) {
                final int top = most;
                promote(rs, r -> r.guessed() && forms.get(r.form().lemma()).size() == top);
            }
        }
    }

    private static List<MorphReading> nonWord(Token t) {
        List<MorphReading> rs = new ArrayList<>(1);
        String text = t.text();
        PartOfSpeech pos = switch (t.kind()) {
            case NUMBER -> PartOfSpeech.NUMBER;
            case PUNCT, SYMBOL -> PartOfSpeech.PUNCT;
            default -> PartOfSpeech.UNKN;
        };
        String lemma = t.kind() == TokenKind.NUMBER || pos == PartOfSpeech.PUNCT ? text : text.toLowerCase(Locale.ROOT);
        rs.add(WordAnalyzer.plain(lemma, pos, 0L, false));
        return rs;
    }

    /** First word of a sentence, or of a quotation or bracket: capitalised there for other reasons. */
    private static boolean[] sentenceInitial(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        boolean[] initial = new boolean[tokens.size()];
        List<Sentence> sentences = analysis.sentences();
        if (sentences.isEmpty()) {
            sentences = List.of(new Sentence(0, analysis.text().length(), 0, tokens.size()));
        }
        for (Sentence s : sentences) {
            boolean expect = true;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                    String p = t.text();
                    boolean opens = "«„“([".contains(p) || ("\"".equals(p) && i + 1 < s.endToken() && tokens.get(i + 1).start() == t.end());
                    if (opens) {
                        expect = true;
                    } else if (!"—–-".contains(p)) {
                        expect = false;
                    }
                } else {
                    initial[i] = expect;
                    expect = false;
                }
            }
        }
        return initial;
    }

    private static boolean hasCommonAdjective(List<MorphReading> rs) {
        for (MorphReading r : rs) {
            if (!r.guessed() && (r.form().pos() == PartOfSpeech.ADJF || r.form().pos() == PartOfSpeech.PRTF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyProperLemmaIn(List<MorphReading> rs, Set<String> names) {
        for (MorphReading r : rs) {
            if (r.proper() && names.contains(r.form().lemma())) {
                return true;
            }
        }
        return false;
    }

    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** Sorts readings by tier, weight and form prior (see the class comment); stable. */
    static void rank(List<MorphReading> rs, boolean capital, boolean nameSlot, boolean initialLetter) {
        if (rs.size() < 2) {
            return;
        }
        boolean known = false;
        for (MorphReading r : rs) {
            known |= !r.guessed();
        }
        rs.sort(ORDERS[(known ? 8 : 0) + (capital ? 4 : 0) + (nameSlot ? 2 : 0) + (initialLetter ? 1 : 0)]);
        dedupe(rs);
    }

    /** The sixteen orders, one per combination of the four flags, built once. */
    private static final Comparator<MorphReading>[] ORDERS = orders();

    @SuppressWarnings("unchecked")
    private static Comparator<MorphReading>[] orders() {
        Comparator<MorphReading>[] orders = new Comparator[16];
        for (int k = 0; k < 16; k++) {
            boolean known = (k & 8) != 0;
            boolean capital = (k & 4) != 0;
            boolean nameSlot = (k & 2) != 0;
            boolean initialLetter = (k & 1) != 0;
            orders[k] = Comparator
                    .comparingInt((MorphReading r) -> tier(r, known, capital, nameSlot, initialLetter))
                    .thenComparingInt(r -> r.proper() && r.form().has(PLUR) ? 0 : 1)
                    .thenComparingDouble(r -> nameSlot && !known ? nameSlotWeight(r) : r.weight())
                    .thenComparingInt(MorphAnalyzer::prior)
                    .reversed();
        }
        return orders;
    }

    /**
     * How much an unknown capitalised word inside a sentence leans to a name: its guessed name
     * readings compete with its guessed common-word readings at this multiple of their share.
     */
    private static final double NAME_SLOT_BOOST = 2.0;
    /** Such a word is a name of some kind (a place, a company): rarely plural, rarely not a noun. */
    private static final double NAME_SLOT_PLURAL = 0.2;
    private static final double NAME_SLOT_NOT_NOUN = 0.1;

    private static double nameSlotWeight(MorphReading r) {
        WordForm f = r.form();
        double w = r.weight();
        if (r.proper()) {
            return w * NAME_SLOT_BOOST;
        }
        if (f.has(PLUR)) {
            w *= NAME_SLOT_PLURAL;
        }
        return f.pos() == PartOfSpeech.NOUN ? w : w * NAME_SLOT_NOT_NOUN;
    }

    /** {@code known}: the dictionary has the word (some reading is not guessed). */
    private static int tier(MorphReading r, boolean known, boolean capital, boolean nameSlot, boolean initialLetter) {
        if (r.form().has(INIT)) {
            return initialLetter ? 4 : 0;
        }
        boolean proper = r.proper();
        boolean guessed = r.guessed();
        if (!capital) {
            return proper ? 1 : guessed ? 2 : 3;
        }
        if (nameSlot) {
            if (proper && (!guessed || known)) {
                return 3; // dictionary names, and names guessed for a word known only as a rare noun
            }
            return guessed ? 1 : 2;
        }
        return guessed ? 2 : 3;
    }

    private static int prior(MorphReading r) {
        long g = r.form().grammemes();
        int p = 0;
        if ((g & NOMN.bit()) != 0) {
            p = 6;
        } else if ((g & GENT.bit()) != 0) {
            p = 5;
        } else if ((g & ACCS.bit()) != 0) {
            p = 4;
        } else if ((g & LOCT.bit()) != 0) {
            p = 3;
        } else if ((g & DATV.bit()) != 0) {
            p = 2;
        } else if ((g & ABLT.bit()) != 0) {
            p = 1;
        }
        if ((g & PLUR.bit()) == 0) {
            p += 2;
        }
        if (r.proper() && (g & MASC.bit()) != 0) {
            p += 5;
        }
        if ((g & PATR.bit()) != 0) {
            p += 1; // Владимировичем: the patronymic before the rare surname
        }
        if (r.form().pos() == PartOfSpeech.INTJ) {
            p -= 10; // о, а: the preposition or conjunction before the interjection
        }
        return p;
    }

    private static void dedupe(List<MorphReading> rs) {
        for (int i = rs.size() - 1; i > 0; i--) {
            WordForm f = rs.get(i).form();
            for (int j = 0; j < i; j++) {
                if (rs.get(j).form().equals(f)) {
                    rs.remove(i);
                    break;
                }
            }
        }
    }

    static TokenMorphology toMorphology(List<MorphReading> rs) {
        List<WordForm> forms = new ArrayList<>(rs.size());
        for (MorphReading r : rs) {
            forms.add(r.form());
        }
        return new TokenMorphology(forms);
    }

    /** Agreement and government inside one sentence; see the class comment. */
    private static final class ContextRanking {
        private final List<Token> tokens;
        private final List<List<MorphReading>> readings;
        private final int from;
        private final int to;
        private final boolean[] grouped;

        ContextRanking(List<Token> tokens, List<List<MorphReading>> readings, int from, int to) {
            this.tokens = tokens;
            this.readings = readings;
            this.from = from;
            this.to = to;
            this.grouped = new boolean[to - from];
        }

        void apply() {
            nounPhrases();
            nameChains();
            prepositionObjects();
        }

        /**
         * Capitalised adjacent words with name readings, not taken by a noun phrase: Андрея
         * Зверева, Виктором Крессом.
         */
        private void nameChains() {
            int i = from;
            while (i < to) {
                int j = i;
                while (j < to && j - i < MAX_GROUP && !grouped[j - from] && nameWord(j) && (j == i || adjacent(j - 1, j))) {
                    j++;
                }
                if (j - i >= 2) {
                    if (agree(i, j, true)) {
                        for (int k = i; k < j; k++) {
                            grouped[k - from] = true;
                        }
                    }
                    i = j;
                } else {
                    i++;
                }
            }
        }

        /** Adjectives and participles before a noun: Томской области, особой экономической зоне. */
        private void nounPhrases() {
            int h = to - 1;
            while (h > from) {
                if (grouped[h - from] || !hasCommonNoun(h)) {
                    h--;
                    continue;
                }
                int i = h;
                while (i - 1 >= from && h - i + 1 < MAX_GROUP && !grouped[i - 1 - from]
                        && tokens.get(i - 1).isWord() && hasModifier(i - 1)) {
                    i--;
                }
                // the longest run of modifiers that agrees with the noun
                while (i < h && !agree(i, h + 1, false)) {
                    i++;
                }
                if (i < h) {
                    for (int k = i; k <= h; k++) {
                        grouped[k - from] = true;
                    }
                    h = i - 1;
                } else {
                    h--;
                }
            }
        }

        /** A word right after a preposition, not in a group: governed cases first. */
        private void prepositionObjects() {
            for (int i = from + 1; i < to; i++) {
                if (grouped[i - from] || !tokens.get(i).isWord()) {
                    continue;
                }
                long governed = governedCases(i - 1);
                if (governed != 0) {
                    List<MorphReading> rs = readings.get(i);
                    promote(rs, r -> (r.form().grammemes() & governed) != 0);
                    if (rs.get(0).guessed() && rs.get(0).proper() && locative(i - 1)) {
                        // в Бангкоке, на Хоккайдо: after в and на an unknown name is a place
                        promote(rs, r -> !r.proper() && (r.form().grammemes() & governed) != 0);
                    }
                }
            }
        }

        private boolean nameWord(int i) {
            Token t = tokens.get(i);
            if (!t.isWord() || !capitalised(t.text()) || t.text().length() < 2) {
                return false;
            }
            for (MorphReading r : readings.get(i)) {
                if (r.proper()) {
                    return true;
                }
            }
            return false;
        }

        private boolean adjacent(int a, int b) {
            return tokens.get(a).isWord() && tokens.get(b).isWord() && b == a + 1;
        }

        private boolean hasCommonNoun(int i) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
            for (MorphReading r : readings.get(i)) {
                if (commonNoun(r)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasModifier(int i) {
            for (MorphReading r : readings.get(i)) {
                if (modifier(r)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Picks the case, number and gender that every word of tokens {@code [i, j)} can take with
         * the least demotion of its readings (and that a preposition before them governs, when
         * possible), and moves the readings that have it to the front; false if there is none.
         */
        private boolean agree(int i, int j, boolean names) {
            long governed = i > from ? governedCases(i - 1) : 0;
            Features best = null;
            int bestCost = Integer.MAX_VALUE;
            boolean bestGoverned = false;
            for (int k = i; k < j; k++) {
                for (MorphReading r : readings.get(k)) {
                    Features f = Features.of(r.form().grammemes());
                    if (f == null || !(names ? r.proper() : role(k, j, r))) {
                        continue;
                    }
                    int cost = 0;
                    for (int m = i; m < j && cost < Integer.MAX_VALUE; m++) {
                        int at = firstSupporting(m, j, f, names);
                        cost = at < 0 ? Integer.MAX_VALUE : cost + at;
                    }
                    if (cost == Integer.MAX_VALUE) {
                        continue;
                    }
                    boolean ok = governed != 0 && (f.caseBit & governed) != 0;
                    if (best == null || (ok && !bestGoverned) || (ok == bestGoverned && cost < bestCost)) {
                        best = f;
                        bestCost = cost;
                        bestGoverned = ok;
                    }
                }
            }
            if (best == null) {
                return false;
            }
            Features chosen = best;
            for (int m = i; m < j; m++) {
                final int at = m;
                promote(readings.get(m), r -> supports(r, chosen, names, at == j - 1));
            }
            return true;
        }

        private boolean role(int k, int end, MorphReading r) {
            return k == end - 1 ? commonNoun(r) : modifier(r);
        }

        private int firstSupporting(int m, int end, Features f, boolean names) {
            List<MorphReading> rs = readings.get(m);
            for (int x = 0; x < rs.size(); x++) {
                if (supports(rs.get(x), f, names, m == end - 1)) {
                    return x;
                }
            }
            return -1;
        }

        private static boolean supports(MorphReading r, Features f, boolean names, boolean head) {
            if (names ? !r.proper() : !(head ? commonNoun(r) : modifier(r))) {
                return false;
            }
            long g = r.form().grammemes();
            boolean fixed = (g & FIXD.bit()) != 0;
            if (!fixed && (g & f.caseBit) == 0) {
                return false;
            }
            if (f.plural) {
                return (g & PLUR.bit()) != 0 || (fixed && (g & SING.bit()) == 0);
            }
            if ((g & PLUR.bit()) != 0) {
                return false;
            }
            long gender = g & GENDERS;
            return f.genderBit == 0 || gender == 0 || (gender & f.genderBit) != 0 || (g & MSF.bit()) != 0;
        }

        private boolean locative(int p) {
            String w = tokens.get(p).text().toLowerCase(Locale.ROOT);
            return w.equals("в") || w.equals("во") || w.equals("на");
        }

        /** The cases a preposition at token {@code p} governs, or 0 if it is no preposition. */
        private long governedCases(int p) {
            Token t = tokens.get(p);
            if (!t.isWord()) {
                return 0;
            }
            boolean preposition = false;
            for (MorphReading r : readings.get(p)) {
                if (r.form().pos() == PartOfSpeech.PREP) {
                    preposition = true;
                    break;
                }
            }
            return preposition ? Prepositions.governedCases(t.text().toLowerCase(Locale.ROOT)) : 0;
        }
    }

    private static boolean commonNoun(MorphReading r) {
        WordForm f = r.form();
        return f.pos() == PartOfSpeech.NOUN && !r.proper() && !f.has(INIT) && !f.has(ABBR);
    }

    private static boolean modifier(MorphReading r) {
        PartOfSpeech p = r.form().pos();
        return p == PartOfSpeech.ADJF || p == PartOfSpeech.PRTF;
    }

    /** Stable: readings that pass first, the others after, each in their order. */
    private static void promote(List<MorphReading> rs, Predicate<MorphReading> test) {
        if (rs.size() < 2) {
            return;
        }
        List<MorphReading> yes = new ArrayList<>(rs.size());
        List<MorphReading> no = new ArrayList<>(rs.size());
        for (MorphReading r : rs) {
            (test.test(r) ? yes : no).add(r);
        }
        if (yes.isEmpty() || no.isEmpty()) {
            return;
        }
        rs.clear();
        rs.addAll(yes);
        rs.addAll(no);
    }

    /** Case, number and gender a group of words agrees in. */
    private record Features(long caseBit, boolean plural, long genderBit) {
        static Features of(long g) {
            long c = g & CASES;
            if (Long.bitCount(c) != 1) {
                return null;
            }
            boolean plural = (g & PLUR.bit()) != 0;
            long gender = plural ? 0 : g & GENDERS;
            return new Features(c, plural, Long.bitCount(gender) == 1 ? gender : 0);
        }
    }
}
