package org.faktograf.spark.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.SparkSession;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.spark.JobException;
import org.faktograf.spark.JobOptions;
import org.faktograf.spark.JobSummary;
import org.faktograf.spark.SessionSettings;
import org.faktograf.spark.SparkExtraction;
import org.faktograf.spark.read.InputKind;

/**
 * Throughput of the whole job (read, analyse, write the JSON and the tables, resolve
 * cross-document entities) in local[1] and local[2] on the same input: copies of the factru-dev
 * texts under fresh names. Sessions alternate (1, 2, 1, 2, ...) so that a change in the load of a
 * shared machine hits both; each session first runs the same job on the same input, unmeasured,
 * until the JIT compiler has little left to do (at most {@code --warmup} jobs), so that both
 * masters are measured in the steady state. Prints documents
 * per second for each run, the best of each, their ratio and the load average around each run.
 *
 * <pre>
 * spark/bench [--copies 20] [--runs 3] [--masters local[1],local[2]] [--partitions 0] [--warmup 6] [--input DIR] [--include GLOB]
 * </pre>
 */
public final class SparkBench {
    /** The JIT's share of a warm-up job's CPU below which the JVM counts as warm. */
    private static final double STEADY_JIT_SHARE = 0.10;

    private SparkBench() {
    }

    private static final String USAGE = "usage: spark/bench [--copies N] [--runs N] [--masters local[1],local[2]]"
            + " [--partitions N] [--warmup JOBS] [--input DIR] [--include GLOB]";
    private static final java.util.Set<String> OPTIONS = java.util.Set.of("copies", "runs", "masters", "partitions",
            "warmup", "input", "include");

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(USAGE);
            System.out.println("Runs the Spark job on --copies copies of the texts under each master, after warm-up jobs,"
                    + " and prints documents/s for the whole job and the analysis step, per-step times, CPU by thread,"
                    + " and the local[2] / local[1] ratio. README, section Spark job, Speed.");
            return;
        }
        Map<String, String> o;
        try {
            o = options(args);
            for (String k : new String[] {"copies", "runs", "partitions", "warmup"}) {
                if (o.containsKey(k) && !o.get(k).matches("\\d+")) {
                    throw new IllegalArgumentException("--" + k + " needs a whole number, not '" + o.get(k) + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            // a wrong option is the user's mistake: one line and the usage, no stack trace
            System.err.println("spark/bench: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Path input = o.containsKey("input") ? Path.of(o.get("input")) : CorpusPaths.factruDev();
        String include = o.getOrDefault("include", "*.txt");
        int copies = Integer.parseInt(o.getOrDefault("copies", "20"));
        int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
        int partitions = Integer.parseInt(o.getOrDefault("partitions", "0"));
        int warmupJobs = Integer.parseInt(o.getOrDefault("warmup", "6"));
        List<String> masters = List.of(o.getOrDefault("masters", "local[1],local[2]").split(","));
        PrintStream out = System.out;
        Path work = Files.createTempDirectory("faktograf-spark-bench");
        try {
            Path corpus = copies(input.toAbsolutePath(), include, copies, work.resolve("input"));
            long files;
            try (Stream<Path> s = Files.list(corpus)) {
                files = s.count();
            }
            out.printf(Locale.ROOT, "input: %d files (%d copies of %s %s), %d processors%n", files, copies, input,
                    include, Runtime.getRuntime().availableProcessors());
            Map<String, List<Double>> rates = new LinkedHashMap<>();
            Map<String, List<Double>> extractRates = new LinkedHashMap<>();
            for (int run = 1; run <= runs; run++) {
                for (String master : masters) {
                    SparkSession spark = session(master);
                    try {
                        String warm = warmUp(spark, corpus.toString(), include, work.resolve("warm"),
                                partitions, warmupJobs);
                        String before = loadAverage();
                        ByteArrayOutputStream steps = new ByteArrayOutputStream();
                        long cpu0 = processCpuNanos();
                        long gc0 = gcMillis();
                        long janino0 = CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
                        ThreadCpu threads0 = ThreadCpu.now();
                        JobSummary s = runJob(spark, List.of(corpus.toString()), include, work.resolve("out"), partitions,
                                new PrintStream(steps, true, StandardCharsets.UTF_8));
                        double cpu = (processCpuNanos() - cpu0) / 1e9;
                        ThreadCpu threads1 = ThreadCpu.now();
                        double gcSeconds = (gcMillis() - gc0) / 1e3;
                        long janino = CodegenMetrics.METRIC_COMPILATION_TIME().getCount() - janino0;
                        String after = loadAverage();
                        double extractRate = s.documents() / s.extractSeconds();
                        rates.computeIfAbsent(master, k -> new ArrayList<>()).add(s.documentsPerSecond());
                        extractRates.computeIfAbsent(master, k -> new ArrayList<>()).add(extractRate);
                        out.printf(Locale.ROOT, "run %d %-9s %6d documents in %6.1f s: %7.1f documents/s whole job,"
                                        + " %7.1f documents/s analysis; load average %s -> %s%n",
                                run, master, s.documents(), s.seconds(), s.documentsPerSecond(), extractRate, before, after);
                        // the job's steps with their times, and the CPU the process used: on a
                        // shared machine, CPU seconds close to wall seconds × cores mean the cores were free
                        out.println("    " + warm);
                        out.print(steps.toString(StandardCharsets.UTF_8).replaceAll("(?m)^faktograf-spark: ", "    "));
                        out.printf(Locale.ROOT, "    process CPU %.1f s over %.1f s wall (%.2f cores busy)%n", cpu, s.seconds(),
                                cpu / s.seconds());
                        long allocated = threads1.allocatedSince(threads0);
                        out.printf(Locale.ROOT, "    CPU by thread: %s; busiest: %s%n",
                                ThreadCpu.format(threads1.secondsSince(threads0)), threads1.busiest(threads0, 6));
                        out.printf(Locale.ROOT, "    %.2f CPU s and %.1f MB allocated per 100 documents; GC %.1f s; %d generated classes compiled%n",
                                100 * cpu / s.documents(), allocated < 0 ? Double.NaN : allocated / 1e6 / s.documents() * 100,
                                gcSeconds, janino);
                    } finally {
                        spark.stop();
                    }
                }
            }
            out.println();
            for (String master : masters) {
                out.printf(Locale.ROOT, "%-9s best %7.1f documents/s whole job, %7.1f documents/s analysis%n", master,
                        best(rates.get(master)), best(extractRates.get(master)));
            }
            if (masters.size() >= 2) {
                String a = masters.get(0);
                String b = masters.get(masters.size() - 1);
                out.printf(Locale.ROOT, "ratio %s / %s: %.2f whole job, %.2f analysis%n", b, a,
                        best(rates.get(b)) / best(rates.get(a)), best(extractRates.get(b)) / best(extractRates.get(a)));
            }
            out.println("load average now: " + loadAverage());
        } finally {
            delete(work);
        }
    }

    /**
     * Runs the job on the benchmark's input until the JVM has compiled what it runs: until the JIT
     * compiler threads take less than {@link #STEADY_JIT_SHARE} of the process's CPU in a job, at
     * most {@code maxJobs} jobs. Without this the first measured run pays for compiling the
     * pipeline, Spark and the code it generates, on the second core: a local[1] run then keeps two
     * cores busy and a local[2] run has no core to spare. The same rule applies to every session.
     */
    private static String warmUp(SparkSession spark, String input, String include, Path out, int partitions, int maxJobs)
            throws JobException {
        double share = 1;
        int jobs = 0;
        StringBuilder shares = new StringBuilder();
        while (jobs < maxJobs && share >= STEADY_JIT_SHARE) {
            ThreadCpu before = ThreadCpu.now();
            runJob(spark, List.of(input), include, out, partitions, new PrintStream(OutputStream.nullOutputStream()));
            Map<String, Double> cpu = ThreadCpu.now().secondsSince(before);
            double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
            share = total > 0 ? cpu.get("jit") / total : 0;
            jobs++;
            shares.append(String.format(Locale.ROOT, " %.0f%%", 100 * share));
        }
        return String.format(Locale.ROOT, "warm-up: %d job(s), JIT compilation's share of their CPU:%s%s",
                jobs, shares, share >= STEADY_JIT_SHARE ? " (not settled: the run below still compiles)" : "");
    }

    private static JobSummary runJob(SparkSession spark, List<String> inputs, String include, Path out, int partitions,
                                     PrintStream err) throws JobException {
        JobOptions o = new JobOptions(inputs, out.toString(), InputKind.AUTO, include, null, ReadOptions.DEFAULT_MAX_CHARS,
                partitions, Set.of("parquet", "jsonl"), true, true, null, 200, true);
        return SparkExtraction.run(spark, o, err);
    }

    private static SparkSession session(String master) {
        SparkSession spark = SessionSettings.apply(SparkSession.builder())
                .master(master)
                .appName("faktograf-bench")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 8)
                .config("spark.log.level", "ERROR")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }

    /** The matching files of a directory, each copied {@code copies} times under a new name. */
    private static Path copies(Path dir, String include, int copies, Path target) throws IOException {
        Files.createDirectories(target);
        var matcher = dir.getFileSystem().getPathMatcher("glob:" + include);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        }
        for (int c = 0; c < copies; c++) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                Files.copy(f, target.resolve(name.substring(0, dot) + "-" + c + name.substring(dot)));
            }
        }
        return target;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Milliseconds the collectors have spent so far (pauses and, for concurrent ones, cycles). */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static double best(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || !OPTIONS.contains(args[i].substring(2))) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option '" + args[i] + "' needs a value");
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
