package org.faktograf.ner;

import java.util.List;
import org.faktograf.model.Grammeme;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;

/**
 * The per-token features every tagger shares: the word and its neighbours, affixes, shape,
 * position in quotes and sentence, gazetteer matches, word clusters and morphology (lemma, part
 * of speech, case, the dictionary's name, patronymic, surname and place marks). Written as
 * fingerprints into a {@link FeatureBuffer}; training and tagging call the same code, so they see
 * the same features.
 */
public final class TokenFeatures {
    // template ids; their values are part of the trained model
    private static final int BIAS = 1, WORD = 2, WORD_EXACT = 3, PREV = 4, NEXT = 5, PREV2 = 6, NEXT2 = 7,
            BIGRAM_PREV = 8, BIGRAM_NEXT = 9, PREFIX = 10, SUFFIX = 11, SHAPE = 12, SHAPE_PREV = 13,
            SHAPE_NEXT = 14, SHAPE_TRI = 15, FIRST = 16, QUOTE = 17, GAZ = 18, STEM = 19, STEM_PREV = 20,
            STEM_NEXT = 21, LENGTH = 22, LEMMA = 23, POS = 24, CASE = 25, NAME_MARK = 26, POS_PREV = 27,
            POS_NEXT = 28, LEMMA_PREV = 29, LEMMA_NEXT = 30, GUESSED = 31, CLUSTER = 32, CLUSTER_PREV = 33,
            CLUSTER_NEXT = 34, NAME_MARK_PREV = 35, NAME_MARK_NEXT = 36, SHAPE_WORD_NEXT = 37, POS_CASE = 38,
            GAZ_WINDOW = 39, MORPH_CLASS = 40, MORPH_CLASS_PREV = 41, MORPH_CLASS_NEXT = 42, DOC_CASE = 43,
            SHAPE_MARKS = 44, QUOTE_HEAD = 45, QUOTE_HEAD_WORD = 46;

    private static final long[] MARKS = {
        Grammeme.NAME.bit(), Grammeme.SURN.bit(), Grammeme.PATR.bit(), Grammeme.GEOX.bit(),
        Grammeme.ORGN.bit(), Grammeme.ABBR.bit()
    };
    private static final long CASES = Grammeme.mask(Grammeme.cases());
    private static final long FORM = Grammeme.mask(Grammeme.ANIM, Grammeme.INAN, Grammeme.MASC, Grammeme.FEMN,
            Grammeme.NEUT, Grammeme.SING, Grammeme.PLUR);
    // document statistics of a stem: bits for capitalised inside a sentence, lower case, sentence-initial
    private static final int DOC_CAPITAL = 1, DOC_LOWER = 2;

    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    public TokenFeatures(Gazetteer gazetteer, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Per-document scratch arrays, reused. */
    public static final class Workspace {
        long[] word = new long[0];
        long[] stem = new long[0];
        long[] shape = new long[0];
        long[] lemma = new long[0];
        long[] pos = new long[0];
        long[] cluster = new long[0];
        int[] marks = new int[0];
        int[] quote = new int[0];
        int[] quoteOpen = new int[0];
        boolean[] first = new boolean[0];
        int[] gaz = new int[0];
        long[] morphClass = new long[0];
        final LongIntMap docStems = new LongIntMap(1024);

        /** The word fingerprints of the last extraction. */
        public long[] words() {
            return word;
        }

        /** The stem fingerprints of the last extraction. */
        public long[] stems() {
            return stem;
        }

        void ensure(int n) {
            if (word.length < n) {
                int size = Math.max(n, word.length * 2);
                word = new long[size];
                stem = new long[size];
                shape = new long[size];
                lemma = new long[size];
                pos = new long[size];
                cluster = new long[size];
                marks = new int[size];
                quote = new int[size];
                quoteOpen = new int[size];
                first = new boolean[size];
                gaz = new int[size * 4];
                morphClass = new long[size];
            }
        }
    }

    /**
     * Extracts the features of all tokens into {@code out} (cleared first). {@code morphology} is
     * parallel to {@code tokens} or empty.
     */
    public void extract(List<Token> tokens, List<Sentence> sentences, List<TokenMorphology> morphology,
                        FeatureBuffer out, Workspace ws) {
        int n = tokens.size();
        out.clear();
        ws.ensure(n + 1);
        boolean morph = morphology.size() == n && n > 0;
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i).text();
            ws.word[i] = FeatureHash.mixLower(FeatureHash.start(WORD), t);
            ws.stem[i] = WordStem.key(t);
            ws.shape[i] = shape(t);
            ws.first[i] = false;
            ws.cluster[i] = clusters.cluster(t);
            if (morph) {
                WordForm best = morphology.get(i).best();
                ws.lemma[i] = FeatureHash.mixLower(FeatureHash.start(LEMMA), best.lemma());
                ws.pos[i] = FeatureHash.mix(FeatureHash.start(POS), best.pos().ordinal());
                int m = 0;
                for (int k = 0; k < MARKS.length; k++) {
                    for (WordForm f : morphology.get(i).readings()) {
                        if ((f.grammemes() & MARKS[k]) != 0) {
                            m |= 1 << k;
                            break;
                        }
                    }
                }
                if (best.guessed()) {
                    m |= 1 << MARKS.length;
                }
                ws.marks[i] = m;
                ws.morphClass[i] = morphClass(morphology.get(i));
            } else {
                ws.lemma[i] = ws.word[i];
                ws.pos[i] = 0;
                ws.marks[i] = 0;
                ws.morphClass[i] = 0;
            }
        }
        for (Sentence s : sentences) {
            if (s.firstToken() < n && s.endToken() > s.firstToken()) {
                ws.first[s.firstToken()] = true;
            }
        }
        if (n > 0) {
            ws.first[0] = true;
        }
        quoteDepths(tokens, ws.first, ws.quote, ws.quoteOpen);
        documentStems(tokens, ws);
        gazetteer.match(ws.stem, n, ws.gaz);

