package org.faktograf.server.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load test of {@code POST /api/extract}: N clients, each posting the same text as
 * soon as its previous answer arrived, for a fixed time after a warm-up. Counts answers other than
 * 200 with a JSON body as errors and prints throughput and latency percentiles, with the load
 * average before and after (other work on the machine shows there). Bounded in time; loopback
 * only by its use.
 */
public final class ExtractLoadBenchmark {
    /**
     * @param clients   concurrent clients
     * @param warmup    seconds before measuring (JIT, first-use loading)
     * @param seconds   seconds measured
     */
    public record Settings(int clients, int warmup, int seconds) {
        public Settings {
            if (clients < 1 || warmup < 0 || seconds < 1) {
                throw new IllegalArgumentException("clients and seconds must be positive, warm-up not negative");
            }
        }
    }

    /** What a run measured; latencies in milliseconds. */
    public record Result(long requests, long errors, double seconds, double p50, double p95, double p99, double max,
                         String firstError, double serverCpuMs) {
        public double throughput() {
            return requests / seconds;
        }
    }

    private final PrintStream out;

    public ExtractLoadBenchmark(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the load test.
     *
     * @param server the server's process when it runs on this machine, to measure its CPU time a
     *               request; {@code null} when unknown
     */
    public Result run(String baseUrl, String text, Settings s, ProcessHandle server) throws InterruptedException {
        URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl + "api/extract" : baseUrl + "/api/extract");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        long measureFrom = start + s.warmup() * 1_000_000_000L;
        long end = measureFrom + s.seconds() * 1_000_000_000L;
        ConcurrentLinkedQueue<long[]> perClient = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(s.clients());
        for (int c = 0; c < s.clients(); c++) {
            Thread t = new Thread(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        String problem = null;
                        try {
                            HttpRequest request = HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "text/plain; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build();
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200 || response.body().length == 0 || response.body()[0] != '{') {
                                problem = "HTTP " + response.statusCode();
                            }
                        } catch (IOException e) {
                            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        long t1 = System.nanoTime();
                        // what is answered within the measured seconds counts, whenever it was sent: under
                        // load an answer can take longer than the run, and counting by sending time would miss it
                        if (t1 < measureFrom || t1 > end) {
                            continue;
                        }
                        if (problem != null) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(problem);
                            }
                            continue;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = t1 - t0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    perClient.add(Arrays.copyOf(latencies, n));
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        // the server's CPU time over the measured seconds only
        long cpuFrom = -1;
        long cpuTo = -1;
        if (server != null && !done.await(Math.max(0, measureFrom - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            cpuFrom = cpuNanos(server);
            if (!done.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                cpuTo = cpuNanos(server);
            }
        }
        done.await();
        String loadAfter = loadAverage();
        List<long[]> all = new ArrayList<>(perClient);
        int total = 0;
        for (long[] a : all) {
            total += a.length;
        }
        long[] latencies = new long[total];
        int k = 0;
        for (long[] a : all) {
            System.arraycopy(a, 0, latencies, k, a.length);
            k += a.length;
        }
        Arrays.sort(latencies);
        Result r = new Result(total, errors.get(), s.seconds(), percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6,
                errorSamples.peek(), cpuFrom < 0 || cpuTo < 0 || total == 0 ? -1 : (cpuTo - cpuFrom) / 1e6 / total);
        out.printf(Locale.ROOT, "POST %s: %d clients, %d s measured after %d s warm-up, %d characters a request%n",
                uri, s.clients(), s.seconds(), s.warmup(), text.length());
        out.printf(Locale.ROOT, "requests   %d answered, %d errors%s%n", r.requests(), r.errors(),
                r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
        out.printf(Locale.ROOT, "throughput %.1f requests/s%n", r.throughput());
        out.printf(Locale.ROOT, "latency    p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", r.p50(), r.p95(), r.p99(), r.max());
        if (r.serverCpuMs() >= 0) {
            out.printf(Locale.ROOT, "server     %.1f ms of CPU a request (process %d, every thread: analysis, HTTP, JSON, GC)%n",
                    r.serverCpuMs(), server.pid());
        }
        // each client sends again as soon as it is answered, so the mean latency is clients over throughput
        if (r.throughput() > 0) {
            out.printf(Locale.ROOT, "queueing   %d clients sending again once answered, at %.1f requests/s, wait %.0f ms on average (Little's law)%n",
                    s.clients(), r.throughput(), 1000.0 * s.clients() / r.throughput());
        }
        out.printf(Locale.ROOT, "machine    %d cores; load average before %s, after %s%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        return r;
    }

    /** The CPU time of a process so far, or -1 when the system does not say. */
    private static long cpuNanos(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
