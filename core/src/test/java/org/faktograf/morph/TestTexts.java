package org.faktograf.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.segment.Segmenter;

/** Test helpers: segmented analyses from the real segmenter, the seed text, token look-up. */
final class TestTexts {
    private static final Segmenter SEGMENTER = new Segmenter();

    private TestTexts() {
    }

    static Analysis analysis(String text) {
        return SEGMENTER.apply(Analysis.of(Document.of("test", text)));
    }

    static Path root() {
        return Path.of(System.getProperty("faktograf.root", "..")).toAbsolutePath().normalize();
    }

    static String seed() {
        return read(root().resolve("corpora/seed/tomsk-2010.txt"));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the first token with this text at or after {@code from}. */
    static int indexOf(Analysis a, String text, int from) {
        for (int i = from; i < a.tokens().size(); i++) {
            if (a.tokens().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no token " + text);
    }
}
