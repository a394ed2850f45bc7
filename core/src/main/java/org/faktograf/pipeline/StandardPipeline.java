package org.faktograf.pipeline;

import java.util.List;

/**
 * The full extraction pipeline, built once per process (models and dictionaries load on first
 * use) and shared by every thread.
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    private static final class Holder {
        static final Pipeline INSTANCE = new Pipeline(List.of(
                new org.faktograf.segment.Segmenter(),
                org.faktograf.morph.MorphAnalyzer.shared(),
                org.faktograf.ner.EntityRecognizer.shared(),
                new org.faktograf.norm.NameNormalizer(),
                new org.faktograf.coref.EntityResolver(),
                org.faktograf.facts.FactExtractor.shared()
                // stages are added here in data-flow order: segment, morph, ner, norm, coref, facts
        ));
    }

    public static Pipeline get() {
        return Holder.INSTANCE;
    }
}
