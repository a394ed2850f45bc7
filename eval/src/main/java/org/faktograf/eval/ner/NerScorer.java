package org.faktograf.eval.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per type, two ways. Exact-span: a predicted span counts when a gold
 * span has the same type, start and end. Token-level (the scheme of the Natasha comparison
 * tables): each counted token takes the type of the innermost span of each side that contains it,
 * and counts for that type; a token is correct when both sides give it the same type.
 */
public final class NerScorer {
    /** Counts for one type. */
    public static final class Counts {
        long goldSpans;
        long predictedSpans;
        long correctSpans;
        long goldTokens;
        long predictedTokens;
        long correctTokens;

        public double spanPrecision() {
            return ratio(correctSpans, predictedSpans);
        }

        public double spanRecall() {
            return ratio(correctSpans, goldSpans);
        }

        public double spanF1() {
            return f1(spanPrecision(), spanRecall());
        }

        public double tokenPrecision() {
            return ratio(correctTokens, predictedTokens);
        }

        public double tokenRecall() {
            return ratio(correctTokens, goldTokens);
        }

        public double tokenF1() {
            return f1(tokenPrecision(), tokenRecall());
        }

        public long goldSpans() {
            return goldSpans;
        }

        public long predictedSpans() {
            return predictedSpans;
        }

        void add(Counts o) {
            goldSpans += o.goldSpans;
            predictedSpans += o.predictedSpans;
            correctSpans += o.correctSpans;
            goldTokens += o.goldTokens;
            predictedTokens += o.predictedTokens;
            correctTokens += o.correctTokens;
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();

    static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Counts counts(String type) {
        return byType.computeIfAbsent(type, k -> new Counts());
    }

    public Map<String, Counts> all() {
        return byType;
    }

    /** Micro-averaged counts over all types. */
    public Counts total() {
        Counts t = new Counts();
        for (Counts c : byType.values()) {
            t.add(c);
        }
        return t;
    }

    /**
     * Scores one document. {@code tokens} are the counted tokens (their type is ignored);
     * {@code gold} and {@code predicted} may nest.
     */
    public void add(List<GoldSpan> tokens, List<GoldSpan> gold, List<GoldSpan> predicted) {
        Set<GoldSpan> goldSet = new HashSet<>(gold);
        Set<GoldSpan> predictedSet = new HashSet<>(predicted);
        for (GoldSpan g : goldSet) {
            Counts c = counts(g.type());
            c.goldSpans++;
            if (predictedSet.contains(g)) {
                c.correctSpans++;
            }
        }
        for (GoldSpan p : predictedSet) {
            counts(p.type()).predictedSpans++;
        }
        List<GoldSpan> goldSorted = new ArrayList<>(goldSet);
        List<GoldSpan> predictedSorted = new ArrayList<>(predictedSet);
        for (GoldSpan t : tokens) {
            String g = innermost(goldSorted, t);
            String p = innermost(predictedSorted, t);
            if (g != null) {
                counts(g).goldTokens++;
            }
            if (p != null) {
                counts(p).predictedTokens++;
            }
            if (g != null && g.equals(p)) {
                counts(g).correctTokens++;
            }
        }
    }

    /** The type of the shortest span containing the token (ties: the smaller type name), or null. */
    static String innermost(List<GoldSpan> spans, GoldSpan token) {
        GoldSpan best = null;
        for (GoldSpan s : spans) {
            if (s.start() <= token.start() && token.end() <= s.end()
                    && (best == null || s.length() < best.length()
                    || (s.length() == best.length() && s.type().compareTo(best.type()) < 0))) {
                best = s;
            }
        }
        return best == null ? null : best.type();
    }

    /** A table: one row per type and a total row, exact-span and token-level P/R/F1. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-18s %7s %7s %7s %7s %7s | %7s %7s %7s %8s %8s%n", "type", "P", "R", "F1",
                "gold", "pred", "tok P", "tok R", "tok F1", "tok gold", "tok pred"));
        for (Map.Entry<String, Counts> e : byType.entrySet()) {
            row(sb, e.getKey(), e.getValue());
        }
        row(sb, "total (micro)", total());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-18s %7.4f %7.4f %7.4f %7d %7d | %7.4f %7.4f %7.4f %8d %8d%n", name,
                c.spanPrecision(), c.spanRecall(), c.spanF1(), c.goldSpans, c.predictedSpans,
                c.tokenPrecision(), c.tokenRecall(), c.tokenF1(), c.goldTokens, c.predictedTokens));
    }
}
