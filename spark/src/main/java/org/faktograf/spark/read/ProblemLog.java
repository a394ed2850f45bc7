package org.faktograf.spark.read;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.faktograf.formats.read.ReadProblems;

/**
 * Warnings and errors from the executors (skipped binary files, malformed JSON lines, texts over
 * the limit, failed analyses), gathered on the driver through accumulators. Every problem is
 * counted; the first hundred messages of each task are kept for printing.
 */
public final class ProblemLog implements ReadProblems, Serializable {
    private static final long serialVersionUID = 1L;
    /** Per task (each task has its own copy), so a million malformed lines do not flood the driver. */
    private static final int MESSAGES_PER_TASK = 100;

    private final CollectionAccumulator<String> messages;
    private final LongAccumulator warnings;
    private final LongAccumulator errors;
    private transient AtomicInteger kept;

    public ProblemLog(SparkContext sc) {
        this.messages = sc.collectionAccumulator("faktograf problems");
        this.warnings = sc.longAccumulator("faktograf warnings");
        this.errors = sc.longAccumulator("faktograf errors");
    }

    @Override
    public void warning(String message) {
        warnings.add(1);
        keep("warning: " + message);
    }

    @Override
    public void error(String message) {
        errors.add(1);
        keep("error: " + message);
    }

    private void keep(String message) {
        if (kept == null) {
            kept = new AtomicInteger();
        }
        if (kept.incrementAndGet() <= MESSAGES_PER_TASK) {
            messages.add(message);
        }
    }

    public long warnings() {
        return warnings.value();
    }

    public long errors() {
        return errors.value();
    }

    /** The kept messages (driver side), in no particular order across executors. */
    public List<String> messages() {
        return new ArrayList<>(messages.value());
    }
}
