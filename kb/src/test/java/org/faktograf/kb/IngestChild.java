package org.faktograf.kb;

import java.util.Iterator;
import java.util.List;
import org.faktograf.kb.ingest.IngestListener;
import org.faktograf.kb.ingest.Ingester;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.segment.Segmenter;

/**
 * The ingest a test kills: {@code IngestChild DB N BATCH} ingests N copies of the factru-dev texts
 * (ids book_X#r), the gold layers standing for extraction, in batches of BATCH.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        String db = args[0];
        int n = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        List<Analysis> gold = Fixtures.factRuList();
        Pipeline pipeline = new Pipeline(List.of(new Segmenter(), new GoldLayersStage(Fixtures.factRuGold())));
        Iterator<Document> docs = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Document next() {
                Document d = gold.get(i % gold.size()).document();
                int r = i / gold.size();
                i++;
                return new Document(d.id() + "#" + r, d.title(), d.text(), null, null, null);
            }
        };
        KnowledgeBase kb = KnowledgeBase.open(db, true);
        System.out.println(new Ingester(kb, pipeline, 2, batch, IngestListener.NONE).ingest(docs));
    }
}
