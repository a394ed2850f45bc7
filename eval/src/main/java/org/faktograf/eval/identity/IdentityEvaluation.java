package org.faktograf.eval.identity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.formats.write.FactRuWriter;
import org.faktograf.model.Analysis;

/**
 * factRuEval-2016 track 2 over a directory: the system's entities, written as {@code .task2}
 * responses by {@link FactRuWriter} and read back as the official scorer reads them, scored by
 * {@link Track2Scorer} against the {@code .coref} layer; or response files written earlier.
 */
public final class IdentityEvaluation {

    /** The scores summed over the documents, with the per-document ones for inspection. */
    public record Result(int documents, Track2Scorer.Scores scores, List<DocumentScore> perDocument) {
        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-8s %8s %8s %8s %9s %7s %7s%n",
                    "type", "gold", "response", "TP", "precision", "recall", "F1"));
            for (String tag : List.of("per", "loc", "org", "overall")) {
                Track2Scorer.Counts c = scores.get(tag);
                b.append(String.format(Locale.ROOT, "%-8s %8d %8d %8.2f %9.4f %7.4f %7.4f%n",
                        tag.toUpperCase(Locale.ROOT), c.gold(), c.found(), c.tp(), c.precision(), c.recall(), c.f1()));
            }
            b.append(String.format(Locale.ROOT, "%d documents. Scored as the official factRuEval-2016 track 2 scorer: "
                    + "entity quality = matched gold attributes / (gold + unmatched response attributes),%n"
                    + "best one-to-one matching by type, loc and locorg alike; values lower case, ё as е, "
                    + "Levenshtein tolerance 1 (2 from 9 characters).%n", documents));
            return b.toString();
        }
    }

    public record DocumentScore(String document, Track2Scorer.Scores scores) {}

    /** Runs the analyzer on every document of {@code dir} with a {@code .coref} layer and scores it. */
    public Result evaluate(Path dir, FactRuAnalyzer analyzer) {
        FactRuWriter writer = new FactRuWriter();
        Track2Scorer.Scores total = Track2Scorer.Scores.empty();
        List<DocumentScore> docs = new ArrayList<>();
        for (FactRuDocument d : FactRuCorpus.load(dir)) {
            if (!Files.exists(dir.resolve(d.id() + ".coref"))) {
                continue;
            }
            Analysis a = analyzer.analyze(d);
            StringWriter out = new StringWriter();
            try {
                writer.writeEntities(a, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Track2Scorer.Scores s = Track2Scorer.score(Track2Scorer.standard(d), Track2Scorer.response(out.toString()));
            docs.add(new DocumentScore(d.id(), s));
            total = total.plus(s);
        }
        return new Result(docs.size(), total, docs);
    }

    /** Scores the {@code NAME.task2} files of {@code responses} against the gold of {@code dir}; a missing file is an empty response. */
    public Result evaluateResponses(Path dir, Path responses) {
        Track2Scorer.Scores total = Track2Scorer.Scores.empty();
        List<DocumentScore> docs = new ArrayList<>();
        for (FactRuDocument d : FactRuCorpus.load(dir)) {
            if (!Files.exists(dir.resolve(d.id() + ".coref"))) {
                continue;
            }
            Path f = responses.resolve(d.id() + ".task2");
            String text;
            try {
                text = Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Track2Scorer.Scores s = Track2Scorer.score(Track2Scorer.standard(d), Track2Scorer.response(text));
            docs.add(new DocumentScore(d.id(), s));
            total = total.plus(s);
        }
        return new Result(docs.size(), total, docs);
    }
}
