package org.faktograf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faktograf.formats.corpus.CorpusPaths;
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
                    + "throughput, latency p50/p95/p99/max, the server's CPU time a request and the load average "
                    + "before and after. The server keeps no answers: every request is analysed.",
                "",
                "Without --url it starts faktograf serve in a process of its own on a free loopback port, over an "
                    + "empty knowledge base in a temporary folder, and stops it at the end. Only loopback addresses "
                    + "should be targets."
            },
            footerHeading = "%nExamples:%n",
            footer = {"  faktograf bench server", "  faktograf bench server --clients 2 --analyses 2",
                "  faktograf bench server --url http://127.0.0.1:8080/ --clients 50 --seconds 30"})
    static final class Server implements Callable<Integer> {
        private static final String READY = "Faktograf is serving ";

        @ParentCommand
        BenchCommand bench;

        @Option(names = "--url", paramLabel = "URL", description = "A running server (default: start one).")
        String url;

        @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "Seconds measured (default: ${DEFAULT-VALUE}).")
        int seconds;

        // the server's JIT compiler takes about a minute to finish the hot methods; measured sooner it
        // doubles the CPU a request costs
        @Option(names = "--warmup", paramLabel = "S", defaultValue = "60", description = "Seconds before measuring (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--text", paramLabel = "FILE", description = "UTF-8 text to post (default: corpora/seed/tomsk-2010.txt).")
        Path text;

        @Option(names = "--analyses", paramLabel = "N",
                description = "Analyses at once in the server started here (default: faktograf serve's, one per processor).")
        Integer analyses;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintStream out = bench.main.out();
            PrintStream err = bench.main.err();
            Path file = text != null ? text : CorpusPaths.seed();
            if (!Files.isRegularFile(file)) {
                err.println("faktograf bench server: no such file: " + file);
                return Diagnostics.INPUT_ERROR;
            }
            if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 3600 || warmup < 0
                    || (analyses != null && analyses < 1)) {
                err.println("faktograf bench server: --clients is 1 to 1000, --seconds 1 to 3600, --warmup not negative, "
                        + "--analyses at least 1");
                return Diagnostics.INPUT_ERROR;
            }
            String body = Files.readString(file, StandardCharsets.UTF_8);
            ExtractLoadBenchmark.Settings settings = new ExtractLoadBenchmark.Settings(clients, warmup, seconds);
            if (url != null) {
                new ExtractLoadBenchmark(out).run(url, body, settings, null);
                return 0;
            }
            Path dir = Files.createTempDirectory("faktograf-bench-server");
            Process server = null;
            try {
                server = startServer(dir.resolve("kb.sqlite"), analyses);
                List<String> said = new ArrayList<>();
                String started = awaitUrl(server, said);
                if (started == null) {
                    err.println("faktograf bench server: the server did not start; it said:");
                    said.forEach(l -> err.println("  " + l));
                    return Diagnostics.INTERNAL_ERROR;
                }
                err.println("faktograf bench server: server started at " + started + " (process " + server.pid() + ")");
                new ExtractLoadBenchmark(out).run(started, body, settings, server.toHandle());
            } finally {
                if (server != null) {
                    server.destroy();
                    server.waitFor();
                }
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(dir.resolve("kb.sqlite" + suffix));
                }
                Files.deleteIfExists(dir);
            }
            return 0;
        }

        /**
         * {@code faktograf serve} in a process of its own on a free loopback port, as a server runs in
         * use: the clients' threads and garbage do not pause it.
         */
        private static Process startServer(Path db, Integer analyses) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (a.startsWith("-Xm") || a.startsWith("-XX:")) {
                    command.add(a);
                }
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "serve", "--db", db.toString(), "--host", "127.0.0.1", "--port", "0"));
            if (analyses != null) {
                command.addAll(List.of("--analyses", analyses.toString()));
            }
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        }

        /** The URL the server prints once it is ready, or {@code null} when it ends first; its lines before go to {@code said}. */
        private static String awaitUrl(Process server, List<String> said) throws IOException {
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(READY)) {
                    // keep reading its output, so that it never blocks on a full pipe
                    Thread drain = new Thread(() -> {
                        try {
                            while (lines.readLine() != null) {
                                // discarded
                            }
                        } catch (IOException e) {
                            // the server ended
                        }
                    }, "bench-server-output");
                    drain.setDaemon(true);
                    drain.start();
                    return line.substring(READY.length()).strip();
                }
                said.add(line);
            }
            return null;
        }
    }
}
