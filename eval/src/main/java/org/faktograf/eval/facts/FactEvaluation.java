package org.faktograf.eval.facts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.formats.write.FactRuWriter;
import org.faktograf.model.Analysis;

/**
 * Scores track 3 of factRuEval-2016 over a directory in the corpus layout: the facts of each
 * {@code NAME.txt} with a {@code NAME.facts} beside it (documents without one are skipped, as the
 * official scorer skips them) against the response, which is either the {@code NAME.task3} files
 * of a directory or what an analysis function yields, written by {@link FactRuWriter} exactly as
 * {@code faktograf extract --format factru} writes it.
 */
public final class FactEvaluation {
    private final TrackThreeScorer scorer = new TrackThreeScorer();

    /** The figures over a corpus, the problems met, and the disagreements of each document. */
    public record Result(int documents, Map<String, TrackThreeScorer.Counts> byTag, List<String> problems,
                         List<String> disagreements) {

        public TrackThreeScorer.Counts overall() {
            TrackThreeScorer.Counts c = TrackThreeScorer.Counts.ZERO;
            for (TrackThreeScorer.Counts x : byTag.values()) {
                c = c.plus(x);
            }
            return c;
        }

        public TrackThreeScorer.Counts of(String tag) {
            return byTag.getOrDefault(tag, TrackThreeScorer.Counts.ZERO);
        }

        public String report() {
            return TrackThreeScorer.table(byTag) + documents + " documents with facts. Default mode of the "
                    + "official scorer: difficult gold facts ignored, positions weigh half.\n";
        }
    }

    /** Scores the analyses {@code analyse} makes of the corpus documents. */
    public Result evaluate(Path dir, Function<FactRuDocument, Analysis> analyse) {
        FactRuWriter writer = new FactRuWriter();
        return run(dir, doc -> {
            StringWriter out = new StringWriter();
            try {
                writer.writeFacts(analyse.apply(doc), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        });
    }

    /** Scores the {@code NAME.task3} response files of {@code responses}; a missing one counts as empty. */
    public Result evaluateResponses(Path dir, Path responses, List<String> missing) {
        return run(dir, doc -> {
            Path p = responses.resolve(doc.id() + ".task3");
            if (!Files.exists(p)) {
                missing.add(p.toString());
                return "";
            }
            try {
                String s = Files.readString(p, StandardCharsets.UTF_8);
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Result run(Path dir, Function<FactRuDocument, String> response) {
        Map<String, TrackThreeScorer.Counts> byTag = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int documents = 0;
        for (FactRuDocument doc : FactRuCorpus.load(dir)) {
            if (!Files.exists(dir.resolve(doc.id() + ".facts"))) {
                continue;
            }
            documents++;
            List<TrackThreeFact> gold;
            try {
                gold = TrackThreeGold.facts(doc);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage() + "; its gold facts are dropped, as the official scorer drops them");
                gold = List.of();
            }
            List<String> lineProblems = new ArrayList<>();
            List<TrackThreeFact> test = TrackThreeResponse.parse(response.apply(doc), lineProblems);
            for (String p : lineProblems) {
                problems.add(doc.id() + ".task3: " + p);
            }
            TrackThreeScorer.DocumentScore score = scorer.score(gold, test);
            score.byTag().forEach((tag, c) -> byTag.merge(tag, c, TrackThreeScorer.Counts::plus));
            for (TrackThreeScorer.Cluster c : score.clusters()) {
                if (c.quality() < 0.999 && !(c.gold() != null && c.gold().ignored())) {
                    disagreements.add(describe(doc.id(), c));
                }
            }
        }
        for (String tag : TrackThreeScorer.TAGS) {
            byTag.putIfAbsent(tag, TrackThreeScorer.Counts.ZERO);
        }
        return new Result(documents, byTag, problems, disagreements);
    }

    private static String describe(String doc, TrackThreeScorer.Cluster c) {
        StringBuilder b = new StringBuilder();
        String kind = c.gold() == null ? "extra" : c.responses().isEmpty() ? "missed" : "partial";
        b.append(String.format(Locale.ROOT, "%s %-7s %.2f", doc, kind, c.quality()));
        if (c.gold() != null) {
            b.append("  gold: ").append(inline(c.gold(), true));
        }
        for (TrackThreeFact r : c.responses()) {
            b.append("  found: ").append(inline(r, false));
        }
        return b.toString();
    }

    private static String inline(TrackThreeFact f, boolean gold) {
        StringBuilder b = new StringBuilder(f.tag()).append(" [");
        for (int i = 0; i < f.arguments().size(); i++) {
            TrackThreeFact.Argument a = f.arguments().get(i);
            if (i > 0) {
                b.append("; ");
            }
            b.append(a.name()).append('=').append(a.values().isEmpty() ? "" : a.values().get(0));
        }
        return b.append(']').toString();
    }
}
