package org.faktograf.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a run on standard error, shown only once the run has lasted two seconds: on a
 * terminal one line rewritten four times a second, elsewhere (a log) a plain line every ten
 * seconds, and a last line at the end. Messages printed meanwhile go through {@link #message} so
 * they do not land in the middle of the line.
 */
final class ProgressLine {
    private static final long SHOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final PrintStream err;
    private final boolean terminal;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private ScheduledExecutorService ticker;
    private int shownWidth; // width of the line now on the terminal, 0 when none
    private boolean shown;

    /**
     * @param terminal standard error is a terminal
     * @param enabled  false for --quiet: nothing is printed but messages
     */
    ProgressLine(PrintStream err, boolean terminal, boolean enabled) {
        this.err = err;
        this.terminal = terminal;
        this.enabled = enabled;
    }

    /** True when standard error is a terminal; the launcher tells, else the JVM's console guess. */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("faktograf.stderr.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    void start() {
        if (!enabled) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "faktograf-progress");
            t.setDaemon(true);
            return t;
        });
        long period = terminal ? 250 : 10_000;
        ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    void documentDone() {
        done.incrementAndGet();
    }

    long documentsDone() {
        return done.get();
    }

    /** Prints a message line without breaking the progress line. */
    void message(String line) {
        synchronized (this) {
            clear();
            err.println(line);
            err.flush();
        }
    }

    /** Stops the ticker and leaves a final line when progress was due. */
    void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        synchronized (this) {
            if (enabled && System.nanoTime() - startNanos >= SHOW_AFTER_NANOS) {
                clear();
                err.println(status());
                err.flush();
            }
        }
    }

    private synchronized void tick() {
        if (System.nanoTime() - startNanos < SHOW_AFTER_NANOS) {
            return;
        }
        String s = status();
        if (terminal) {
            StringBuilder line = new StringBuilder("\r").append(s);
            for (int i = s.length(); i < shownWidth; i++) {
                line.append(' ');
            }
            err.print(line);
            shownWidth = s.length();
        } else {
            err.println(s);
        }
        err.flush();
        shown = true;
    }

    /** Wipes the line on a terminal. */
    private void clear() {
        if (terminal && shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            shownWidth = 0;
        }
    }

    private String status() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long n = done.get();
        long s = (long) seconds;
        String elapsed = s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        return String.format(Locale.ROOT, "faktograf: %,d document%s, %,.1f documents/s, %s elapsed",
                n, n == 1 ? "" : "s", seconds > 0 ? n / seconds : 0.0, elapsed);
    }

    boolean wasShown() {
        return shown;
    }
}
