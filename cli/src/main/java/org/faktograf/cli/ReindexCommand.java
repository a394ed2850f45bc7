package org.faktograf.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.faktograf.kb.ingest.IngestListener;
import org.faktograf.kb.ingest.IngestSummary;
import org.faktograf.kb.ingest.Ingester;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code faktograf reindex}: re-extracts every stored document with the current models. */
@Command(name = "reindex",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Re-extracts every document stored in the knowledge base with the current models (after an upgrade) and "
                + "replaces its mentions, entities, facts and search text. User corrections (split, merge) are kept "
                + "and applied again. Transactional per --batch documents, like ingest."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error", "2:the knowledge base cannot be opened"})
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private DatabaseOption database;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Analyse N documents at a time (default: the number of processors).")
    private Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintStream err = main.err();
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal(), !quiet);
        long[] shown = {0};
        try {
            KnowledgeBase kb = database.open(false);
            progress.start();
            IngestSummary s = new Ingester(kb, StandardPipeline.get(), workers, Math.max(1, batch), new IngestListener() {
                @Override
                public void committed(IngestSummary soFar) {
                    for (; shown[0] < soFar.replaced(); shown[0]++) {
                        progress.documentDone();
                    }
                }

                @Override
                public void failed(String documentId, String reason) {
                    progress.message("faktograf reindex: error: " + documentId + ": " + reason);
                }
            }).reindex();
            progress.stop();
            if (!quiet) {
                err.println("faktograf reindex: " + s.replaced() + " documents re-extracted in "
                        + String.format(java.util.Locale.ROOT, "%.1f s", s.seconds()));
            }
            return s.failed() > 0 ? Diagnostics.INPUT_ERROR : Diagnostics.OK;
        } catch (KnowledgeBaseException e) {
            progress.stop();
            err.println("faktograf reindex: " + e.getMessage());
            return Diagnostics.INPUT_ERROR;
        }
    }
}
