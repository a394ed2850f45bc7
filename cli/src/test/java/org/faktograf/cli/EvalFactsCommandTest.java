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

class EvalFactsCommandTest {

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

    private static Path dev() {
        return Path.of(System.getProperty("faktograf.root", "..")).resolve("corpora/factru-dev").toAbsolutePath();
    }

    @Test
    void goldEntitiesScoresEveryTypeOfTheDevelopmentSet() {
        String[] r = run("eval", "facts", "--gold-entities", "--errors", "3", dev().toString());
        assertEquals("0", r[0], r[2]);
        for (String type : new String[] {"occupation", "meeting", "deal", "ownership", "overall"}) {
            assertTrue(r[1].lines().anyMatch(l -> l.startsWith(type + " ")), r[1]);
        }
        assertTrue(r[1].contains("122 documents"), r[1]);
        assertTrue(r[1].lines().filter(l -> l.startsWith("book_")).count() == 3, r[1]);
    }

    @Test
    void goldMentionsUseThePipelinesEntities() {
        String[] r = run("eval", "facts", "--gold-mentions", dev().toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("gold mentions"), r[1]);
        assertTrue(r[1].lines().anyMatch(l -> l.startsWith("overall ")), r[1]);
    }

    @Test
    void responseFilesAreScoredAndAMissingOneIsAWarning(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("book_58.task3"), """
                meeting
                participant:виторио сандали
                participant:александр налбандов
                """);
        String[] r = run("eval", "facts", "--responses", tmp.toString(), dev().toString());
        assertEquals("0", r[0], r[2]);
        String meeting = r[1].lines().filter(l -> l.startsWith("meeting ")).findFirst().orElseThrow();
        assertTrue(meeting.contains("1.0000"), meeting); // the one response is right: precision 1
        assertTrue(r[2].contains("book_100.task3 is missing"), r[2]);
        assertFalse(r[2].contains("Exception"), r[2]);
    }

    @Test
    void aMissingDirectoryIsOneLineAndExitCodeTwo(@TempDir Path tmp) {
        String[] r = run("eval", "facts", tmp.resolve("nowhere").toString());
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].contains("no such directory"), r[2]);

        String[] noResponses = run("eval", "facts", "--responses", tmp.resolve("nothing").toString(), dev().toString());
        assertEquals("2", noResponses[0]);
        assertEquals(1, noResponses[2].strip().lines().count(), noResponses[2]);
    }

    @Test
    void aDirectoryWithoutTextsIsRefused(@TempDir Path tmp) {
        String[] r = run("eval", "facts", tmp.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("not a factRuEval directory"), r[2]);
        assertFalse(r[2].contains("Exception"), r[2]);
    }
}
