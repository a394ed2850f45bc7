package org.faktograf.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.faktograf.model.Document;

/**
 * {@code faktograf bench}: end-to-end figures of the whole pipeline over a folder of texts.
 * Throughput on one thread and on {@code threads} threads after a warm-up; time from JVM start to
 * first result in fresh child JVMs on the same class path; peak heap here and in a child run
 * under a heap limit.
 */
public final class PipelineBenchmark {
    /**
     * @param input       folder of {@code *.txt} files
     * @param threads     threads of the many-thread run
     * @param warmup      seconds of warm-up before measuring
     * @param seconds     seconds measured per run
     * @param startupRuns child JVMs timed to first result (0: none)
     * @param heapLimitMb {@code -Xmx} of the child heap run in megabytes (0: no such run)
     */
    public record Settings(Path input, int threads, double warmup, double seconds, int startupRuns, int heapLimitMb) {
    }

    private static final java.util.regex.Pattern UPTIME = java.util.regex.Pattern.compile("uptime-ms=(\\d+)");
    private static final java.util.regex.Pattern MAIN_CPU = java.util.regex.Pattern.compile("main-cpu-ms=(\\d+)");
    private static final java.util.regex.Pattern HEAP_RUN =
            java.util.regex.Pattern.compile("documents=(\\d+) peak-heap-bytes=(\\d+) live-heap-bytes=(\\d+)");

    private final PrintStream out;

    public PipelineBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(Settings s) throws IOException, InterruptedException {
        List<Document> docs = BenchTexts.read(s.input());
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no .txt files in " + s.input());
        }
        long chars = 0;
        for (Document d : docs) {
            chars += d.text().length();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Pipeline: %s%s%n", String.join(" > ", BenchPipeline.stageNames()),
                BenchPipeline.factsAdded() ? " (FactExtractor added: StandardPipeline has no fact stage)" : "");
        out.printf(Locale.ROOT, "Input: %s, %d documents, %d characters on average%n",
                s.input(), docs.size(), chars / docs.size());
        out.printf(Locale.ROOT, "Machine: %d cores, load average %s; Java %s%n", cores, loadAverage(),
                System.getProperty("java.version"));
        out.flush();

        if (s.startupRuns() > 0) {
            startup(s);
        }
        if (s.heapLimitMb() > 0) {
            heapRun(s);
        }

