package org.faktograf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void exitCodesAddUp() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Diagnostics d = new Diagnostics(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        d.warning("a.bin: binary file (NUL bytes); skipped");
        assertEquals(0, d.exitCode());
        d.error("missing.txt: no such file or directory");
        assertEquals(2, d.exitCode());
        d.internalError("x.txt", new IllegalStateException("bad state\nsecond line"));
        assertEquals(1, d.exitCode());
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(3, printed.lines().count(), printed);
        assertTrue(printed.contains("faktograf: internal error on x.txt: IllegalStateException: bad state (--debug shows the stack trace)"));
        assertFalse(printed.contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void debugPrintsTheStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new Diagnostics(new PrintStream(err, true, StandardCharsets.UTF_8), true).internalError(null, new IllegalStateException("x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\tat org.faktograf.cli.DiagnosticsTest"));
    }
}
