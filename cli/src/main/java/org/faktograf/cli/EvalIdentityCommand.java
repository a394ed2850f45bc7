package org.faktograf.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faktograf.eval.identity.FactRuAnalyzer;
import org.faktograf.eval.identity.IdentityEvaluation;
import org.faktograf.formats.corpus.CorpusFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faktograf eval identity DIR}: factRuEval-2016 track 2. */
@Command(name = "identity",
        mixinStandardHelpOptions = true,
        description = {
                "Scores the entities (canonical names grouped by identity) against the .coref layer of a "
                        + "factRuEval-2016 directory, as factRuEval-2016 track 2 does.",
                "",
                "Runs the pipeline on every book_N.txt that has a .coref file, writes its entities as a "
                        + ".task2 response (as extract --format factru does) and scores it the way the "
                        + "official scorer does: per gold entity the best-matching response entity of its "
                        + "type, quality = matched attributes / (gold attributes + unmatched response "
                        + "attributes); values lower case, ё as е, a small edit-distance tolerance. "
                        + "Prints precision, recall and F1 for PER, LOC (with LocOrg), ORG and overall."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the scores were printed",
                "2:DIR (or --responses) is missing or DIR is not a factRuEval directory"},
        footer = {"", "Examples:",
                "  faktograf eval identity corpora/factru-dev",
                "  faktograf eval identity --mentions gold corpora/factru-dev",
                "  faktograf eval identity --responses out/ corpora/factru-dev"})
final class EvalIdentityCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "a factRuEval-2016 directory with .coref files, e.g. corpora/factru-dev")
    Path dir;

    @Option(names = "--mentions", paramLabel = "pipeline|gold", defaultValue = "pipeline",
            description = "where the mentions come from: the pipeline's NER (end to end), or the gold "
                    + "objects of DIR (to measure normalisation and identity alone); default ${DEFAULT-VALUE}")
    String mentions;

    @Option(names = "--responses", paramLabel = "RESP_DIR",
            description = "score the NAME.task2 files in RESP_DIR instead of running the pipeline")
    Path responses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (InputDirectory.unusable("faktograf eval identity", dir, err)) {
            return 2;
        }
        if (responses != null && InputDirectory.unusable("faktograf eval identity", responses, err)) {
            return 2;
        }
        FactRuAnalyzer.Mentions source = EvalNamesCommand.mentionSource(mentions);
        if (source == null) {
            err.println("faktograf eval identity: --mentions must be pipeline or gold, not '" + mentions + "'");
            return 2;
        }
        IdentityEvaluation.Result result;
        try {
            IdentityEvaluation evaluation = new IdentityEvaluation();
            result = responses != null ? evaluation.evaluateResponses(dir, responses)
                    : evaluation.evaluate(dir, new FactRuAnalyzer(source));
        } catch (CorpusFormatException e) {
            err.println("faktograf eval identity: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("faktograf eval identity: malformed response: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("faktograf eval identity: " + dir + ": cannot read: " + e.getCause().getMessage());
            return 2;
        }
        out.println("factRuEval track 2 (identity): " + dir + (responses != null ? ", responses " + responses
                : ", mentions from the " + (source == FactRuAnalyzer.Mentions.GOLD ? "gold objects" : "pipeline")));
        out.print(result.report());
        out.flush();
        return 0;
    }
}
