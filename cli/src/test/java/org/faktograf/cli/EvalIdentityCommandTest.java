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

/** {@code eval identity} and {@code eval names} on a crafted factRuEval directory and on bad input. */
class EvalIdentityCommandTest {

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

    /** book_1: «С Юрием Лужковым встретились.» with one gold person. */
    private static Path corpus(Path dir) throws IOException {
        Files.writeString(dir.resolve("book_1.txt"), "С Юрием Лужковым встретились.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book_1.tokens"), "1 0 1 С\n2 2 5 Юрием\n3 8 8 Лужковым\n4 17 11 встретились\n5 28 1 .\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book_1.spans"), "21 name 2 5 2 1  # 2 Юрием\n22 surname 8 8 3 1  # 3 Лужковым\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book_1.objects"), "11 Person 21 22 # Юрием Лужковым\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book_1.coref"), "1 11\nfirstname Юрий\nlastname Лужков\n", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void goldMentionsScoreTheCanonicalNames(@TempDir Path tmp) throws IOException {
        Path dir = corpus(tmp);
        String[] identity = run("eval", "identity", "--mentions", "gold", dir.toString());
        assertEquals("0", identity[0], identity[2]);
        assertTrue(identity[1].lines().anyMatch(l -> l.startsWith("PER") && l.endsWith("1.0000")), identity[1]);
        String[] names = run("eval", "names", "--mentions", "gold", dir.toString());
        assertEquals("0", names[0], names[2]);
        assertTrue(names[1].lines().anyMatch(l -> l.startsWith("first name + surname") && l.endsWith("1.0000")), names[1]);
    }

    @Test
    void responseFilesAreScoredAndAMalformedOneIsOneLine(@TempDir Path tmp) throws IOException {
        Path dir = corpus(Files.createDirectory(tmp.resolve("gold")));
        Path responses = Files.createDirectory(tmp.resolve("responses"));
        Files.writeString(responses.resolve("book_1.task2"), "per\nlastname:лужков\n", StandardCharsets.UTF_8);
        String[] ok = run("eval", "identity", "--responses", responses.toString(), dir.toString());
        assertEquals("0", ok[0], ok[2]);
        assertTrue(ok[1].lines().anyMatch(l -> l.startsWith("OVERALL") && l.contains("0.5000")), ok[1]);

        Files.writeString(responses.resolve("book_1.task2"), "per\nlastname лужков\n", StandardCharsets.UTF_8);
        String[] bad = run("eval", "identity", "--responses", responses.toString(), dir.toString());
        assertEquals("2", bad[0]);
        assertEquals(1, bad[2].strip().lines().count(), bad[2]);
        assertFalse(bad[2].contains("Exception"), bad[2]);
    }

    @Test
    void usageErrorsAreOneLineAndExitCodeTwo(@TempDir Path tmp) throws IOException {
        for (String command : new String[] {"identity", "names"}) {
            String[] missing = run("eval", command, tmp.resolve("nowhere").toString());
            assertEquals("2", missing[0]);
            assertTrue(missing[2].contains("no such directory"), missing[2]);
            String[] badSource = run("eval", command, "--mentions", "oracle", corpus(tmp).toString());
            assertEquals("2", badSource[0]);
            assertEquals(1, badSource[2].strip().lines().count(), badSource[2]);
            String[] empty = run("eval", command, Files.createDirectories(tmp.resolve("empty-" + command)).toString());
            assertEquals("2", empty[0]);
            assertTrue(empty[2].contains("not a factRuEval directory"), empty[2]);
        }
    }
}
