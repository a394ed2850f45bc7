package org.faktograf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faktograf.bench.BenchTexts;
import org.faktograf.bench.PipelineBenchmark;
import org.faktograf.formats.corpus.CorpusPaths;
import picocli.CommandLine.Option;

/** The options of {@code faktograf bench} itself (the whole-pipeline benchmark). */
final class PipelineBenchOptions {
    @Option(names = "--input", paramLabel = "DIR", description = "Folder of .txt texts (default: corpora/factru-dev).")
    Path input;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20", description = "Seconds measured per run (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10", description = "Seconds of warm-up first (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the many-thread run (default: all cores).")
    Integer threads;

    @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "3",
            description = "Fresh JVMs timed from start to first result (default: ${DEFAULT-VALUE}; 0: none).")
    int startupRuns;

    @Option(names = "--heap-limit", paramLabel = "MB", defaultValue = "256",
            description = "-Xmx in MB of a child JVM that runs the texts to show they fit (default: ${DEFAULT-VALUE}; 0: none).")
    int heapLimitMb;

    /** Runs the benchmark; returns the exit code. */
    int run(PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Path dir = input != null ? input : CorpusPaths.factruDev();
        if (!Files.isDirectory(dir)) {
            err.println("faktograf bench: no such folder: " + dir);
            return Diagnostics.INPUT_ERROR;
        }
        if (BenchTexts.files(dir).isEmpty()) {
            err.println("faktograf bench: no .txt files in " + dir);
            return Diagnostics.INPUT_ERROR;
        }
        int many = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (seconds <= 0 || seconds > 3600 || warmup < 0 || warmup > 3600 || many < 1 || many > 256
                || startupRuns < 0 || startupRuns > 50 || heapLimitMb < 0) {
            err.println("faktograf bench: --seconds is over 0 and at most 3600, --warmup 0 to 3600, --threads 1 to 256, "
                    + "--startup-runs 0 to 50, --heap-limit not negative");
            return Diagnostics.INPUT_ERROR;
        }
        new PipelineBenchmark(out).run(new PipelineBenchmark.Settings(dir, many, warmup, seconds, startupRuns, heapLimitMb));
        return Diagnostics.OK;
    }
}
