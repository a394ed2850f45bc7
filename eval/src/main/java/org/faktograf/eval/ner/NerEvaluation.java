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

    /** What the factRuEval report counts, printed above its table. */
    public static final String FACTRU_HEADER = String.join("\n",
            "factRuEval-2016 names, scored as in the Natasha comparison tables:",
            "  gold PER = each Person object whole; ORG = the org_name spans of Org objects; LOC = the loc_name spans",
            "  of Location and LocOrg objects (where gold spans overlap, the one starting first, the longer, is kept);",
            "  predicted = the name part (Mention.nameStart/nameEnd) of PERSON, ORGANIZATION and place mentions",
            "  (geographic types, LOCATION, FACILITY), so descriptor words and quotes are not counted as ORG.",
            "exact: same type, start and end. tokens: the corpus's gold .tokens, punctuation included; a token counts",
            "  for the type of the innermost span containing it, on each side.");

    /** What the NEREL report counts, printed above its table. */
    public static final String NEREL_HEADER = String.join("\n",
            "NEREL mentions, all types, nested:",
            "  gold = every entity (a discontinuous one by its outer extent); predicted = every mention.",
            "exact: same type, start and end. tokens: the Segmenter's tokens, punctuation included; a token counts",
            "  for the type of the innermost mention containing it, on each side.");

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
     * fold, with the tagged NEREL texts added to each training set. Folds are documents in
     * order, taken round-robin.
     */
    public static NerScorer crossValidateFactRu(NerTrainer.Layers layers, List<NerDocument> factRu, int folds,
                                                NerTrainer trainer, List<NerTrainer.TaggedNerel> nerel,
                                                PrintStream log) {
        NerScorer scorer = new NerScorer();
        List<PerceptronTrainer.Sequence> extra = trainer.nerelNameSequences(nerel);
        for (int f = 0; f < folds; f++) {
            List<NerDocument> train = new ArrayList<>();
            List<NerDocument> test = new ArrayList<>();
            for (int i = 0; i < factRu.size(); i++) {
                (i % folds == f ? test : train).add(factRu.get(i));
            }
            List<PerceptronTrainer.Sequence> data = new ArrayList<>(extra);
            data.addAll(trainer.factRuNameSequences(layers.model(), train));
            EntityRecognizer r = new EntityRecognizer(layers.withNames(trainer.trainNames(data)));
            for (NerDocument d : test) {
                scorer.add(d.goldTokens(), factRuGold(d), factRuPredictions(r.recognize(d.analysis())));
            }
            log.printf("fold %d of %d done%n", f + 1, folds);
        }
        return scorer;
    }
}
