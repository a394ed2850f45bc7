package org.faktograf.eval.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.ner.NerModel;
import org.faktograf.ner.WordClusters;
import org.faktograf.segment.Segmenter;

/** {@code faktograf train ner}: builds the entity model from the vendored corpora. */
public final class NerTraining {
    private NerTraining() {
    }

    /** The stages the entity taggers read: tokens, sentences and morphology. */
    public static Function<Document, Analysis> analyzer() {
        Segmenter segmenter = new Segmenter();
        MorphAnalyzer morph = MorphAnalyzer.shared();
        return d -> morph.apply(segmenter.apply(Analysis.of(d)));
    }

    /** Where the trained model lives in the source tree, given the corpora folder of the repository. */
    public static Path defaultModelPath(Path corpora) {
        return corpora.toAbsolutePath().getParent()
                .resolve("core/src/main/resources" + org.faktograf.ner.EntityRecognizer.MODEL_RESOURCE);
    }

    /**
     * Trains on NEREL train (and dev unless {@code withoutNerelDev}) and factru-dev under
     * {@code corpora}.
     */
    public static NerModel train(Path corpora, boolean withoutNerelDev, NerTrainer.Options options, PrintStream log) {
        long t0 = System.nanoTime();
        Function<Document, Analysis> analyzer = analyzer();
        List<NerDocument> nerel = new ArrayList<>(NerCorpora.nerel(corpora.resolve("nerel/train"), analyzer));
        if (!withoutNerelDev) {
            nerel.addAll(NerCorpora.nerel(corpora.resolve("nerel/dev"), analyzer));
        }
        List<NerDocument> factRu = NerCorpora.factRu(corpora.resolve("factru-dev"), analyzer);
        log.printf(Locale.ROOT, "read %d NEREL and %d factRuEval texts (%.0f s)%n", nerel.size(), factRu.size(),
                (System.nanoTime() - t0) / 1e9);
        WordClusters clusters = WordClusters.empty();
        NerModel model = new NerTrainer(options, log).train(nerel, factRu, clusters);
        log.printf(Locale.ROOT, "trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        return model;
    }

    public static void write(NerModel model, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            model.write(os);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
