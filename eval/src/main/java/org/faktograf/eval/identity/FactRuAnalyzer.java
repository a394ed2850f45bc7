package org.faktograf.eval.identity;

import org.faktograf.coref.EntityResolver;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.norm.NameNormalizer;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.StandardPipeline;
import org.faktograf.segment.Segmenter;

/**
 * Analyses the texts of a factRuEval-2016 directory for the identity evaluations, with the
 * mentions either found by the standard pipeline (end to end) or taken from the gold objects
 * ({@link GoldMentions}), so that normalisation and identity can be measured apart from NER.
 * Thread-safe.
 */
public final class FactRuAnalyzer {
    /** Where the mentions come from. */
    public enum Mentions { PIPELINE, GOLD }

    private final Mentions source;
    private final Segmenter segmenter = new Segmenter();
    private final NameNormalizer normalizer = new NameNormalizer();
    private final EntityResolver resolver = new EntityResolver();

    public FactRuAnalyzer(Mentions source) {
        this.source = source;
    }

    public Mentions source() {
        return source;
    }

    public Analysis analyze(FactRuDocument d) {
        Document doc = Document.of(d.id(), d.text());
        if (source == Mentions.PIPELINE) {
            Pipeline p = StandardPipeline.get();
            return p.analyze(doc);
        }
        Analysis a = MorphAnalyzer.shared().apply(segmenter.apply(Analysis.of(doc)));
        a = a.withMentions(GoldMentions.of(d));
        return resolver.apply(normalizer.apply(a));
    }
}
