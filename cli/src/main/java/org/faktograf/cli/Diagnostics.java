package org.faktograf.cli;

import java.io.PrintStream;
import org.faktograf.formats.read.ReadProblems;

/**
 * The messages of a run, one line each on standard error, and the exit code they add up to:
 * 0 when all went well, 2 when some input could not be processed (missing, unreadable, too
 * large), 1 when the program itself failed.
 */
final class Diagnostics implements ReadProblems {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INPUT_ERROR = 2;

    private final PrintStream err;
    private final boolean debug;
    private ProgressLine progress;
    private int inputErrors;
    private int internalErrors;
    private int warnings;

    Diagnostics(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** Messages go through the progress line from now on. */
    void showingProgress(ProgressLine progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void warning(String message) {
        warnings++;
        print("faktograf: warning: " + message);
    }

    @Override
    public synchronized void error(String message) {
        inputErrors++;
        print("faktograf: error: " + message);
    }

    /** A failure of the program, not of the input: one line, the stack trace with --debug. */
    synchronized void internalError(String where, Throwable t) {
        internalErrors++;
        print("faktograf: internal error" + (where == null ? "" : " on " + where) + ": " + describe(t)
                + (debug ? "" : " (--debug shows the stack trace)"));
        if (debug) {
            t.printStackTrace(err);
        }
    }

    int exitCode() {
        return internalErrors > 0 ? INTERNAL_ERROR : inputErrors > 0 ? INPUT_ERROR : OK;
    }

    int warnings() {
        return warnings;
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    private void print(String line) {
        if (progress != null) {
            progress.message(line);
        } else {
            err.println(line);
            err.flush();
        }
    }
}
