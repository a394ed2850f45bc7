package org.faktograf.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faktograf.eval.identity.FactRuAnalyzer;
import org.faktograf.eval.identity.NamesEvaluation;
import org.faktograf.formats.corpus.CorpusFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faktograf eval names DIR}: canonical person names against the .coref layer. */
@Command(name = "names",
        mixinStandardHelpOptions = true,
        description = {
                "Prints the accuracy of canonical person names (first name and surname) against the "
                        + ".coref layer of a factRuEval-2016 directory.",
                "",
                "A gold person (a .coref entity of Person objects with a firstname or lastname) is "
                        + "correct when the system entity that the system's person mentions overlapping its "
                        + "objects mostly belong to has the gold first name and the gold surname (a part the "
                        + "gold lacks must be absent), compared lower case with ё as е. A gold person with "
                        + "no such entity counts as wrong."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the accuracy was printed",
                "2:DIR is missing or is not a factRuEval directory"},
        footer = {"", "Example: faktograf eval names --mentions gold corpora/factru-dev"})
final class EvalNamesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "a factRuEval-2016 directory with .coref files, e.g. corpora/factru-dev")
    Path dir;

    @Option(names = "--mentions", paramLabel = "pipeline|gold", defaultValue = "pipeline",
            description = "where the mentions come from: the pipeline's NER (end to end), or the gold "
                    + "objects of DIR; default ${DEFAULT-VALUE}")
    String mentions;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "also list up to N persons that came out wrong; default ${DEFAULT-VALUE}")
    int errors;

    @Spec
    CommandSpec spec;

    static FactRuAnalyzer.Mentions mentionSource(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pipeline" -> FactRuAnalyzer.Mentions.PIPELINE;
            case "gold" -> FactRuAnalyzer.Mentions.GOLD;
            default -> null;
        };
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (InputDirectory.unusable("faktograf eval names", dir, err)) {
            return 2;
        }
        FactRuAnalyzer.Mentions source = mentionSource(mentions);
        if (source == null) {
            err.println("faktograf eval names: --mentions must be pipeline or gold, not '" + mentions + "'");
            return 2;
        }
        NamesEvaluation.Result result;
        try {
            result = new NamesEvaluation().evaluate(dir, new FactRuAnalyzer(source), Math.max(0, errors));
        } catch (CorpusFormatException e) {
            err.println("faktograf eval names: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("faktograf eval names: " + dir + ": cannot read: " + e.getCause().getMessage());
            return 2;
        }
        out.println("Canonical person names: " + dir + ", mentions from the "
                + (source == FactRuAnalyzer.Mentions.GOLD ? "gold objects" : "pipeline"));
        out.print(result.report());
        if (!result.misses().isEmpty()) {
            out.println();
            result.misses().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
