package org.faktograf.kb.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one kind of query, in milliseconds: p50, p95, p99, max. */
public record LatencyStats(String name, int count, double p50, double p95, double p99, double max) {

    public static LatencyStats of(String name, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new LatencyStats(name, s.length, pct(s, 0.50), pct(s, 0.95), pct(s, 0.99), s.length == 0 ? 0 : s[s.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-22s n=%-6d p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   max %7.2f ms",
                name, count, p50, p95, p99, max);
    }
}
