package org.faktograf.facts.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faktograf.model.Analysis;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Grammeme;
import org.faktograf.model.Mention;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.Token;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;

/**
 * The tokens, readings and mentions of one analysed document, indexed for matching: the mentions
 * starting at each token, longest first, each tied to its entity. Built once per document; not
 * shared between threads.
 */
public final class DocumentView {
    private static final MentionSpan[] NONE = new MentionSpan[0];
    private static final Comparator<MentionSpan> DERIVED_FIRST_THEN_LONGEST = Comparator
            .comparing((MentionSpan m) -> !m.derived())
            .thenComparing(Comparator.comparingInt(MentionSpan::tokenCount).reversed());
    private static final Set<String> BOARDS = Set.of("правление", "совет", "президиум", "дирекция", "коллегия");

    private final Analysis analysis;
    private final MentionSpan[][] startingAt;
    private final Map<String, Entity> entityOfMention;
    private final int[] partsOfSpeech;
    private final Set<String> bodyNouns;
    /** Per test number, per token: 0 not tried yet, else {@link #FAILS} or {@link #PASSES}. */
    private byte[][] testOutcomes;
    /** Token texts as surface tests read them (lower case, ё as е), made on first need. */
    private final String[] foldedTexts;
    /** Per token, the {@link LemmaNumbers} number of each reading's lemma (-1: no rule names it), made on first need. */
    private final int[][] lemmaNumbers;
    private static final byte FAILS = 1;
    private static final byte PASSES = 2;

    public DocumentView(Analysis analysis) {
        this(analysis, Set.of());
    }

    /**
     * @param bodyNouns lemmas of nouns that name a body of people (bodies.txt: правительство,
     *        фракция, пресс-служба), for taking a post apart from the body its mention runs into
     */
    public DocumentView(Analysis analysis, Set<String> bodyNouns) {
        this.analysis = analysis;
        this.bodyNouns = bodyNouns;
        List<Token> tokens = analysis.tokens();
        int n = tokens.size();
        partsOfSpeech = new int[n];
        foldedTexts = new String[n];
        lemmaNumbers = new int[n][];
        testOutcomes = new byte[TokenTest.count()][];
        entityOfMention = new HashMap<>();
        for (Entity e : analysis.entities()) {
            for (String id : e.mentionIds()) {
                entityOfMention.put(id, e);
            }
        }
        List<MentionSpan> spans = new ArrayList<>(analysis.mentions().size() + 4);
        for (Mention m : analysis.mentions()) {
            int first = firstTokenAtOrAfter(tokens, m.start());
            int end = firstTokenAtOrAfter(tokens, m.end());
            if (first < end) {
                spans.add(new MentionSpan(m, first, end, head(first, end), entityOfMention.get(m.id()), false));
            }
        }
        addPostParts(spans);
        @SuppressWarnings("unchecked")
        List<MentionSpan>[] lists = new List[n];
        for (MentionSpan s : spans) {
            if (lists[s.firstToken()] == null) {
                lists[s.firstToken()] = new ArrayList<>(2);
            }
            lists[s.firstToken()].add(s);
        }
        startingAt = new MentionSpan[n][];
        for (int i = 0; i < n; i++) {
            if (lists[i] == null) {
                startingAt[i] = NONE;
            } else {
                lists[i].sort(DERIVED_FIRST_THEN_LONGEST);
                startingAt[i] = lists[i].toArray(NONE);
            }
        }
    }

