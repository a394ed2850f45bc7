package org.faktograf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faktograf.eval.ner.NerTrainer;
import org.faktograf.eval.ner.NerTraining;
import org.faktograf.formats.corpus.CorpusFormatException;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.ner.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faktograf train ner}: rebuilds the entity model from the corpora. */
@Command(name = "ner",
        mixinStandardHelpOptions = true,
        description = {
                "Rebuilds the entity model from the vendored corpora (NEREL train and dev, factRuEval "
                        + "factru-dev) and writes it where the build picks it up as a classpath resource. "
                        + "The run is deterministic: the same corpora give the same model, byte for byte. "
                        + "It takes about ten minutes on two cores."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the model was written",
                "2:the corpora are missing or malformed, or the model cannot be written"},
        footer = {"", "Examples:", "  faktograf train ner",
                "  faktograf train ner --without-nerel-dev --out /tmp/ner-heldout.bin.gz",
                "  faktograf eval ner --corpus nerel --model /tmp/ner-heldout.bin.gz corpora/nerel/dev"})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the model; default: core/src/main/resources/org/faktograf/ner/ner-model.bin.gz "
                    + "in the repository (rebuild the jar to ship it)")
    Path out;

    @Option(names = "--corpora", paramLabel = "DIR", description = "the corpora folder; default: the repository's")
    Path corpora;

    @Option(names = "--without-nerel-dev",
            description = "leave NEREL dev out of training, so 'eval ner --corpus nerel' on it is a held-out score")
    boolean withoutNerelDev;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String name = "faktograf train ner: ";
        Path root;
        try {
            root = corpora != null ? corpora : CorpusPaths.corpora();
        } catch (IllegalStateException e) {
            err.println(name + e.getMessage());
            return 2;
        }
        for (String sub : new String[] {"nerel/train", "nerel/dev", "factru-dev"}) {
            if (!Files.isDirectory(root.resolve(sub))) {
                err.println(name + root.resolve(sub) + ": no such directory");
                return 2;
            }
        }
        Path target = out != null ? out : NerTraining.defaultModelPath(root);
        NerModel model;
        try {
            model = NerTraining.train(root, withoutNerelDev, NerTrainer.Options.defaults(), System.err);
        } catch (CorpusFormatException e) {
            err.println(name + e.getMessage());
            return 2;
        }
        try {
            NerTraining.write(model, target);
        } catch (IOException e) {
            err.println(name + target + ": cannot write the model: " + e.getMessage());
            return 2;
        }
        stdout.println("wrote " + target + " (" + sizeOf(target) + " bytes)");
        stdout.flush();
        return 0;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
