package org.faktograf.eval.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.faktograf.model.Analysis;
import org.faktograf.model.Mention;
import org.faktograf.model.Token;
import org.faktograf.ner.EntityRecognizer;
import org.faktograf.ner.NameClass;
import org.faktograf.ner.NerModel;
import org.faktograf.ner.SpanTagger;

/** Runs the recognizer over annotated texts and scores it, on factRuEval's names or on NEREL's mentions. */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    /**
     * The mentions as factRuEval names: each mention with a name part, of a person, organisation or
     * place type, gives its name span as PER, ORG or LOC (a place as political body counts as LOC,
     * as in the Natasha tables).
     */
    public static List<GoldSpan> factRuPredictions(List<Mention> mentions) {
        List<GoldSpan> out = new ArrayList<>();
        for (Mention m : mentions) {
            NameClass c = NameClass.of(m.type());
            if (c != null && m.hasName()) {
                out.add(new GoldSpan(m.nameStart(), m.nameEnd(), c.name()));
            }
        }
        return out;
    }

    /** The gold factRuEval names with LocOrg read as LOC. */
    public static List<GoldSpan> factRuGold(NerDocument d) {
        List<GoldSpan> out = new ArrayList<>();
        for (GoldSpan g : d.names()) {
            out.add(g.type().equals(NameClass.LOCORG.name()) ? new GoldSpan(g.start(), g.end(), NameClass.LOC.name()) : g);
        }
        return out;
    }

    public static List<GoldSpan> nerelPredictions(List<Mention> mentions) {
        List<GoldSpan> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(new GoldSpan(m.start(), m.end(), m.type().name()));
        }
        return out;
    }

    /** Scores on factRuEval names, counting the gold tokens of the corpus (punctuation included). */
    public static NerScorer scoreFactRu(List<NerDocument> docs, Function<Analysis, List<Mention>> recognizer) {
        NerScorer scorer = new NerScorer();
        for (NerDocument d : docs) {
            scorer.add(d.goldTokens(), factRuGold(d), factRuPredictions(recognizer.apply(d.analysis())));
        }
        return scorer;
    }

    /** Scores on NEREL mentions, counting the tokens of the analysis (punctuation included). */
    public static NerScorer scoreNerel(List<NerDocument> docs, Function<Analysis, List<Mention>> recognizer) {
        NerScorer scorer = new NerScorer();
        for (NerDocument d : docs) {
            List<GoldSpan> tokens = new ArrayList<>();
            for (Token t : d.analysis().tokens()) {
                tokens.add(new GoldSpan(t.start(), t.end(), "token"));
            }
            scorer.add(tokens, d.mentions(), nerelPredictions(recognizer.apply(d.analysis())));
        }
        return scorer;
    }

    /**
     * k-fold cross-validation of the name tagger on factru texts: for each fold the tagger is trained
     * on the other folds (with the given mention layers, which never saw factru) and scored on the
     * fold, with {@code extra} sequences (NEREL's) added to each training set. Folds are documents in
     * order, taken round-robin.
     */
    public static NerScorer crossValidateFactRu(NerModel mentionModel, List<NerDocument> factRu, int folds,
                                                NerTrainer trainer, List<PerceptronTrainer.Sequence> extra,
                                                PrintStream log) {
        NerScorer scorer = new NerScorer();
        for (int f = 0; f < folds; f++) {
            List<NerDocument> train = new ArrayList<>();
            List<NerDocument> test = new ArrayList<>();
            for (int i = 0; i < factRu.size(); i++) {
                (i % folds == f ? test : train).add(factRu.get(i));
            }
            List<PerceptronTrainer.Sequence> data = new ArrayList<>(extra);
            data.addAll(trainer.factRuNameSequences(mentionModel, train));
            SpanTagger names = trainer.trainNames(data);
            EntityRecognizer r = new EntityRecognizer(new NerModel(mentionModel.gazetteer(), mentionModel.clusters(),
                    mentionModel.layers(), names));
            for (NerDocument d : test) {
                scorer.add(d.goldTokens(), factRuGold(d), factRuPredictions(r.recognize(d.analysis())));
            }
            log.printf("fold %d of %d done%n", f + 1, folds);
        }
        return scorer;
    }
}
