package org.faktograf.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code faktograf} command. */
@Command(name = "faktograf",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        usageHelpAutoWidth = true,
        description = "Reads Russian news and turns it into facts: people and their posts, organisations, "
                + "places, dates, and the meetings, deals, appointments and ownership between them.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  faktograf extract examples/tomsk-2010.txt",
            "      the analysis of the example article, as JSON",
            "  faktograf extract --format text news/",
            "      a summary to read of every file under news/",
            "  faktograf help extract",
            "      every option of extract, its formats and exit codes",
            "",
            "Java options (heap size, ...) go in the FAKTOGRAF_JAVA_OPTS environment variable."
        },
        subcommands = {
                ExtractCommand.class,
                IngestCommand.class,
                QueryCommand.class,
                SplitCommand.class,
                MergeCommand.class,
                ReindexCommand.class,
                KbCommand.class,
                ServeCommand.class,
                BenchCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    private Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's streams and returns the exit code. */
    public static int run(String... args) {
        return run(System.in, System.out, new PrintStream(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line on the given streams and returns the exit code; used by tests too. */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new Main(in, out, err));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof org.faktograf.formats.corpus.CorpusNotFoundException
                    || e instanceof org.faktograf.formats.corpus.CorpusFormatException) {
                err.println("faktograf: " + e.getMessage()); // the user's setup, not a bug
                return Diagnostics.INPUT_ERROR;
            }
            boolean debug = debugRequested(parseResult);
            err.println("faktograf: internal error: " + Diagnostics.describe(e)
                    + (debug ? "" : " (--debug shows the stack trace)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return Diagnostics.INTERNAL_ERROR;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("faktograf: out of memory; give Java more (FAKTOGRAF_JAVA_OPTS=-Xmx8g) or read less at a time");
            return Diagnostics.INTERNAL_ERROR;
        }
    }

    private static boolean debugRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"faktograf " + (v == null ? "development build" : v)};
        }
    }
}
