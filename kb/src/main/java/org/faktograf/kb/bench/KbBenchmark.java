package org.faktograf.kb.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.faktograf.kb.ingest.IngestListener;
import org.faktograf.kb.ingest.IngestSummary;
import org.faktograf.kb.ingest.Ingester;
import org.faktograf.kb.query.EntityMatch;
import org.faktograf.kb.query.FactFilter;
import org.faktograf.kb.query.KbReader;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;

/**
 * The knowledge base's benchmark: ingest rate with extraction, and query latencies on a large
 * generated knowledge base. Prints as it goes.
 */
public final class KbBenchmark {
    private final PrintStream out;

    public KbBenchmark(PrintStream out) {
        this.out = out;
    }

    /**
     * Ingests copies of the texts (fresh ids) with the pipeline until {@code minDocuments} are
     * stored and at least {@code minSeconds} have passed; returns the summary.
     */
    public IngestSummary ingestRate(KnowledgeBase kb, Pipeline pipeline, List<Document> texts, int threads,
                                    int minDocuments, double minSeconds) {
        long cpu0 = threadCpu();
        long process0 = processCpu();
        IngestSummary s = new Ingester(kb, pipeline, threads, 200, IngestListener.NONE).ingest(copies(texts, minDocuments, minSeconds));
        int n = Math.max(1, s.added() + s.replaced());
        out.println(String.format(Locale.ROOT, "ingest with extraction: %d documents in %.1f s = %.0f documents/s "
                + "(%d threads, %s)", s.added() + s.replaced(), s.seconds(), s.rate(), threads, Ingester.extractorName(pipeline)));
        // on a shared machine wall-clock rates swing with the load; CPU time per document does not
        out.println(String.format(Locale.ROOT, "  CPU per document: %.1f ms storing (the writer thread), %.1f ms in all",
                (threadCpu() - cpu0) / 1e6 / n, (processCpu() - process0) / 1e6 / n));
        return s;
    }

    /**
     * Ingests copies of the texts into a scratch knowledge base for {@code seconds}, so that the
     * measured run sees compiled code, as a long ingest does after its first minute, instead of
     * the compiler competing for the cores; prints what it did.
     */
    public void warmUp(KnowledgeBase scratch, Pipeline pipeline, List<Document> texts, int threads, double seconds) {
        IngestSummary s = new Ingester(scratch, pipeline, threads, 200, IngestListener.NONE).ingest(copies(texts, 0, seconds));
        out.println(String.format(Locale.ROOT, "warm-up (not measured): %d documents in %.1f s = %.0f documents/s into a scratch file",
                s.added() + s.replaced(), s.seconds(), s.rate()));
    }

    /** Copies of the texts with fresh ids, until {@code minDocuments} are given and {@code minSeconds} have passed. */
    private static Iterator<Document> copies(List<Document> texts, int minDocuments, double minSeconds) {
        long t0 = System.nanoTime();
        Iterator<Document> docs = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < minDocuments || (System.nanoTime() - t0) / 1e9 < minSeconds;
            }

