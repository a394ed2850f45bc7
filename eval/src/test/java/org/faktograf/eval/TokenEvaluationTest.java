package org.faktograf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.segment.Segmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenEvaluationTest {
    private final TokenEvaluation evaluation = new TokenEvaluation(new Segmenter());

    /** The acceptance check of the segmenter: it fails when quality drops below the targets. */
    @Test
    void theSegmenterMeetsTheTargetsOnTheFactRuEvalDevelopmentSet() {
        TokenEvaluation.Result r = evaluation.evaluate(CorpusPaths.factruDev(), 0);
        assertEquals(122, r.documents());
        assertEquals(30940, r.tokens().gold());
        assertTrue(r.tokens().f1() >= 0.995, "token F1 " + r.tokens().f1() + "\n" + r.report());
        assertTrue(r.sentenceBoundaries().f1() >= 0.98, "sentence F1 " + r.sentenceBoundaries().f1() + "\n" + r.report());
    }

    @Test
    void countsAreExactAndOffsetsAreCodePoints(@TempDir Path dir) throws IOException {
        // the emoji is one code point but two UTF-16 units: every later offset tests the conversion
        String text = "Кресс 😀 приехал. В. Путин тоже.";
        Files.writeString(dir.resolve("book_1.txt"), text, StandardCharsets.UTF_8);
        // gold: the initial "В" and its full stop are two tokens, and a (made-up) sentence break
        // before "тоже" that the segmenter does not make
        Files.writeString(dir.resolve("book_1.tokens"), String.join("\n",
                "1 0 5 Кресс", "2 6 1 😀", "3 8 7 приехал", "4 15 1 .", "",
                "5 17 1 В", "6 18 1 .", "7 20 5 Путин", "",
                "8 26 4 тоже", "9 30 1 .", ""), StandardCharsets.UTF_8);

        TokenEvaluation.Result r = evaluation.evaluate(dir, 10);
        assertEquals(new TokenEvaluation.Score(7, 8, 9), r.tokens());
        assertEquals(7.0 / 8, r.tokens().precision(), 1e-9);
        assertEquals(7.0 / 9, r.tokens().recall(), 1e-9);
        assertEquals(new TokenEvaluation.Score(1, 1, 2), r.sentenceBoundaries());
        assertEquals(new TokenEvaluation.Score(1, 2, 3), r.sentenceSpans());
        // "В." found, "В" and "." missed, one boundary missed
        assertEquals(4, r.disagreements().size(), r.disagreements().toString());
        TokenEvaluation.Disagreement extra = r.disagreements().stream().filter(d -> !d.missed()).findFirst().orElseThrow();
        assertEquals(17, extra.start());
        assertEquals(19, extra.end());
        assertTrue(r.report().contains("sentence boundaries"), r.report());
    }
}
