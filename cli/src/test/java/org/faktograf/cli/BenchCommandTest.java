package org.faktograf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faktograf.formats.corpus.CorpusPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faktograf bench}: that it runs the whole pipeline and reports, not how fast (no speed is asserted). */
class BenchCommandTest {

    /** {exit code, out, err}. */
    private static String[] run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), args);
        return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aMissingFolderIsOneLineAndExitCodeTwo(@TempDir Path tmp) {
        String[] r = run("bench", "--input", tmp.resolve("nowhere").toString());
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].contains("no such folder"), r[2]);
    }

    @Test
    void aFolderWithoutTextsIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.md"), "не текст");
        String[] r = run("bench", "--input", tmp.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no .txt files"), r[2]);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        String[] r = run("bench", "--seconds", "0");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--seconds"), r[2]);
    }

    @Test
    void reportsEveryFigureOverTheSeedArticle(@TempDir Path tmp) throws IOException {
        Files.copy(CorpusPaths.seed(), tmp.resolve("tomsk-2010.txt"));
        String[] r = run("bench", "--input", tmp.toString(), "--seconds", "0.5", "--warmup", "0", "--threads", "2",
                "--startup-runs", "1", "--heap-limit", "256");
        assertEquals("0", r[0], r[2]);
        String out = r[1];
        assertTrue(out.contains("Segmenter > MorphAnalyzer > EntityRecognizer"), out);
        assertTrue(out.contains("FactExtractor"), out);
        assertTrue(out.contains("1 documents,"), out);
        // a fresh JVM on the same class path reached its first result, and a run under -Xmx256m finished
        assertTrue(out.contains("Start-up to first result:"), out);
        assertTrue(out.contains("Under -Xmx256m") && out.contains("fits"), out);
        for (String threads : new String[] {"1 thread ", "2 threads"}) {
            Matcher m = Pattern.compile(Pattern.quote(threads) + ":.*\\((\\d+) documents").matcher(out);
            assertTrue(m.find(), out);
            assertTrue(Long.parseLong(m.group(1)) > 0, out);
        }
        assertTrue(out.contains("CPU per document by stage") && out.contains("FactExtractor"), out);
        assertTrue(out.contains("Peak heap while measuring"), out);
    }
}
