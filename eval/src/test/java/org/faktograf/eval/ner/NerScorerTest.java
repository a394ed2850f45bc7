package org.faktograf.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {
    // "администрации Томской области Виктор Кресс"
    //  0            13 14     21 22     30 31    37 38  43
    private static final List<GoldSpan> TOKENS = List.of(
            new GoldSpan(0, 13, "token"), new GoldSpan(14, 21, "token"), new GoldSpan(22, 30, "token"),
            new GoldSpan(31, 37, "token"), new GoldSpan(38, 43, "token"));

    private static GoldSpan span(int start, int end, String type) {
        return new GoldSpan(start, end, type);
    }

    @Test
    void nestedPredictionGivesEachTokenTheInnermostType() {
        NerScorer scorer = new NerScorer();
        List<GoldSpan> gold = List.of(span(14, 30, "LOC"), span(31, 43, "PER"));
        // ORG over the whole administration with the region nested inside it
        List<GoldSpan> predicted = List.of(span(0, 30, "ORG"), span(14, 30, "LOC"), span(31, 43, "PER"));
        scorer.add(TOKENS, gold, predicted);

        NerScorer.Counts org = scorer.counts("ORG");
        assertEquals(1, org.predictedTokens); // only «администрации»: the region's tokens are LOC
        assertEquals(0, org.correctTokens);
        assertEquals(0.0, org.tokenPrecision());
        NerScorer.Counts loc = scorer.counts("LOC");
        assertEquals(2, loc.goldTokens);
        assertEquals(2, loc.predictedTokens);
        assertEquals(1.0, loc.tokenF1());
        assertEquals(1.0, scorer.counts("PER").spanF1());
        assertEquals(1, org.predictedSpans);
        assertEquals(0, org.correctSpans);
    }

    @Test
    void boundaryErrorsCostExactSpansButOnlyTheMissedTokens() {
        NerScorer scorer = new NerScorer();
        scorer.add(TOKENS, List.of(span(31, 43, "PER")), List.of(span(38, 43, "PER")));
        NerScorer.Counts per = scorer.counts("PER");
        assertEquals(0.0, per.spanF1());
        assertEquals(1.0, per.tokenPrecision());
        assertEquals(0.5, per.tokenRecall());
        assertEquals(2.0 / 3.0, per.tokenF1(), 1e-9);
    }

    @Test
    void aTypeConfusionIsAFalsePositiveOfOneTypeAndAMissOfTheOther() {
        NerScorer scorer = new NerScorer();
        scorer.add(TOKENS, List.of(span(14, 30, "LOC")), List.of(span(14, 30, "ORG")));
        assertEquals(2, scorer.counts("ORG").predictedTokens);
        assertEquals(0, scorer.counts("ORG").correctTokens);
        assertEquals(2, scorer.counts("LOC").goldTokens);
        assertEquals(0.0, scorer.counts("LOC").tokenRecall());
        NerScorer.Counts total = scorer.total();
        assertEquals(2, total.goldTokens);
        assertEquals(2, total.predictedTokens);
        assertEquals(0, total.correctTokens);
    }

    @Test
    void duplicatePredictionsCountOnceAndTokensOutsideEverySpanCountForNothing() {
        NerScorer scorer = new NerScorer();
        List<GoldSpan> predicted = new ArrayList<>(List.of(span(31, 43, "PER"), span(31, 43, "PER")));
        scorer.add(TOKENS, List.of(span(31, 43, "PER")), predicted);
        NerScorer.Counts per = scorer.counts("PER");
        assertEquals(1, per.predictedSpans);
        assertEquals(1.0, per.spanPrecision());
        assertEquals(2, per.predictedTokens);
        assertEquals(1.0, scorer.total().tokenF1());
    }

    @Test
    void aTokenPartlyInsideASpanIsNotCounted() {
        NerScorer scorer = new NerScorer();
        // the prediction ends inside «области»
        scorer.add(TOKENS, List.of(span(14, 30, "LOC")), List.of(span(14, 26, "LOC")));
        NerScorer.Counts loc = scorer.counts("LOC");
        assertEquals(1, loc.predictedTokens);
        assertEquals(0.5, loc.tokenRecall());
    }
}