    /**
     * Adds shorter post parts of PROFESSION mentions as derived spans, tried before the mention, so
     * that patterns can take the post and the organisation apart as factRuEval does (the mention
     * itself stays, for a post with no organisation after it):
     * <ul>
     * <li>a mention that also holds the organisation or place it belongs to (NEREL marks
     *     «Президент России» as one PROFESSION with COUNTRY «России» inside): the post part before
     *     the first such inner mention, and the post word with what comes before it;</li>
     * <li>a post word followed by a body noun before an organisation or place («глава |
     *     правительства Израиля», «лидер | фракции» КПРФ, «заместитель начальника |
     *     пресс-службы» МЧС): the part before the body noun alone;</li>
     * <li>a mention cut off inside a noun phrase, ending with an adjective of the organisation
     *     («глава синодального» отдела, «лидер французского» Национального фронта): the part
     *     before that adjective.</li>
     * </ul>
     */
    private void addPostParts(List<MentionSpan> spans) {
        int count = spans.size();
        for (int i = 0; i < count; i++) {
            MentionSpan p = spans.get(i);
            if (p.mention().type() != EntityType.PROFESSION) {
                continue;
            }
            int cut = p.endToken();
            for (int j = 0; j < count; j++) {
                MentionSpan q = spans.get(j);
                // inside the mention, or starting inside it and running on («глава | государственной
                // Комиссии по» with the organisation «государственной Комиссии по атомной энергии»)
                if (q != p && isOrganisationOrPlace(q.mention().type()) && q.firstToken() > p.firstToken()
                        && q.firstToken() < cut) {
                    cut = q.firstToken();
                }
            }
            while (cut > p.firstToken() && !isContentWord(cut - 1)) {
                cut--;
            }
            int head = head(p.firstToken(), cut);
            // a post word, a body noun, and an organisation or place after it: the post word alone
            int bodyNoun = -1;
            for (int t = head + 1; t < cut; t++) {
                if (isBodyNoun(t)) {
                    bodyNoun = isBoard(t) ? -1 : t;
                    break;
                }
            }
            if (bodyNoun > head && startsBody(spans, count, bodyNoun + 1)) {
                int k = bodyNoun;
                while (k - 1 > head && isAdjective(k - 1)) {
                    k--;
                }
                spans.add(new MentionSpan(p.mention(), p.firstToken(), k, head, p.entity(), true));
                continue;
            }
            if (cut == p.endToken()) {
                // ended inside a noun phrase: trailing adjectives after the post word belong to what follows
                int end = cut;
                while (end - 1 > head && isAdjective(end - 1)) {
                    end--;
                }
                if (end < cut) {
                    spans.add(new MentionSpan(p.mention(), p.firstToken(), end, head, p.entity(), true));
                }
                continue;
            }
            if (cut > p.firstToken() && cut < p.endToken() && hasNoun(p.firstToken(), cut)) {
                spans.add(new MentionSpan(p.mention(), p.firstToken(), cut, head, p.entity(), true));
                // and the post word alone, for a body named with a noun before its name
                // («координатор | движения «Левый фронт»»)
                if (head + 1 < cut && analysis.tokens().get(head).isWord() && best(head).pos() == PartOfSpeech.NOUN) {
                    spans.add(new MentionSpan(p.mention(), p.firstToken(), head + 1, head, p.entity(), true));
                }
            }
        }
    }

    /** A governing board, whose chair is a post of its own: «председатель правления» ЮКОСа. */
    private boolean isBoard(int token) {
        String lemma = best(token).lemma().toLowerCase(java.util.Locale.ROOT);
        return BOARDS.contains(lemma);
    }

    private boolean hasNoun(int first, int end) {
        for (int i = first; i < end; i++) {
            if (analysis.tokens().get(i).isWord() && best(i).pos() == PartOfSpeech.NOUN) {
                return true;
            }
        }
        return false;
    }