        PipelineThroughput bench = new PipelineThroughput(BenchPipeline.get(), docs);
        long t0 = System.nanoTime();
        BenchPipeline.get().analyze(docs.get(0));
        double firstInProcess = (System.nanoTime() - t0) / 1e9;
        long live = HeapMeter.liveBytesAfterGc();
        out.printf(Locale.ROOT, "In this JVM: models loaded and first document analysed in %.2f s; heap live after GC %s%n",
                firstInProcess, HeapMeter.megabytes(live));
        if (s.warmup() > 0) {
            bench.run(s.threads(), s.warmup());
        }
        HeapMeter.resetPeaks();
        List<PipelineThroughput.Result> results = new ArrayList<>();
        results.add(bench.run(1, s.seconds()));
        print(results.get(0), docs.size());
        if (s.threads() != 1) {
            results.add(bench.run(s.threads(), s.seconds()));
            print(results.get(1), docs.size());
        }
        long[] stageNanos = StageCosts.measure(BenchPipeline.get(), docs, 1);
        long total = 0;
        for (long n : stageNanos) {
            total += n;
        }
        StringBuilder line = new StringBuilder("CPU per document by stage (one pass, one thread):");
        List<String> names = BenchPipeline.stageNames();
        for (int i = 0; i < stageNanos.length; i++) {
            line.append(String.format(Locale.ROOT, " %s %.2f ms (%.0f%%)", names.get(i),
                    stageNanos[i] / 1e6 / docs.size(), 100.0 * stageNanos[i] / Math.max(1, total)));
            line.append(i + 1 < stageNanos.length ? "," : "");
        }
        out.println(line);
        out.printf(Locale.ROOT, "Peak heap while measuring: %s (sum of the heap pools' peaks; heap limit %s, no -Xmx given here)%n",
                HeapMeter.megabytes(HeapMeter.peakBytes()), HeapMeter.megabytes(HeapMeter.maxBytes()));
        out.printf(Locale.ROOT, "Load average after: %s%n", loadAverage());
        out.flush();
    }

    private void print(PipelineThroughput.Result r, int corpusSize) {
        out.printf(Locale.ROOT, "%d thread%s: %8.1f documents/s %10.0f tokens/s %10.0f characters/s  (%d documents, %.1f passes, in %.1f s;"
                        + " %.1f s CPU, %.1f documents per CPU second)%n",
                r.threads(), r.threads() == 1 ? " " : "s", r.documentsPerSecond(), r.tokensPerSecond(),
                r.characters() / r.seconds(), r.documents(), (double) r.documents() / corpusSize, r.seconds(),
                r.cpuSeconds(), r.documentsPerCpuSecond());
        out.flush();
    }

    /** Fresh JVMs, one after another, each timed from its start to its first printed result. */
    private void startup(Settings s) throws IOException, InterruptedException {
        List<Double> walls = new ArrayList<>();
        List<Long> uptimes = new ArrayList<>();
        List<Long> mainCpu = new ArrayList<>();
        for (int i = 0; i < s.startupRuns(); i++) {
            long t0 = System.nanoTime();
            Process p = child(s, List.of());
            double wall = -1;
            List<String> other = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("first-result") && wall < 0) {
                        wall = (System.nanoTime() - t0) / 1e9;
                        Matcher m = UPTIME.matcher(line);
                        if (m.find()) {
                            uptimes.add(Long.parseLong(m.group(1)));
                        }
                        Matcher c = MAIN_CPU.matcher(line);
                        if (c.find()) {
                            mainCpu.add(Long.parseLong(c.group(1)));
                        }
                    } else {
                        other.add(line);
                    }
                }
            }
            int code = p.waitFor();
            if (wall < 0 || code != 0) {
                out.println("Start-up: the child JVM failed (exit " + code + "): " + String.join(" | ", other));
                return;
            }
            walls.add(wall);
        }
        Collections.sort(walls);
        Collections.sort(uptimes);
        Collections.sort(mainCpu);
        out.printf(Locale.ROOT, "Start-up to first result: %.2f s median of %d fresh JVMs (min %.2f s, max %.2f s);"
                        + " JVM uptime at first result %.2f s median; main thread CPU to first result %.2f s median%n",
                walls.get(walls.size() / 2), walls.size(), walls.get(0), walls.get(walls.size() - 1),
                uptimes.isEmpty() ? Double.NaN : uptimes.get(uptimes.size() / 2) / 1000.0,
                mainCpu.isEmpty() ? Double.NaN : mainCpu.get(mainCpu.size() / 2) / 1000.0);
        out.flush();
    }

    /** A child JVM under -Xmx that runs the whole folder on all threads and reports its peak heap. */
    private void heapRun(Settings s) throws IOException, InterruptedException {
        double seconds = Math.min(10, Math.max(1, s.seconds() / 2));
        Process p = child(s, List.of("-Xmx" + s.heapLimitMb() + "m"),
                "heap", String.valueOf(seconds), String.valueOf(s.threads()));
        String result = null;
        List<String> other = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("heap-run")) {
                    result = line;
                } else if (!line.startsWith("first-result")) {
                    other.add(line);
                }
            }
        }
        int code = p.waitFor();
        Matcher m = result == null ? null : HEAP_RUN.matcher(result);
        if (code != 0 || m == null || !m.find()) {
            out.printf(Locale.ROOT, "Under -Xmx%dm: FAILED (exit %d): %s%n", s.heapLimitMb(), code, String.join(" | ", other));
            return;
        }
        out.printf(Locale.ROOT, "Under -Xmx%dm, %d thread%s for %.0f s: fits; %s documents, peak heap %s, live after GC %s%n",
                s.heapLimitMb(), s.threads(), s.threads() == 1 ? "" : "s", seconds, m.group(1),
                HeapMeter.megabytes(Long.parseLong(m.group(2))), HeapMeter.megabytes(Long.parseLong(m.group(3))));
        out.flush();
    }

    private static Process child(Settings s, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FirstResultProbe.class.getName());
        command.add(s.input().toAbsolutePath().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }
}
