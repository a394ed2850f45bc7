package org.faktograf.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;
import org.junit.jupiter.api.Test;

/** The segmenter on the vendored texts: the seed article and the corpora. */
class SegmenterCorpusTest {
    private final Segmenter segmenter = new Segmenter();

    /** The corpora folder: from -Dfaktograf.root (set by the build) or up from the working directory. */
    static Path corpora() {
        String root = System.getProperty("faktograf.root");
        if (root != null && Files.isDirectory(Path.of(root, "corpora"))) {
            return Path.of(root, "corpora");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("corpora/seed"))) {
                return p.resolve("corpora");
            }
        }
        throw new IllegalStateException("no corpora folder above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private List<String> sentenceTexts(String text) {
        List<Token> tokens = segmenter.tokenize(text);
        List<String> out = new ArrayList<>();
        for (Sentence s : segmenter.sentences(text, tokens)) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void theSeedArticleIsCoveredAndSplitWhereItsSentencesEnd() throws IOException {
        String text = read(corpora().resolve("seed/tomsk-2010.txt"));
        List<Token> tokens = segmenter.tokenize(text);
        SegmenterTest.assertCovers(text, tokens);
        List<Sentence> sentences = segmenter.sentences(text, tokens);
        SegmenterTest.assertPartitions(tokens, sentences);

        List<String> s = sentenceTexts(text);
        assertEquals("Кресс показал Путину свою инновационность", s.get(0), "the title is its own sentence");
        assertTrue(s.stream().anyMatch(x -> x.startsWith("В этот же день Кресс подписал соглашения с инвесторами")
                && x.endsWith("инновационных производств.")), "a sentence is exactly 'В этот же день Кресс подписал...'");
        assertTrue(s.contains("Губернатор доложил премьеру о ходе реализации проекта «ИНО-ТОМСК 2020»."));
        assertTrue(s.stream().anyMatch(x -> x.endsWith("будет построено в течение 2011-2012гг.")));
        assertTrue(s.stream().anyMatch(x -> x.startsWith("Кроме того, глава региона Виктор Кресс")));
        assertEquals(13, s.size(), String.join("\n", s));

        List<String> t = new ArrayList<>();
        tokens.forEach(k -> t.add(k.text()));
        int micran = t.indexOf("Микран");
        assertEquals(List.of("ЗАО", "«", "НПФ", "«", "Микран", "»", "и"), t.subList(micran - 4, micran + 3));
        int range = t.indexOf("2011");
        assertEquals(List.of("2011", "-", "2012", "гг", "."), t.subList(range, range + 5));
        assertTrue(t.contains("ИНО-ТОМСК") && t.contains("Премьер-министр") && t.contains("научно-образовательным")
                && t.contains("технико-внедренческого") && t.contains("4G"));
        assertEquals(TokenKind.WORD, tokens.get(t.indexOf("4G")).kind());
    }

    @Test
    void everyTextOfTheCorporaIsCoveredAndPartitioned() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(corpora())) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(texts.size() > 900, "expected the factRuEval and NEREL texts, found " + texts.size());
        for (Path p : texts) {
            String text = read(p);
            List<Token> tokens = segmenter.tokenize(text);
            SegmenterTest.assertCovers(text, tokens);
            SegmenterTest.assertPartitions(tokens, segmenter.sentences(text, tokens));
        }
    }
}
