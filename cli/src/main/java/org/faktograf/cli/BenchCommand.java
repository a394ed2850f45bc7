package org.faktograf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.model.Document;
import org.faktograf.pipeline.StandardPipeline;
import org.faktograf.server.FaktografServer;
import org.faktograf.server.ServerSettings;
import org.faktograf.server.bench.ExtractLoadBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code faktograf bench}: the whole pipeline's speed; {@code bench server}: the REST API under load. */
@Command(name = "bench",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Without a command: end-to-end speed of the whole pipeline (segment, morph, ner, norm, coref, facts) over "
                + "--input texts (default: corpora/factru-dev), repeated for --seconds after --warmup: documents/s and "
                + "tokens/s on one thread and on --threads threads; time from JVM start to first result (fresh child JVMs); "
                + "peak heap, and a child run with -Xmx of --heap-limit MB to show it fits. Prints the load average: the figures "
                + "mean little on a busy machine.",
            "",
            "Stages one at a time: the JMH suite of the jmh module (README, Benchmarks)."
        },
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  faktograf bench", "  faktograf bench --seconds 30 --threads 2 --input corpora/nerel/dev", "  faktograf bench server"},
        subcommands = {BenchCommand.Server.class})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @CommandLine.Mixin
    PipelineBenchOptions pipeline;

    @Override
    public Integer call() throws IOException, InterruptedException {
        return pipeline.run(main.out(), main.err());
    }

    @Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
            description = {
                "Load test of POST /api/extract: --clients clients post the same text (default: the seed article) as "
                    + "fast as answers come, for --seconds after --warmup seconds; prints requests, errors, "
                    + "throughput, latency p50/p95/p99/max and the load average before and after.",
                "",
                "Without --url it starts a server in this process on a free loopback port, over an empty "
                    + "knowledge base in a temporary folder. Only loopback addresses should be targets."
            },
            footerHeading = "%nExamples:%n",
            footer = {"  faktograf bench server", "  faktograf bench server --url http://127.0.0.1:8080/ --clients 50 --seconds 30"})
    static final class Server implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--url", paramLabel = "URL", description = "A running server (default: start one here).")
        String url;

        @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "Seconds measured (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--warmup", paramLabel = "S", defaultValue = "10", description = "Seconds before measuring (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--text", paramLabel = "FILE", description = "UTF-8 text to post (default: corpora/seed/tomsk-2010.txt).")
        Path text;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintStream out = bench.main.out();
            PrintStream err = bench.main.err();
            Path file = text != null ? text : CorpusPaths.seed();
            if (!Files.isRegularFile(file)) {
                err.println("faktograf bench server: no such file: " + file);
                return Diagnostics.INPUT_ERROR;
            }
            if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 3600 || warmup < 0) {
                err.println("faktograf bench server: --clients is 1 to 1000, --seconds 1 to 3600, --warmup not negative");
                return Diagnostics.INPUT_ERROR;
            }
            String body = Files.readString(file, StandardCharsets.UTF_8);
            ExtractLoadBenchmark.Settings settings = new ExtractLoadBenchmark.Settings(clients, warmup, seconds);
            if (url != null) {
                new ExtractLoadBenchmark(out).run(url, body, settings);
                return 0;
            }
            Path dir = Files.createTempDirectory("faktograf-bench-server");
            Path db = dir.resolve("kb.sqlite");
            try {
                KnowledgeBase kb = KnowledgeBase.open(db.toString(), true);
                StandardPipeline.get().analyze(Document.of("warm-up", body));
                try (FaktografServer server = new FaktografServer(ServerSettings.loopback(), kb, StandardPipeline.get()).start()) {
                    err.println("faktograf bench server: server started at " + server.url());
                    new ExtractLoadBenchmark(out).run(server.url(), body, settings);
                }
            } finally {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(dir.resolve("kb.sqlite" + suffix));
                }
                Files.deleteIfExists(dir);
            }
            return 0;
        }
    }
}
