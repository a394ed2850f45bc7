package org.faktograf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faktograf.eval.ner.NerCorpora;
import org.faktograf.eval.ner.NerDocument;
import org.faktograf.eval.ner.NerEvaluation;
import org.faktograf.eval.ner.NerScorer;
import org.faktograf.eval.ner.NerTrainer;
import org.faktograf.eval.ner.NerTraining;
import org.faktograf.formats.corpus.CorpusFormatException;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.ner.EntityRecognizer;
import org.faktograf.ner.NerModel;
import org.faktograf.ner.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faktograf eval ner --corpus factru|nerel DIR}: scores the entity recognizer. */
@Command(name = "ner",
        mixinStandardHelpOptions = true,
        description = {
                "Scores the entity recognizer against an annotated corpus: per type precision, recall and F1, "
                        + "exact-span and token-level.",
                "",
                "--corpus factru reads a factRuEval-2016 directory (book_N.txt with .tokens, .spans, .objects) and "
                        + "scores names as the Natasha comparison tables do (PER, ORG, LOC). --corpus nerel reads "
                        + "a brat directory (NAME.txt with NAME.ann) and scores all NEREL types with nesting. The "
                        + "report header says exactly what is counted.",
                "",
                "factru-dev is also training data for the shipped model; for honest figures on it use "
                        + "--cross-validate K, which retrains the name tagger K times on the other folds (plus "
                        + "NEREL from the corpora folder) and scores each held-out fold; it takes several minutes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the scores were printed",
                "2:DIR or the model is missing or malformed"},
        footer = {"", "Examples:", "  faktograf eval ner --corpus factru corpora/factru-dev",
                "  faktograf eval ner --corpus nerel corpora/nerel/dev",
                "  faktograf eval ner --corpus factru --cross-validate 5 corpora/factru-dev"})
final class EvalNerCommand implements Callable<Integer> {

    enum Corpus { FACTRU, NEREL }

    @Option(names = "--corpus", required = true, paramLabel = "factru|nerel",
            description = "the annotation scheme of DIR: factru or nerel")
    Corpus corpus;

    @Parameters(paramLabel = "DIR", description = "the annotated directory")
    Path dir;

    @Option(names = "--model", paramLabel = "FILE",
            description = "a model written by 'faktograf train ner --out FILE' instead of the shipped one")
    Path model;

    @Option(names = "--cross-validate", paramLabel = "K", defaultValue = "0",
            description = "factru only: K-fold cross-validation of the name tagger (K >= 2)")
    int folds;

    @Option(names = "--corpora", paramLabel = "DIR",
            description = "the corpora folder whose NEREL texts cross-validation adds; default: the repository's")
    Path corpora;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = "faktograf eval ner: ";
        if (InputDirectory.unusable("faktograf eval ner", dir, err)) {
            return 2;
        }
        if (folds != 0 && (folds < 2 || corpus != Corpus.FACTRU)) {
            err.println(name + "--cross-validate needs K >= 2 and --corpus factru");
            return 2;
        }
        EntityRecognizer recognizer;
        try {
            recognizer = model == null ? EntityRecognizer.shared() : new EntityRecognizer(readModel(model));
        } catch (IOException | UncheckedIOException e) {
            err.println(name + (model == null ? "the shipped model" : model) + ": cannot read the model: " + e.getMessage());
            return 2;
        }
        List<NerDocument> docs;
        try {
            docs = corpus == Corpus.FACTRU ? NerCorpora.factRu(dir, NerTraining.analyzer())
                    : NerCorpora.nerel(dir, NerTraining.analyzer());
        } catch (CorpusFormatException e) {
            err.println(name + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println(name + dir + ": cannot read: " + e.getCause().getMessage());
            return 2;
        }
        NerScorer scorer;
        String header;
        if (corpus == Corpus.NEREL) {
            scorer = NerEvaluation.scoreNerel(docs, recognizer::recognize);
            header = NerEvaluation.NEREL_HEADER;
        } else if (folds == 0) {
            scorer = NerEvaluation.scoreFactRu(docs, recognizer::recognize);
            header = NerEvaluation.FACTRU_HEADER;
        } else {
            Path root = corpora != null ? corpora : CorpusPaths.corpora();
            NerTrainer trainer = new NerTrainer(NerTrainer.Options.defaults(), System.err);
            List<NerDocument> nerel = new ArrayList<>(NerCorpora.nerel(root.resolve("nerel/train"), NerTraining.analyzer()));
            nerel.addAll(NerCorpora.nerel(root.resolve("nerel/dev"), NerTraining.analyzer()));
            NerTrainer.Layers layers = NerTrainer.Layers.of(recognizer.model());
            List<NerTrainer.TaggedNerel> tagged = trainer.tagNerel(nerel, layers.clusters());
            scorer = NerEvaluation.crossValidateFactRu(layers, docs, folds, trainer, tagged, System.err);
            header = NerEvaluation.FACTRU_HEADER + "\n" + folds + "-fold cross-validation: the name tagger is trained "
                    + "on the other folds and NEREL; the mention layers are the model's (trained on NEREL only).";
        }
        out.println(header);
        out.println("corpus: " + dir + " (" + docs.size() + " texts)");
        out.print(scorer.table());
        out.flush();
        return 0;
    }

    private static NerModel readModel(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NerModel.read(in);
        }
    }
}
