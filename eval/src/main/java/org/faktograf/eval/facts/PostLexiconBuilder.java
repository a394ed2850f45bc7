package org.faktograf.eval.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.faktograf.formats.corpus.BratCorpus;
import org.faktograf.formats.corpus.BratDocument;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.segment.Segmenter;

/**
 * Builds {@code core/src/main/resources/org/faktograf/facts/posts.txt}, the lemmas that head a
 * post, from the training data: the head noun (the first noun, as the morphology reads it in
 * its sentence) of every PROFESSION mention of NEREL train and dev and every job span of
 * factRuEval's development set, kept when seen at least {@value #MIN_COUNT} times and not among
 * {@link #NOT_POSTS}. The fact rules use the list where the recognizer misses a post. Run from
 * the repository root:
 *
 * <pre>
 * java -cp ... org.faktograf.eval.facts.PostLexiconBuilder corpora/nerel/train corpora/nerel/dev \
 *     corpora/factru-dev core/src/main/resources/org/faktograf/facts/posts.txt
 * </pre>
 */
public final class PostLexiconBuilder {
    static final int MIN_COUNT = 3;
    /**
     * Heads the annotations give that name no post: bodies (администрация, руководство), a
     * nationality, states and misread forms (королев, премьера, пилота-инструктор), people who
     * hold no post (студент, турист, болельщик, боевик).
     */
    static final java.util.Set<String> NOT_POSTS = java.util.Set.of("администрация", "компания", "дело", "защита",
            "войско", "британец", "звезда", "королев", "голова", "политика", "право", "премьера", "пилота-инструктор",
            "принцу-регент", "рэперо", "сила", "руководство", "командование", "сша", "турист", "школьник", "студент",
            "болельщик", "боевик", "обязанность", "высочество");

    private PostLexiconBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PostLexiconBuilder BRAT_OR_FACTRU_DIR... OUT_FILE");
            System.exit(2);
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            count(Path.of(args[i]), counts);
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Lemmas that head a post (президент, глава, директор), one a line: the head nouns of NEREL's");
        lines.add("# PROFESSION mentions (train, dev) and factRuEval's job spans (dev) seen " + MIN_COUNT + " times or more.");
        lines.add("# Built by org.faktograf.eval.facts.PostLexiconBuilder (its class comment gives the command).");
        counts.forEach((lemma, n) -> {
            if (n >= MIN_COUNT && !NOT_POSTS.contains(lemma)) {
                lines.add(lemma);
            }
        });
        Files.write(Path.of(args[args.length - 1]), lines, StandardCharsets.UTF_8);
    }

    private static void count(Path dir, Map<String, Integer> counts) throws IOException {
        boolean brat;
        try (Stream<Path> files = Files.list(dir)) {
            brat = files.anyMatch(p -> p.toString().endsWith(".ann"));
        }
        if (brat) {
            List<Path> anns;
            try (Stream<Path> files = Files.list(dir)) {
                anns = files.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
            }
            for (Path ann : anns) {
                BratDocument d;
                try {
                    d = BratCorpus.loadDocument(ann);
                } catch (RuntimeException e) {
                    System.err.println("skipped " + ann + ": " + e.getMessage());
                    continue;
                }
                Analysis a = analyse(d.text());
                for (BratDocument.Entity e : d.entities()) {
                    if (e.type().equals("PROFESSION")) {
                        head(a, e.start(), e.end(), counts);
                    }
                }
            }
        } else {
            for (FactRuDocument d : FactRuCorpus.load(dir)) {
                Analysis a = analyse(d.text());
                for (FactRuDocument.Span s : d.spans()) {
                    if (s.type().equals("job")) {
                        head(a, s.start(), s.end(), counts);
                    }
                }
            }
        }
    }

    private static Analysis analyse(String text) {
        return MorphAnalyzer.shared().apply(new Segmenter().apply(Analysis.of(Document.of("x", text))));
    }

    private static void head(Analysis a, int start, int end, Map<String, Integer> counts) {
        for (int i = 0; i < a.tokens().size(); i++) {
            if (a.tokens().get(i).start() >= start && a.tokens().get(i).end() <= end && a.tokens().get(i).isWord()
                    && a.morphology().get(i).best().pos() == PartOfSpeech.NOUN) {
                counts.merge(a.morphology().get(i).best().lemma().replace('ё', 'е'), 1, Integer::sum);
                return;
            }
        }
    }
}
