package org.faktograf.server.api;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.faktograf.kb.query.KbReader;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.server.http.HttpError;

/**
 * Knowledge-base readers shared by the request threads: a reader (one connection) is lent to one
 * request at a time and given back; at most {@code size} are open. A reader that failed is closed
 * rather than lent again.
 */
public final class KbReaderPool implements AutoCloseable {
    private final KnowledgeBase kb;
    private final BlockingQueue<KbReader> idle;
    private final java.util.concurrent.Semaphore permits;

    public KbReaderPool(KnowledgeBase kb, int size) {
        this.kb = kb;
        this.idle = new ArrayBlockingQueue<>(size);
        this.permits = new java.util.concurrent.Semaphore(size, true);
    }

    /** Something done with a reader. */
    @FunctionalInterface
    public interface ReaderTask<T> {
        T run(KbReader reader);
    }

    /** Runs a task with a lent reader; a 503 when none frees up within ten seconds. */
    public <T> T with(ReaderTask<T> task) {
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new HttpError(503, "the knowledge base is busy; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "interrupted");
        }
        KbReader reader = idle.poll();
        boolean broken = false;
        try {
            if (reader == null) {
                reader = kb.reader();
            }
            return task.run(reader);
        } catch (KnowledgeBaseException e) {
            broken = true;
            throw new HttpError(500, "knowledge base error: " + e.getMessage());
        } finally {
            if (reader != null) {
                if (broken) {
                    reader.close();
                } else {
                    idle.offer(reader);
                }
            }
            permits.release();
        }
    }

    @Override
    public void close() {
        KbReader r;
        while ((r = idle.poll()) != null) {
            r.close();
        }
    }
}
