package org.faktograf.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faktograf.coref.EntityResolver;
import org.faktograf.eval.facts.FactEvaluation;
import org.faktograf.eval.facts.GoldEntityAnalysis;
import org.faktograf.facts.FactExtractor;
import org.faktograf.formats.corpus.CorpusFormatException;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.norm.NameNormalizer;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faktograf eval facts DIR}: scores factRuEval-2016 track 3 (facts). */
@Command(name = "facts",
        mixinStandardHelpOptions = true,
        description = {
                "Scores the facts (factRuEval-2016 track 3: occupation, meeting, deal, ownership) against "
                        + "the .facts layer of a factRuEval-2016 directory, the way the official scorer does "
                        + "in its default mode (difficult facts ignored, positions weigh half, values equal "
                        + "within 2 edits).",
                "",
                "By default the whole pipeline reads each NAME.txt and its facts are written as "
                        + "'faktograf extract --format factru' writes NAME.task3. --gold-entities takes "
                        + "mentions, posts (job spans) and entities from the gold layers instead, to measure "
                        + "the fact rules alone; --gold-mentions only the mentions and posts; --responses "
                        + "scores existing NAME.task3 files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the scores were printed",
                "2:DIR or the responses directory is missing, or DIR is not a factRuEval directory"},
        footer = {"", "Examples:", "  faktograf eval facts corpora/factru-dev",
                "  faktograf eval facts --gold-entities --errors 20 corpora/factru-dev",
                "  faktograf eval facts --responses out corpora/factru-dev"})
final class EvalFactsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "a factRuEval-2016 directory, e.g. corpora/factru-dev")
    Path dir;

    @Option(names = "--gold-entities", description = "mentions and entities from the gold layers, not the recognizer")
    boolean goldEntities;

    @Option(names = "--gold-mentions", description = "mentions from the gold layers, canonical names and entities "
            + "from the pipeline's normaliser and resolver")
    boolean goldMentions;

    @Option(names = "--responses", paramLabel = "RESPONSES", description = "score the NAME.task3 files of this directory")
    Path responses;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "also list up to N disagreements (missed, extra and partly matched facts); default ${DEFAULT-VALUE}")
    int errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (InputDirectory.unusable("faktograf eval facts", dir, err)) {
            return 2;
        }
        if (responses != null && InputDirectory.unusable("faktograf eval facts", responses, err)) {
            return 2;
        }
        FactEvaluation evaluation = new FactEvaluation();
        FactEvaluation.Result result;
        List<String> missing = new ArrayList<>();
        try {
            if (responses != null) {
                result = evaluation.evaluateResponses(dir, responses, missing);
            } else if (goldEntities) {
                FactExtractor facts = FactExtractor.shared();
                result = evaluation.evaluate(dir, doc -> facts.apply(GoldEntityAnalysis.of(doc)));
            } else if (goldMentions) {
                FactExtractor facts = FactExtractor.shared();
                NameNormalizer normalizer = new NameNormalizer();
                EntityResolver resolver = new EntityResolver();
                result = evaluation.evaluate(dir,
                        doc -> facts.apply(resolver.apply(normalizer.apply(GoldEntityAnalysis.mentionsOf(doc)))));
            } else {
                Pipeline pipeline = StandardPipeline.get();
                boolean hasFacts = pipeline.stages().stream().anyMatch(s -> s instanceof FactExtractor);
                result = evaluation.evaluate(dir, doc -> {
                    Analysis a = pipeline.analyze(Document.of(doc.id(), doc.text()));
                    return hasFacts ? a : FactExtractor.shared().apply(a);
                });
            }
        } catch (CorpusFormatException e) {
            err.println("faktograf eval facts: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            err.println("faktograf eval facts: " + dir + ": malformed corpus file (" + e.getMessage() + ")");
            return 2;
        } catch (UncheckedIOException e) {
            err.println("faktograf eval facts: " + dir + ": cannot read: " + e.getCause().getMessage());
            return 2;
        }
        for (String m : missing) {
            err.println("faktograf eval facts: warning: " + m + " is missing; counted as no facts");
        }
        for (String p : result.problems()) {
            err.println("faktograf eval facts: warning: " + p);
        }
        out.println("factRuEval track 3 (facts): " + dir + (responses != null ? ", responses " + responses
                : goldEntities ? ", gold mentions and entities" : goldMentions ? ", gold mentions" : ", full pipeline"));
        out.print(result.report());
        if (errors > 0 && !result.disagreements().isEmpty()) {
            out.println();
            result.disagreements().stream().limit(errors).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
