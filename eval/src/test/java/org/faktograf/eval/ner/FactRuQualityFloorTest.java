package org.faktograf.eval.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.ner.EntityRecognizer;
import org.junit.jupiter.api.Test;

/**
 * A regression floor for the shipped model on factru-dev. factru-dev is also training data for
 * the name tagger, so these figures are optimistic by construction; the honest ones are the
 * cross-validated figures of {@code faktograf eval ner --corpus factru --cross-validate 5}. This
 * test only guards against a change that makes the shipped model worse.
 */
class FactRuQualityFloorTest {

    @Test
    void tokenLevelF1StaysAboveTheFloor() {
        List<NerDocument> docs = NerCorpora.factRu(CorpusPaths.factruDev(), NerTraining.analyzer());
        NerScorer scorer = NerEvaluation.scoreFactRu(docs, EntityRecognizer.shared()::recognize);
        String table = scorer.table();
        // the shipped model scores about 0.998 here (it has seen these texts)
        assertTrue(scorer.counts("PER").tokenF1() >= 0.98, table);
        assertTrue(scorer.counts("LOC").tokenF1() >= 0.98, table);
        assertTrue(scorer.counts("ORG").tokenF1() >= 0.98, table);
    }
}
