package org.faktograf.server.api;

import java.util.concurrent.Semaphore;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.server.http.HttpError;

/**
 * At most N analyses at once, shared by every endpoint that analyses; the requests beyond wait
 * their turn in arrival order. Analysis is CPU-bound: more analyses than cores only share the
 * cores, each takes longer and the slowest take longest, while waiting in order keeps the
 * latencies even. Thread-safe.
 */
public final class AnalysisSlots {
    private final Pipeline pipeline;
    private final Semaphore slots;

    public AnalysisSlots(Pipeline pipeline, int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one analysis at a time, not " + slots);
        }
        this.pipeline = pipeline;
        this.slots = new Semaphore(slots, true);
    }

    /** The pipeline, for what it says about itself (its name); analyse through {@link #analyze}. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** Analyses a document once a slot is free. */
    public Analysis analyze(Document d) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "the server is stopping");
        }
        try {
            return pipeline.analyze(d);
        } finally {
            slots.release();
        }
    }
}
