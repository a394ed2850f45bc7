package org.faktograf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTokensCommandTest {

    /** Runs the command line with standard output and error captured: {exit code, out, err}. */
    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aMissingDirectoryIsOneLineAndExitCodeTwo(@TempDir Path tmp) {
        String[] r = run("eval", "tokens", tmp.resolve("nowhere").toString());
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].contains("no such directory"), r[2]);
        assertFalse(r[2].contains("Exception"), r[2]);
    }

    @Test
    void aDirectoryWithoutTextsOrAFileIsRefusedTheSameWay(@TempDir Path tmp) throws IOException {
        String[] empty = run("eval", "tokens", tmp.toString());
        assertEquals("2", empty[0]);
        assertEquals(1, empty[2].strip().lines().count(), empty[2]);
        assertTrue(empty[2].contains("not a factRuEval directory"), empty[2]);

        Path file = Files.writeString(tmp.resolve("a.txt"), "текст");
        String[] notDir = run("eval", "tokens", file.toString());
        assertEquals("2", notDir[0]);
        assertTrue(notDir[2].contains("not a directory"), notDir[2]);
    }

    @Test
    void aMalformedTokensFileIsOneLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("book_1.txt"), "Текст.");
        Files.writeString(tmp.resolve("book_1.tokens"), "1 0\n");
        String[] r = run("eval", "tokens", tmp.toString());
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].contains("book_1.tokens"), r[2]);

        Files.writeString(tmp.resolve("book_1.tokens"), "1 x 5 Текст\n");
        String[] bad = run("eval", "tokens", tmp.toString());
        assertEquals("2", bad[0]);
        assertEquals(1, bad[2].strip().lines().count(), bad[2]);

        Files.writeString(tmp.resolve("book_1.tokens"), "1 0 500 Текст\n");
        String[] past = run("eval", "tokens", tmp.toString());
        assertEquals("2", past[0]);
        assertEquals(1, past[2].strip().lines().count(), past[2]);
    }

    @Test
    void aCorpusIsScored(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("book_1.txt"), "Кресс приехал. Путин тоже.");
        Files.writeString(tmp.resolve("book_1.tokens"),
                "1 0 5 Кресс\n2 6 7 приехал\n3 13 1 .\n\n4 15 5 Путин\n5 21 4 тоже\n6 25 1 .\n");
        String[] r = run("eval", "tokens", tmp.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].lines().anyMatch(l -> l.startsWith("tokens") && l.endsWith("1.0000")), r[1]);
        assertTrue(r[1].lines().anyMatch(l -> l.startsWith("sentence boundaries") && l.endsWith("1.0000")), r[1]);
    }

    @Test
    void theHelpExplainsWhatIsCompared() {
        String[] r = run("eval", "tokens", "--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("DIR") && r[1].contains("sentence boundaries") && r[1].contains("code points"), r[1]);
    }
}
