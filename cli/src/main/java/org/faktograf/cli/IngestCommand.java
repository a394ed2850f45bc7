package org.faktograf.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.concurrent.Callable;
import org.faktograf.formats.read.DocumentReader;
import org.faktograf.formats.read.InputFormat;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.kb.ingest.IngestListener;
import org.faktograf.kb.ingest.IngestSummary;
import org.faktograf.kb.ingest.Ingester;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code faktograf ingest}: reads documents, extracts, stores them in the knowledge base. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Reads documents, analyses them (on several threads) and stores documents, mentions, entities and facts "
                + "in the knowledge base, joining the same person, organisation or place across documents.",
            "",
            "Safe to repeat: a document already stored with the same id and content is skipped; one whose content "
                + "changed is replaced. Documents are stored in transactions of --batch documents: a run that is "
                + "killed leaves no half-stored document, and running it again completes it.",
            "",
            "Inputs are read as by extract: text, HTML and JSON Lines files, directories, and - for standard input."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs stored",
            "1:internal error",
            "2:the knowledge base cannot be opened, or some input is missing or unreadable (the others were stored)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  faktograf ingest --db news.sqlite corpora/factru-dev corpora/nerel/dev examples/tomsk-2010.txt",
            "  faktograf ingest --db 'jdbc:postgresql://localhost/kb?user=kb&password=secret' articles.jsonl"
        })
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Files, directories or - for standard input.")
    private List<String> inputs;

    @Option(names = {"-i", "--input-format"}, paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, text, html or jsonl (default: by extension, then by content).")
    private InputFormat inputFormat;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of text and HTML inputs (default: detected).")
    private String encoding;

    @Option(names = "--include", paramLabel = "GLOB", description = "In directories, read only files whose name matches GLOB ('*.txt').")
    private String include;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS,
            description = "Refuse a document longer than N characters (default: ${DEFAULT-VALUE}).")
    private long maxChars;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Analyse N documents at a time (default: the number of processors); one thread stores.")
    private Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
            description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary.")
    private boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    @Override
    public Integer call() {
        PrintStream err = main.err();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || batch < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --batch must be at least 1");
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ParameterException(spec.commandLine(), "unknown encoding: " + encoding);
            }
        }
        Diagnostics diagnostics = new Diagnostics(err, debug);
        KnowledgeBase kb;
        try {
            kb = database.open(true);
        } catch (KnowledgeBaseException e) {
            err.println("faktograf ingest: " + e.getMessage());
            return Diagnostics.INPUT_ERROR;
        }
        ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal(), !quiet);
        diagnostics.showingProgress(progress);
        long[] shown = {0};
        IngestListener listener = new IngestListener() {
            @Override
            public void committed(IngestSummary soFar) {
                long n = soFar.added() + soFar.replaced() + soFar.unchanged();
                for (; shown[0] < n; shown[0]++) {
                    progress.documentDone();
                }
            }

            @Override
            public void failed(String documentId, String reason) {
                diagnostics.error(documentId + ": " + reason);
            }

            @Override
            public void warning(String message) {
                diagnostics.warning(message);
            }
        };
        IngestSummary summary;
        progress.start();
        try (DocumentReader reader = new DocumentReader(inputs,
                new ReadOptions(inputFormat, maxChars, charset, include), diagnostics, main.in())) {
            summary = new Ingester(kb, StandardPipeline.get(), workers, batch, listener).ingest(reader);
        } catch (KnowledgeBaseException e) {
            progress.stop();
            err.println("faktograf ingest: " + e.getMessage());
            return Diagnostics.INPUT_ERROR;
        }
        progress.stop();
        if (!quiet) {
            err.println("faktograf ingest: " + summary + " into " + kb.location().display());
        }
        return diagnostics.exitCode();
    }
}