            @Override
            public Document next() {
                Document d = texts.get(i % texts.size());
                int round = i / texts.size();
                i++;
                return new Document(d.id() + "#ingest" + round, d.title(), d.text(), d.source(), d.date(), d.url());
            }
        };
        return docs;
    }

    /** Stores generated analyses until the knowledge base holds {@code documents}; prints the write rate. */
    public void fill(KnowledgeBase kb, SyntheticCorpus corpus, int documents) {
        int have = documentCount(kb);
        if (have >= documents) {
            out.println("knowledge base already holds " + have + " documents");
            return;
        }
        long t0 = System.nanoTime();
        long cpu0 = threadCpu();
        long last = t0;
        long lastCpu = cpu0;
        int lastStored = 0;
        int stored = 0;
        try (KbWriter w = kb.writer()) {
            for (int i = have; i < documents; i++) {
                w.store(corpus.get(i), "synthetic", false);
                stored++;
                if (stored % 1000 == 0) {
                    w.commit();
                    long now = System.nanoTime();
                    if (now - last > 10_000_000_000L) {
                        // the CPU a document since the last line shows whether storing slows as the knowledge base grows
                        long cpu = threadCpu();
                        out.println(String.format(Locale.ROOT, "  generated %d of %d documents, %.0f documents/s;"
                                + " %.1f ms CPU a document since the last line", i + 1, documents,
                                stored / ((now - t0) / 1e9), (cpu - lastCpu) / 1e6 / (stored - lastStored)));
                        last = now;
                        lastCpu = cpu;
                        lastStored = stored;
                    }
                }
            }
            w.commit();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.println(String.format(Locale.ROOT, "generated knowledge base: %d documents stored in %.1f s (%.0f documents/s, "
                + "store only; %.1f ms CPU per document)", stored, secs, stored / secs, (threadCpu() - cpu0) / 1e6 / stored));
    }

    /** Query latencies over names drawn from the knowledge base itself. */
    public List<LatencyStats> queries(KnowledgeBase kb, int count, long seed) {
        List<String> names = sampleNames(kb, count, seed);
        Random random = new Random(seed);
        long[] lookup = new long[names.size()];
        long[] surname = new long[names.size()];
        long[] facts = new long[names.size()];
        long[] dated = new long[names.size()];
        String[] types = {"occupation", "meeting", "deal", "ownership"};
        try (KbReader r = kb.reader()) {
            // warm-up: the first queries load the morphology and fill caches
            for (int i = 0; i < Math.min(50, names.size()); i++) {
                r.findEntities(names.get(i), 10);
            }
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                long t = System.nanoTime();
                List<EntityMatch> m = r.findEntities(name, 10);
                if (!m.isEmpty()) {
                    r.card(m.get(0).id(), 20, 20);
                }
                lookup[i] = System.nanoTime() - t;
                String last = name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name;
                t = System.nanoTime();
                r.findEntities(last.toLowerCase(Locale.ROOT), 10);
                surname[i] = System.nanoTime() - t;
                t = System.nanoTime();
                r.facts(new FactFilter(types[random.nextInt(types.length)], name, null, null, 50));
                facts[i] = System.nanoTime() - t;
                int year = 2005 + random.nextInt(10);
                t = System.nanoTime();
                r.facts(new FactFilter(null, name, Integer.toString(year), Integer.toString(year + 1), 50));
                dated[i] = System.nanoTime() - t;
            }
        }
        List<LatencyStats> out = List.of(
                LatencyStats.of("entity NAME + card", lookup),
                LatencyStats.of("entity SURNAME", surname),
                LatencyStats.of("facts --type --with", facts),
                LatencyStats.of("facts --with --from --to", dated));
        out.forEach(s -> this.out.println(s));
        return out;
    }

    private static List<String> sampleNames(KnowledgeBase kb, int count, long seed) {
        List<String> all = new ArrayList<>();
        try (Connection c = kb.connect();
             PreparedStatement ps = c.prepareStatement("SELECT name FROM kb_entities WHERE entity_class IN ('PER', 'ORG', 'LOC')"
                     + " ORDER BY id");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                all.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new KnowledgeBaseException("cannot sample names: " + e.getMessage(), e);
        }
        if (all.isEmpty()) {
            throw new KnowledgeBaseException("the knowledge base has no entities to query");
        }
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(all.get(random.nextInt(all.size())));
        }
        return out;
    }

    /** CPU time of the calling thread, ns (0 where the JVM cannot tell). */
    private static long threadCpu() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : 0;
    }

    /** CPU time of the whole process, ns (0 where the JVM cannot tell). */
    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static int documentCount(KnowledgeBase kb) {
        try (Connection c = kb.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents");
             ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new KnowledgeBaseException("cannot count documents: " + e.getMessage(), e);
        }
    }

    /**
     * The base analyses the generator copies: the factRuEval development set's gold layers, with
     * tokens and morphology from the pipeline's first stages so that copies need no lemmatising.
     */
    public static List<Analysis> factRuGold(java.nio.file.Path factRuDir, Pipeline pipeline) {
        List<Analysis> out = new ArrayList<>();
        for (var d : org.faktograf.formats.corpus.FactRuCorpus.load(factRuDir)) {
            Analysis gold = GoldAnalyses.fromFactRu(d);
            Analysis a = Analysis.of(gold.document());
            for (org.faktograf.pipeline.Stage stage : pipeline.stages()) {
                a = stage.apply(a);
                if (!a.morphology().isEmpty()) {
                    break;
                }
            }
            out.add(a.withMentions(gold.mentions()).withNames(gold.names()).withEntities(gold.entities())
                    .withFacts(gold.facts()));
        }
        return out;
    }
}
