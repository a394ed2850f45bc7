package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.faktograf.model.Analysis;
import org.faktograf.model.TokenMorphology;
import org.junit.jupiter.api.Test;

class ConcurrentAnalysisTest {

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(TestTexts.seed());
        try (Stream<Path> files = Files.list(TestTexts.root().resolve("corpora/factru-dev"))) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(12)
                    .forEach(p -> texts.add(TestTexts.read(p)));
        }
        return texts;
    }

    /** The readings and the nominatives of every word, as one comparable value. */
    private static List<Object> result(String text) {
        Analysis a = MorphAnalyzer.shared().apply(TestTexts.analysis(text));
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < a.tokens().size(); i++) {
            TokenMorphology m = a.morphology().get(i);
            out.add(m);
            String word = a.tokens().get(i).text();
            out.add(Inflector.shared().inflect(word, m.best(), mask(NOMN, SING)));
        }
        return out;
    }

    @Test
    void threadsAnalysingAtOnceAgreeWithOneThread() throws Exception {
        List<String> texts = texts();
        assertTrue(texts.size() > 5, "the factru-dev texts are found");
        List<List<Object>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(result(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> result(t)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(expected.get(k % texts.size()), futures.get(k).get(), "text " + (k % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
