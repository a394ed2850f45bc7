package org.faktograf.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faktograf.eval.TokenEvaluation;
import org.faktograf.formats.corpus.CorpusFormatException;
import org.faktograf.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faktograf eval tokens DIR}: scores tokens and sentences against factRuEval. */
@Command(name = "tokens",
        mixinStandardHelpOptions = true,
        description = {
                "Scores the tokenizer and the sentence splitter against the .tokens layer of a "
                        + "factRuEval-2016 directory (book_N.txt with book_N.tokens beside it).",
                "",
                "Prints precision, recall and F1 with their counts for three things, all offsets in "
                        + "Unicode code points: tokens (start and end must both agree), sentence "
                        + "boundaries (the start of every sentence but a document's first; in the "
                        + ".tokens files sentences are separated by blank lines) and sentence spans "
                        + "(start and end of every sentence)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the scores were printed",
                "2:DIR is missing or is not a factRuEval directory"},
        footer = {"", "Example: faktograf eval tokens corpora/factru-dev"})
final class EvalTokensCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "a factRuEval-2016 directory, e.g. corpora/factru-dev")
    Path dir;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "also list up to N disagreements (missed and extra tokens and sentence "
                    + "boundaries, with context); default ${DEFAULT-VALUE}")
    int errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (InputDirectory.unusable("faktograf eval tokens", dir, err)) {
            return 2;
        }
        TokenEvaluation.Result result;
        try {
            result = new TokenEvaluation(new Segmenter()).evaluate(dir, Math.max(0, errors));
        } catch (CorpusFormatException e) {
            err.println("faktograf eval tokens: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // a bad number or an offset past the text in a .tokens file; the loader names no line
            err.println("faktograf eval tokens: " + dir + ": malformed corpus file (" + e.getMessage() + ")");
            return 2;
        } catch (UncheckedIOException e) {
            err.println("faktograf eval tokens: " + dir + ": cannot read: " + e.getCause().getMessage());
            return 2;
        }
        out.println("factRuEval tokens: " + dir);
        out.print(result.report());
        if (!result.disagreements().isEmpty()) {
            out.println();
            result.disagreements().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
