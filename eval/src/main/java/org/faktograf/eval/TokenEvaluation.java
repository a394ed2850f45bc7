package org.faktograf.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.model.Sentence;
import org.faktograf.model.TextOffsets;
import org.faktograf.model.Token;
import org.faktograf.segment.Segmenter;

/**
 * Scores the {@link Segmenter} against the {@code .tokens} layer of a factRuEval-2016 directory.
 * All offsets are compared as Unicode code points.
 *
 * <ul>
 *   <li>tokens: a token counts when both its start and its end agree with a gold token;</li>
 *   <li>sentence boundaries: the start offset of every sentence but the first of each document,
 *       so a boundary counts when both sides start a sentence at the same place;</li>
 *   <li>sentence spans: a sentence counts when both its start and its end agree (stricter: a
 *       token error at a sentence's edge costs the span).</li>
 * </ul>
 */
public final class TokenEvaluation {

    /** Matched, found and gold counts with the figures derived from them. */
    public record Score(long matched, long found, long gold) {
        public double precision() {
            return found == 0 ? (gold == 0 ? 1 : 0) : (double) matched / found;
        }

        public double recall() {
            return gold == 0 ? (found == 0 ? 1 : 0) : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(matched + o.matched, found + o.found, gold + o.gold);
        }
    }

    /** One disagreement: a gold item not found ({@code missed}) or a found item not in the gold. */
    public record Disagreement(String document, String layer, boolean missed, int start, int end, String context) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %-8s %-6s %d-%d  %s", document, layer,
                    missed ? "missed" : "extra", start, end, context);
        }
    }

    /** The scores over a corpus and the disagreements seen (up to the limit asked for). */
    public record Result(int documents, Score tokens, Score sentenceBoundaries, Score sentenceSpans,
                         List<Disagreement> disagreements) {

        /** The printed report: one line per layer, then what was compared. */
        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-20s %7s %7s %7s %9s %7s %7s%n",
                    "", "gold", "found", "matched", "precision", "recall", "F1"));
            line(b, "tokens", tokens);
            line(b, "sentence boundaries", sentenceBoundaries);
            line(b, "sentence spans", sentenceSpans);
            b.append(String.format(Locale.ROOT, "%d documents. Offsets in code points. tokens: start and end "
                    + "must both agree.%nsentence boundaries: the start of every sentence but a document's "
                    + "first. sentence spans: start and end of each sentence.%n", documents));
            return b.toString();
        }

        private static void line(StringBuilder b, String name, Score s) {
            b.append(String.format(Locale.ROOT, "%-20s %7d %7d %7d %9.4f %7.4f %7.4f%n",
                    name, s.gold(), s.found(), s.matched(), s.precision(), s.recall(), s.f1()));
        }
    }

    private final Segmenter segmenter;

    public TokenEvaluation(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Loads a factRuEval directory and scores it; keeps up to {@code maxDisagreements} examples. */
    public Result evaluate(Path dir, int maxDisagreements) {
        return evaluate(FactRuCorpus.load(dir), maxDisagreements);
    }

    public Result evaluate(List<FactRuDocument> documents, int maxDisagreements) {
        Score tokens = new Score(0, 0, 0);
        Score boundaries = new Score(0, 0, 0);
        Score spans = new Score(0, 0, 0);
        List<Disagreement> shown = new ArrayList<>();
        for (FactRuDocument d : documents) {
            String text = d.text();
            TextOffsets offsets = TextOffsets.of(text);
            List<Token> found = segmenter.tokenize(text);
            List<Sentence> sentences = segmenter.sentences(text, found);

            List<long[]> goldTokens = new ArrayList<>(d.tokens().size());
            List<long[]> goldStarts = new ArrayList<>();
            List<long[]> goldSpans = new ArrayList<>();
            int spanStart = -1;
            int spanEnd = -1;
            for (FactRuDocument.Token t : d.tokens()) {
                goldTokens.add(span(offsets, t.start(), t.end()));
                if (t.sentenceStart() || spanStart < 0) {
                    if (spanStart >= 0) {
                        goldSpans.add(span(offsets, spanStart, spanEnd));
                        goldStarts.add(span(offsets, t.start(), t.start()));
                    }
                    spanStart = t.start();
                }
                spanEnd = t.end();
            }
            if (spanStart >= 0) {
                goldSpans.add(span(offsets, spanStart, spanEnd));
            }

            List<long[]> foundTokens = new ArrayList<>(found.size());
            for (Token t : found) {
                foundTokens.add(span(offsets, t.start(), t.end()));
            }
            List<long[]> foundStarts = new ArrayList<>();
            List<long[]> foundSpans = new ArrayList<>();
            for (int k = 0; k < sentences.size(); k++) {
                Sentence s = sentences.get(k);
                if (k > 0) {
                    foundStarts.add(span(offsets, s.start(), s.start()));
                }
                foundSpans.add(span(offsets, s.start(), s.end()));
            }

            goldTokens.sort(SPAN_ORDER); // the files list tokens in text order; be safe
            Context ctx = new Context(d.id(), text, offsets, shown, maxDisagreements);
            tokens = tokens.plus(compare(goldTokens, foundTokens, ctx, "token"));
            boundaries = boundaries.plus(compare(goldStarts, foundStarts, ctx, "boundary"));
            spans = spans.plus(compare(goldSpans, foundSpans, null, "sentence"));
        }
        return new Result(documents.size(), tokens, boundaries, spans, List.copyOf(shown));
    }

    private static final Comparator<long[]> SPAN_ORDER =
            Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]);

    private static long[] span(TextOffsets offsets, int start, int end) {
        return new long[] {offsets.toCodePoint(start), offsets.toCodePoint(end)};
    }

    private record Context(String document, String text, TextOffsets offsets, List<Disagreement> sink, int max) {
        void add(String layer, boolean missed, long[] span) {
            if (sink.size() >= max) {
                return;
            }
            int s = offsets.toChar((int) span[0]);
            int e = offsets.toChar((int) span[1]);
            int from = Math.max(0, s - 30);
            int to = Math.min(text.length(), Math.max(e, s) + 30);
            String context = (text.substring(from, s) + "[" + text.substring(s, e) + "]" + text.substring(e, to))
                    .replace('\n', '⏎').replace('\r', '⏎');
            sink.add(new Disagreement(document, layer, missed, (int) span[0], (int) span[1], context));
        }
    }

    /** Merges two lists of spans sorted by (start, end); counts exact matches. */
    private static Score compare(List<long[]> gold, List<long[]> found, Context ctx, String layer) {
        int g = 0;
        int f = 0;
        long matched = 0;
        while (g < gold.size() || f < found.size()) {
            int order;
            if (g >= gold.size()) {
                order = 1;
            } else if (f >= found.size()) {
                order = -1;
            } else {
                long[] a = gold.get(g);
                long[] b = found.get(f);
                order = a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]);
            }
            if (order == 0) {
                matched++;
                g++;
                f++;
            } else if (order < 0) {
                if (ctx != null) {
                    ctx.add(layer, true, gold.get(g));
                }
                g++;
            } else {
                if (ctx != null) {
                    ctx.add(layer, false, found.get(f));
                }
                f++;
            }
        }
        return new Score(matched, found.size(), gold.size());
    }
}
