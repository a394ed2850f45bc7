package org.faktograf.kb.ingest;

/**
 * Counts of an ingest: documents read, added, replaced, unchanged (skipped before extraction) and
 * failed, and the seconds it took.
 */
public record IngestSummary(int read, int added, int replaced, int unchanged, int failed, double seconds) {
    /** Documents analysed and stored per second. */
    public double rate() {
        return seconds <= 0 ? 0 : (added + replaced) / seconds;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d read: %d added, %d replaced, %d unchanged, %d failed in %.1f s (%.0f documents/s)",
                read, added, replaced, unchanged, failed, seconds, rate());
    }
}
