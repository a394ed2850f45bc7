package org.faktograf.kb.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.faktograf.kb.store.ContentHash;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.kb.store.StoreOutcome;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.Stage;

/**
 * Reads documents, analyses them on several threads, and stores them from one thread in
 * transactions of {@code batchSize} documents, in input order (so that cross-document resolution
 * sees them in a fixed order). Documents already stored with the same content are skipped before
 * extraction. A process killed mid-ingest loses at most the open batch; a rerun completes it.
 */
public final class Ingester {
    private final KnowledgeBase kb;
    private final Pipeline pipeline;
    private final int threads;
    private final int batchSize;
    private final IngestListener listener;

    public Ingester(KnowledgeBase kb, Pipeline pipeline, int threads, int batchSize, IngestListener listener) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be positive");
        }
        this.kb = kb;
        this.pipeline = pipeline;
        this.threads = threads;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    /** Which pipeline produced the stored layers: its stages, for the documents table. */
    public static String extractorName(Pipeline pipeline) {
        StringBuilder b = new StringBuilder("faktograf");
        for (Stage s : pipeline.stages()) {
            b.append(' ').append(s.getClass().getSimpleName());
        }
        return b.toString();
    }

    /** Ingests documents; unchanged ones (same id and content hash) are skipped. */
    public IngestSummary ingest(Iterator<Document> documents) {
        try (KbWriter writer = kb.writer()) {
            return run(documents, writer, writer.storedHashes(), false);
        }
    }

    /**
     * Re-extracts every stored document with the current pipeline and replaces its layers, in
     * document order; user corrections are kept and applied again.
     */
    public IngestSummary reindex() {
        List<String> keys = new ArrayList<>();
        try (Connection c = kb.connect();
             PreparedStatement ps = c.prepareStatement("SELECT doc_key FROM documents ORDER BY id");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                keys.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new KnowledgeBaseException("cannot list stored documents: " + e.getMessage(), e);
        }
        Iterator<String> it = keys.iterator();
        Iterator<Document> documents = new Iterator<>() {
            private final Connection c = connectQuietly();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Document next() {
                String key = it.next();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT title, body, source, published, url FROM documents WHERE doc_key = ?")) {
                    ps.setString(1, key);
                    try (ResultSet r = ps.executeQuery()) {
                        if (!r.next()) {
                            return new Document(key, null, "", null, null, null);
                        }
                        return new Document(key, r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5));
                    }
                } catch (SQLException e) {
                    throw new KnowledgeBaseException("cannot read stored document " + key + ": " + e.getMessage(), e);
                }
            }
        };
        try (KbWriter writer = kb.writer()) {
            return run(documents, writer, Map.of(), true);
        }
    }

    private Connection connectQuietly() {
        try {
            return kb.connect();
        } catch (SQLException e) {
            throw new KnowledgeBaseException("cannot open " + kb.location().display() + ": " + e.getMessage(), e);
        }
    }

    private IngestSummary run(Iterator<Document> documents, KbWriter writer, Map<String, String> stored, boolean force) {
        long t0 = System.nanoTime();
        String extractor = extractorName(pipeline);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "faktograf-extract");
            t.setDaemon(true);
            return t;
        });
        int[] n = new int[5]; // read, added, replaced, unchanged, failed
        Map<String, String> seen = new java.util.HashMap<>(stored);
        java.util.Set<String> thisRun = new java.util.HashSet<>();
        Deque<Pending> inFlight = new ArrayDeque<>();
        List<Pending> batch = new ArrayList<>(batchSize);
        try {
            while (documents.hasNext()) {
                Document d = documents.next();
                n[0]++;
                String hash = ContentHash.of(d);
                if (!force && hash.equals(seen.get(d.id()))) {
                    n[3]++;
                    continue;
                }
                seen.put(d.id(), hash);
                if (!thisRun.add(d.id())) {
                    listener.warning("document id " + d.id() + (d.source() == null ? "" : " (" + d.source() + ")")
                            + " was read before in this run with other content; the later one replaces it"
                            + " (in a directory of annotated corpora, --include '*.txt' reads only the texts)");
                }
                // the extraction threads also prepare what the writer needs (profiles, lemma text)
                inFlight.add(new Pending(d.id(), pool.submit(() -> writer.prepare(pipeline.analyze(d)))));
                while (inFlight.size() >= threads * 4) {
                    batch.add(inFlight.poll());
                    if (batch.size() >= batchSize) {
                        write(writer, batch, extractor, force, n, t0);
                    }
                }
            }
            batch.addAll(inFlight);
            inFlight.clear();
            write(writer, batch, extractor, force, n, t0);
        } finally {
            pool.shutdownNow();
        }
        return summary(n, t0);
    }

    private record Pending(String id, Future<KbWriter.PreparedDocument> analysis) {}

    private void write(KbWriter writer, List<Pending> batch, String extractor, boolean force, int[] n, long t0) {
        if (batch.isEmpty()) {
            return;
        }
        for (Pending p : batch) {
            KbWriter.PreparedDocument a;
            try {
                a = p.analysis().get();
            } catch (ExecutionException e) {
                n[4]++;
                listener.failed(p.id(), "extraction failed: " + e.getCause());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KnowledgeBaseException("interrupted", e);
            }
            StoreOutcome o = writer.store(a, extractor, force);
            switch (o) {
                case ADDED -> n[1]++;
                case REPLACED -> n[2]++;
                case UNCHANGED -> n[3]++;
            }
        }
        writer.commit();
        batch.clear();
        listener.committed(summary(n, t0));
    }

    private static IngestSummary summary(int[] n, long t0) {
        return new IngestSummary(n[0], n[1], n[2], n[3], n[4], (System.nanoTime() - t0) / 1e9);
    }
}