    private boolean isBodyNoun(int token) {
        if (bodyNouns.isEmpty() || !analysis.tokens().get(token).isWord()) {
            return false;
        }
        for (WordForm f : analysis.morphology().get(token).readings()) {
            if (f.pos() == PartOfSpeech.NOUN && f.has(Grammeme.GENT)
                    && bodyNouns.contains(f.lemma().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е'))) {
                return true;
            }
        }
        return false;
    }

    private boolean isAdjective(int token) {
        if (!analysis.tokens().get(token).isWord()) {
            return false;
        }
        PartOfSpeech p = best(token).pos();
        return p == PartOfSpeech.ADJF || p == PartOfSpeech.PRTF;
    }

    /** Whether an organisation or place mention starts at {@code from}, maybe after adjectives and a quote. */
    private boolean startsBody(List<MentionSpan> spans, int count, int from) {
        int n = analysis.tokens().size();
        for (int t = from; t < n && t < from + 4; t++) {
            for (int j = 0; j < count; j++) {
                MentionSpan q = spans.get(j);
                if (q.firstToken() == t && isOrganisationOrPlace(q.mention().type())) {
                    return true;
                }
            }
            String text = analysis.tokens().get(t).text();
            if (!(text.equals("«") || text.equals("\"") || isAdjective(t))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isOrganisationOrPlace(EntityType t) {
        return t == EntityType.ORGANIZATION || t.isGeoPolitical() || t == EntityType.LOCATION;
    }

    private boolean isContentWord(int token) {
        if (!analysis.tokens().get(token).isWord()) {
            return false;
        }
        PartOfSpeech p = best(token).pos();
        return p != PartOfSpeech.PREP && p != PartOfSpeech.CONJ && p != PartOfSpeech.PRCL;
    }

    /** The first noun of the span (the head of most Russian noun phrases), else its first token. */
    private int head(int first, int end) {
        for (int i = first; i < end; i++) {
            if (analysis.tokens().get(i).isWord() && best(i).pos() == PartOfSpeech.NOUN) {
                return i;
            }
        }
        return first;
    }

    private WordForm best(int token) {
        List<TokenMorphology> m = analysis.morphology();
        return token < m.size() ? m.get(token).best() : new WordForm("", PartOfSpeech.UNKN, 0, true);
    }

    private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public Analysis analysis() {
        return analysis;
    }

    public int tokenCount() {
        return startingAt.length;
    }

    public Token token(int i) {
        return analysis.tokens().get(i);
    }

    public TokenMorphology morphology(int i) {
        return analysis.morphology().get(i);
    }

    /** The parts of speech of token {@code i}'s readings, a bit per {@code PartOfSpeech} ordinal. */
    public int partsOfSpeech(int i) {
        if (partsOfSpeech[i] == 0) { // every token has a reading, so 0 is not made yet
            lemmaNumbers(i);
        }
        return partsOfSpeech[i];
    }

    /** Whether token {@code i} passes the test, worked out on the first question only. */
    boolean passes(TokenTest test, int i) {
        int number = test.number();
        if (number >= testOutcomes.length) {
            testOutcomes = java.util.Arrays.copyOf(testOutcomes, TokenTest.count());
        }
        byte[] outcomes = testOutcomes[number];
        if (outcomes == null) {
            outcomes = new byte[startingAt.length];
            testOutcomes[number] = outcomes;
        }
        byte outcome = outcomes[i];
        if (outcome == 0) {
            outcome = test.evaluate(this, i) ? PASSES : FAILS;
            outcomes[i] = outcome;
        }
        return outcome == PASSES;
    }

    /** Token {@code i}'s text in lower case with ё as е, letter by letter as {@code TokenTest.sameWord} reads it. */
    public String foldedText(int i) {
        String folded = foldedTexts[i];
        if (folded == null) {
            String text = token(i).text();
            char[] chars = new char[text.length()];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = TokenTest.fold(text.charAt(k));
            }
            folded = new String(chars);
            foldedTexts[i] = folded;
        }
        return folded;
    }

    /**
     * The lemma number of each reading of token {@code i}, in reading order; -1 for a lemma no rule
     * names. Notes the token's parts of speech on the way.
     */
    public int[] lemmaNumbers(int i) {
        int[] numbers = lemmaNumbers[i];
        if (numbers == null) {
            List<WordForm> readings = morphology(i).readings();
            numbers = new int[readings.size()];
            int mask = 0;
            for (int k = 0; k < numbers.length; k++) {
                WordForm f = readings.get(k);
                mask |= 1 << f.pos().ordinal();
                String lemma = f.lemma();
                // readings of one lemma come together
                numbers[k] = k > 0 && lemma.equals(readings.get(k - 1).lemma()) ? numbers[k - 1]
                        : LemmaNumbers.find(TokenTest.withoutYo(lemma));
            }
            lemmaNumbers[i] = numbers;
            partsOfSpeech[i] = mask;
        }
        return numbers;
    }

    /** Mentions starting at token {@code i}: derived post parts first, then longest first. */
    public MentionSpan[] mentionsAt(int i) {
        return startingAt[i];
    }

    /** The entity a mention belongs to, or {@code null}. */
    public Entity entityOf(String mentionId) {
        return entityOfMention.get(mentionId);
    }
}
