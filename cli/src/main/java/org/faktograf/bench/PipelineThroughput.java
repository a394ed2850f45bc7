package org.faktograf.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;

/**
 * Runs a pipeline over a list of documents, round and round, on a number of threads for a fixed
 * time, and counts the documents and tokens done. Each thread takes the next document from a shared
 * counter, so all threads together go through the list in order.
 */
public final class PipelineThroughput {
    private final Pipeline pipeline;
    private final List<Document> documents;

    public PipelineThroughput(Pipeline pipeline, List<Document> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents");
        }
        this.pipeline = pipeline;
        this.documents = List.copyOf(documents);
    }

    /** Documents and tokens analysed in {@code seconds} of wall time on {@code threads} threads. */
    /**
     * What a run did; {@code cpuSeconds} is the CPU time of the worker threads, which on a machine
     * shared with other work says more about the pipeline's cost than the wall time.
     */
    public record Result(int threads, long documents, long tokens, long characters, double seconds, double cpuSeconds) {
        public double documentsPerSecond() {
            return documents / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        /** Documents per second of worker CPU time: the one-core rate on an otherwise idle machine. */
        public double documentsPerCpuSecond() {
            return cpuSeconds > 0 ? documents / cpuSeconds : Double.NaN;
        }
    }

    public Result run(int threads, double seconds) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong docs = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threadBean.isCurrentThreadCpuTimeSupported();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long d = 0;
                long k = 0;
                long c = 0;
                long cpu0 = 0;
                try {
                    start.await();
                    cpu0 = cpuTime ? threadBean.getCurrentThreadCpuTime() : 0;
                    while (!stop.get()) {
                        Document doc = documents.get((int) (next.getAndIncrement() % documents.size()));
                        Analysis a = pipeline.analyze(doc);
                        d++;
                        k += a.tokens().size();
                        c += doc.text().length();
                    }
                } catch (Throwable e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                    stop.set(true);
                } finally {
                    docs.addAndGet(d);
                    tokens.addAndGet(k);
                    chars.addAndGet(c);
                    cpu.addAndGet(cpuTime ? threadBean.getCurrentThreadCpuTime() - cpu0 : 0);
                    done.countDown();
                }
            }, "bench-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        Thread.sleep(Math.max(1, (long) (seconds * 1000)));
        stop.set(true);
        done.await();
        // Documents in progress when the time ran out are finished and counted, so the time runs to the end.
        double elapsed = (System.nanoTime() - t0) / 1e9;
        synchronized (failure) {
            if (failure[0] != null) {
                throw new IllegalStateException("the pipeline failed: " + failure[0], failure[0]);
            }
        }
        return new Result(threads, docs.get(), tokens.get(), chars.get(), elapsed, cpu.get() / 1e9);
    }
}
