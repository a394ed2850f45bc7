package org.faktograf.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures from the JVM's memory pools. */
public final class HeapMeter {
    private HeapMeter() {
    }

    /** Forgets the peaks seen so far. */
    public static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The sum over heap pools of each pool's peak use since the last reset: an upper bound of the
     * peak heap, since pools need not peak at the same moment.
     */
    public static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection: what the loaded models and dictionaries hold. */
    public static long liveBytesAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap limit (-Xmx or the JVM's default). */
    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
