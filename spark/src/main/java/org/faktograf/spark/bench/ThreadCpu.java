package org.faktograf.spark.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time of this process's threads by kind (Spark's task threads, garbage collection, JIT
 * compilation, the rest), read from Linux's /proc/self/task, and the bytes the JVM's threads
 * allocated: where the CPU of a run went, so that "cores busy" can be told apart into the job's
 * own work and the JVM's. Empty where /proc is not there.
 */
final class ThreadCpu {
    /** Linux reports thread times in clock ticks; USER_HZ is 100 on every mainstream kernel. */
    private static final double TICK_SECONDS = 0.01;

    private final Map<Long, Long> ticksByThread;
    private final Map<Long, String> nameByThread;
    private final long allocatedBytes;

    private ThreadCpu(Map<Long, Long> ticksByThread, Map<Long, String> nameByThread, long allocatedBytes) {
        this.ticksByThread = ticksByThread;
        this.nameByThread = nameByThread;
        this.allocatedBytes = allocatedBytes;
    }

    static ThreadCpu now() {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the name
                    long tid = Long.parseLong(t.getFileName().toString());
                    ticks.put(tid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                    names.put(tid, name);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read it
                }
            }
        } catch (IOException e) {
            // no /proc: nothing to report
        }
        return new ThreadCpu(ticks, names, allocated());
    }

    /** All live Java threads' allocation so far (threads that ended are not counted). */
    private static long allocated() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
            long sum = 0;
            for (long b : t.getThreadAllocatedBytes(t.getAllThreadIds())) {
                sum += Math.max(0, b);
            }
            return sum;
        }
        return -1;
    }

    /** Seconds of CPU by kind of thread between {@code before} and this snapshot. */
    Map<String, Double> secondsSince(ThreadCpu before) {
        Map<String, Double> byKind = new LinkedHashMap<>();
        for (String k : new String[] {"tasks", "gc", "jit", "other"}) {
            byKind.put(k, 0.0);
        }
        for (Map.Entry<Long, Long> e : ticksByThread.entrySet()) {
            long ticks = e.getValue() - before.ticksByThread.getOrDefault(e.getKey(), 0L);
            byKind.merge(kind(nameByThread.get(e.getKey())), ticks * TICK_SECONDS, Double::sum);
        }
        return byKind;
    }

    /** The {@code n} threads that used the most CPU since {@code before}, with their seconds. */
    String busiest(ThreadCpu before, int n) {
        Map<String, Double> byName = new HashMap<>();
        for (Map.Entry<Long, Long> e : ticksByThread.entrySet()) {
            long ticks = e.getValue() - before.ticksByThread.getOrDefault(e.getKey(), 0L);
            // numbered threads of one pool (GC Thread#0, #1) add up under one name
            byName.merge(nameByThread.get(e.getKey()).replaceAll("#?\\d+$", "").strip(), ticks * TICK_SECONDS, Double::sum);
        }
        StringBuilder s = new StringBuilder();
        byName.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
                .forEach(e -> s.append(s.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue())));
        return s.toString();
    }

    /** Bytes allocated by the threads alive now since {@code before}; -1 if the JVM cannot tell. */
    long allocatedSince(ThreadCpu before) {
        return allocatedBytes < 0 || before.allocatedBytes < 0 ? -1 : allocatedBytes - before.allocatedBytes;
    }

    /** The kind of a thread by its Linux name (the first 15 characters of the Java one). */
    static String kind(String name) {
        if (name.startsWith("Executor task")) {
            return "tasks";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "gc"; // the VM thread runs the safepoints GC pauses happen at
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        return "other";
    }

    static String format(Map<String, Double> byKind) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Double> e : byKind.entrySet()) {
            s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()));
        }
        return s.toString();
    }
}