        for (int i = 0; i < n; i++) {
            String t = tokens.get(i).text();
            long wPrev = i > 0 ? ws.word[i - 1] : 11;
            long wNext = i + 1 < n ? ws.word[i + 1] : 13;
            // core features, which every tagger reads
            add(out, FeatureHash.start(BIAS));
            add(out, ws.word[i]);
            add(out, combine(SHAPE, ws.shape[i]));
            add(out, combine(STEM, ws.stem[i]));
            add(out, combine(QUOTE, ws.quote[i]));
            int open = ws.quoteOpen[i];
            long head = open > 0 ? ws.stem[open - 1] : 17;
            if (open >= 0) {
                // the word before the opening quote says what the quoted name is: компания, партия, газета, проект
                add(out, combine(QUOTE_HEAD, head));
            }
            if (ws.first[i]) {
                add(out, combine(FIRST, ws.shape[i]));
            }
            if (morph) {
                WordForm best = morphology.get(i).best();
                add(out, ws.lemma[i]);
                add(out, ws.pos[i]);
                add(out, combine(CASE, best.grammemes() & CASES));
                add(out, combine(MORPH_CLASS, ws.morphClass[i]));
            }
            out.markCore();
            // the rest, read by the innermost layer and the name tagger
            add(out, FeatureHash.mixExact(FeatureHash.start(WORD_EXACT), t, 0, t.length()));
            add(out, combine(PREV, wPrev));
            add(out, combine(NEXT, wNext));
            add(out, combine(PREV2, i > 1 ? ws.word[i - 2] : 11));
            add(out, combine(NEXT2, i + 2 < n ? ws.word[i + 2] : 13));
            add(out, combine(BIGRAM_PREV, wPrev, ws.word[i]));
            add(out, combine(BIGRAM_NEXT, ws.word[i], wNext));
            int len = t.length();
            for (int k = 1; k <= 4 && k < len; k++) {
                add(out, FeatureHash.mix(FeatureHash.mixLower(FeatureHash.start(PREFIX), t, 0, k), k));
                add(out, FeatureHash.mix(FeatureHash.mixLower(FeatureHash.start(SUFFIX), t, len - k, len), k));
            }
            long sPrev = i > 0 ? ws.shape[i - 1] : 11;
            long sNext = i + 1 < n ? ws.shape[i + 1] : 13;
            add(out, combine(SHAPE_PREV, sPrev));
            add(out, combine(SHAPE_NEXT, sNext));
            add(out, combine(SHAPE_TRI, sPrev, ws.shape[i], sNext));
            add(out, combine(SHAPE_WORD_NEXT, ws.shape[i], wNext));
            add(out, combine(LENGTH, Math.min(len, 8), ws.shape[i]));
            if (open >= 0) {
                add(out, combine(QUOTE_HEAD_WORD, head, ws.word[i]));
            }
            add(out, combine(STEM_PREV, i > 0 ? ws.stem[i - 1] : 11));
            add(out, combine(STEM_NEXT, i + 1 < n ? ws.stem[i + 1] : 13));
            for (int p = 0; p < 4; p++) {
                int mask = ws.gaz[i * 4 + p];
                while (mask != 0) {
                    int type = Integer.numberOfTrailingZeros(mask);
                    mask &= mask - 1;
                    add(out, combine(GAZ, type, p));
                }
            }
            gazetteerWindow(out, ws, i, n);
            if (ws.cluster[i] != 0 || (i > 0 && ws.cluster[i - 1] != 0) || (i + 1 < n && ws.cluster[i + 1] != 0)) {
                addClusterPrefixes(out, CLUSTER, ws.cluster[i]);
                addClusterPrefixes(out, CLUSTER_PREV, i > 0 ? ws.cluster[i - 1] : 0);
                addClusterPrefixes(out, CLUSTER_NEXT, i + 1 < n ? ws.cluster[i + 1] : 0);
            }
            int doc = ws.docStems.get(ws.stem[i], 0);
            add(out, combine(DOC_CASE, capitalised(t) ? 1 : 0, ws.first[i] ? doc : doc | 4));
            if (morph) {
                WordForm best = morphology.get(i).best();
                add(out, combine(MORPH_CLASS_PREV, i > 0 ? ws.morphClass[i - 1] : -1, ws.morphClass[i]));
                add(out, combine(MORPH_CLASS_NEXT, ws.morphClass[i], i + 1 < n ? ws.morphClass[i + 1] : -1));
                add(out, combine(SHAPE_MARKS, ws.shape[i], ws.morphClass[i]));
                add(out, combine(POS_CASE, best.pos().ordinal(), best.grammemes() & CASES));
                add(out, combine(NAME_MARK, ws.marks[i]));
                add(out, combine(NAME_MARK_PREV, i > 0 ? ws.marks[i - 1] : -1, ws.marks[i]));
                add(out, combine(NAME_MARK_NEXT, ws.marks[i], i + 1 < n ? ws.marks[i + 1] : -1));
                add(out, combine(POS_PREV, i > 0 ? ws.pos[i - 1] : 11, ws.pos[i]));
                add(out, combine(POS_NEXT, ws.pos[i], i + 1 < n ? ws.pos[i + 1] : 13));
                add(out, combine(LEMMA_PREV, i > 0 ? ws.lemma[i - 1] : 11));
                add(out, combine(LEMMA_NEXT, i + 1 < n ? ws.lemma[i + 1] : 13));
            }
            out.endToken();
        }
    }

    /**
     * A compact morphological class: part of speech, animacy, gender and number of the best
     * reading, whether the dictionary knows the word, and whether some reading is a first name,
     * surname or patronymic, or an inanimate noun.
     */
    private static long morphClass(TokenMorphology m) {
        WordForm best = m.best();
        long c = best.pos().ordinal();
        c = c * 131 + (best.grammemes() & FORM) % 1_000_003;
        c = c * 4 + (best.guessed() ? 1 : 0) + (m.any(Grammeme.NAME) || m.any(Grammeme.SURN) || m.any(Grammeme.PATR) ? 2 : 0);
        boolean inanimateNoun = false;
        for (WordForm f : m.readings()) {
            inanimateNoun |= f.pos() == org.faktograf.model.PartOfSpeech.NOUN && f.has(Grammeme.INAN) && !f.guessed();
        }
        return c * 2 + (inanimateNoun ? 1 : 0);
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** For each stem of the document: whether it occurs capitalised inside a sentence, and in lower case. */
    private static void documentStems(List<Token> tokens, Workspace ws) {
        ws.docStems.clear();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            if (capitalised(t)) {
                if (!ws.first[i] && (ws.quote[i] & 4) == 0) {
                    ws.docStems.or(ws.stem[i], DOC_CAPITAL);
                }
            } else {
                ws.docStems.or(ws.stem[i], DOC_LOWER);
            }
        }
    }

    /** Gazetteer types matched by the neighbours, so a descriptor sees the name beside it. */
    private static void gazetteerWindow(FeatureBuffer out, Workspace ws, int i, int n) {
        if (i + 1 < n) {
            int m = ws.gaz[(i + 1) * 4 + Gazetteer.B] | ws.gaz[(i + 1) * 4 + Gazetteer.U];
            while (m != 0) {
                int type = Integer.numberOfTrailingZeros(m);
                m &= m - 1;
                add(out, combine(GAZ_WINDOW, 1, type));
            }
        }
        if (i > 0) {
            int m = ws.gaz[(i - 1) * 4 + Gazetteer.L] | ws.gaz[(i - 1) * 4 + Gazetteer.U];
            while (m != 0) {
                int type = Integer.numberOfTrailingZeros(m);
                m &= m - 1;
                add(out, combine(GAZ_WINDOW, -1, type));
            }
        }
    }

    private void addClusterPrefixes(FeatureBuffer out, int template, long cluster) {
        for (int len : WordClusters.PREFIX_LENGTHS) {
            add(out, combine(template, len, WordClusters.prefix(cluster, len)));
        }
    }

    private static void add(FeatureBuffer out, long h) {
        out.add(FeatureHash.finish(h));
    }

    static long combine(int template, long a) {
        long h = FeatureHash.start(template);
        return mixLong(h, a);
    }

    static long combine(int template, long a, long b) {
        return mixLong(mixLong(FeatureHash.start(template), a), b);
    }

    static long combine(int template, long a, long b, long c) {
        return mixLong(mixLong(mixLong(FeatureHash.start(template), a), b), c);
    }

    static long mixLong(long h, long v) {
        return FeatureHash.mix(FeatureHash.mix(h, (int) v), (int) (v >>> 32));
    }

    /** Word shape: letter case, script, digits and punctuation, runs collapsed (Xx, X-Xx, dd, LLL). */
    static long shape(String t) {
        long h = FeatureHash.start(SHAPE);
        char prev = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char k;
            if (Character.isLetter(c)) {
                boolean latin = c < 0x250;
                if (Character.isUpperCase(c)) {
                    k = latin ? 'L' : 'X';
                } else {
                    k = latin ? 'l' : 'x';
                }
            } else if (Character.isDigit(c)) {
                k = 'd';
            } else {
                k = c;
            }
            if (k == prev) {
                run++;
                if (run >= 2) {
                    continue;
                }
            } else {
                run = 0;
            }
            h = FeatureHash.mixChar(h, k);
            prev = k;
        }
        return h;
    }

    /** Quote context per token: 1 inside quotes, 2 opening quote, 3 closing quote, 0 otherwise; +4 after an opening quote. */
    static void quoteDepths(List<Token> tokens, boolean[] sentenceStart, int[] out, int[] open) {
        int depth = 0;
        int n = tokens.size();
        int[] stack = new int[8];
        for (int i = 0; i < n; i++) {
            if (sentenceStart[i]) {
                depth = 0; // a quote left open does not run past its sentence
            }
            int v;
            if (isOpening(tokens, i)) {
                v = 2;
                if (depth < stack.length) {
                    stack[depth] = i;
                }
                depth++;
                open[i] = -1;
            } else if (isClosing(tokens, i) && depth > 0) {
                v = 3;
                depth--;
                open[i] = -1;
            } else {
                v = depth > 0 ? 1 : 0;
                open[i] = depth > 0 ? stack[Math.min(depth, stack.length) - 1] : -1;
            }

            if (i > 0 && isOpening(tokens, i - 1)) {
                v += 4;
            }
            if (i + 1 < n && isClosing(tokens, i + 1)) {
                v += 8;
            }
            out[i] = v;
        }
    }

    static boolean isQuote(String t) {
        if (t.length() != 1) {
            return false;
        }
        char c = t.charAt(0);
        return c == '«' || c == '»' || c == '"' || c == '„' || c == '“' || c == '”' || c == '\'';
    }

    /** «, „ and a straight quote that follows a space or starts the text. */
    static boolean isOpening(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (!isQuote(t)) {
            return false;
        }
        char c = t.charAt(0);
        if (c == '«' || c == '„') {
            return true;
        }
        if (c == '»' || c == '”') {
            return false;
        }
        return i == 0 || tokens.get(i - 1).end() < tokens.get(i).start()
                || !isWordLike(tokens.get(i - 1).text());
    }

    static boolean isClosing(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        return isQuote(t) && !isOpening(tokens, i);
    }

    private static boolean isWordLike(String t) {
        return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1));
    }
}
