package org.faktograf.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.kb.ingest.Ingester;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.kb.store.StoreOutcome;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.server.WriteToken;
import org.faktograf.server.http.Exchange;
import org.faktograf.server.http.HttpError;

/**
 * {@code POST /api/documents}: analyses the posted documents and stores them in the knowledge base
 * as {@code faktograf ingest} does (the same document again is unchanged, a changed one replaced),
 * all of one request in one transaction. Needs the write token. Documents are analysed one by one
 * as analysis slots come free ({@link AnalysisSlots}); storing is one request at a time, as the
 * knowledge base has one writer.
 */
public final class IngestApi {
    private static final int MAX_DOCUMENTS = 1000;

    private final KnowledgeBase kb;
    private final AnalysisSlots analyses;
    private final WriteToken token;
    private final IncomingDocuments incoming;
    private final long maxBodyBytes;
    private final Runnable onChange;
    private final Object writeLock = new Object();

    public IngestApi(KnowledgeBase kb, AnalysisSlots analyses, WriteToken token, ObjectMapper json, long maxBodyBytes,
                     Runnable onChange) {
        this.kb = kb;
        this.analyses = analyses;
        this.token = token;
        this.incoming = new IncomingDocuments(json);
        this.maxBodyBytes = maxBodyBytes;
        this.onChange = onChange;
    }

    public void ingest(Exchange x) {
        if (!token.accepts(x.header("Authorization"))) {
            x.header("WWW-Authenticate", "Bearer realm=\"faktograf\"");
            throw new HttpError(401, x.header("Authorization") == null
                    ? "this endpoint needs the write token: send Authorization: Bearer TOKEN (faktograf serve prints it)"
                    : "the write token is wrong");
        }
        byte[] body = x.body(maxBodyBytes);
        List<Document> documents = incoming.read(x, body, null, true);
        if (documents.size() > MAX_DOCUMENTS) {
            throw HttpError.badRequest("at most " + MAX_DOCUMENTS + " documents a request, not " + documents.size());
        }
        List<Analysis> analysed = new ArrayList<>(documents.size());
        for (Document d : documents) {
            analysed.add(analyses.analyze(d));
        }
        String extractor = Ingester.extractorName(analyses.pipeline());
        List<ApiResponses.Stored> out = new ArrayList<>();
        synchronized (writeLock) {
            try (KbWriter writer = kb.writer()) {
                try {
                    for (Analysis a : analysed) {
                        StoreOutcome o = writer.store(a, extractor, false);
                        out.add(new ApiResponses.Stored(a.document().id(), o.name().toLowerCase(java.util.Locale.ROOT),
                                a.mentions().size(), a.entities().size(), a.facts().size()));
                    }
                    writer.commit();
                } catch (RuntimeException e) {
                    writer.rollback();
                    throw e;
                }
            } catch (KnowledgeBaseException e) {
                throw new HttpError(500, "knowledge base error, nothing stored: " + e.getMessage());
            }
        }
        onChange.run();
        x.json(200, new ApiResponses.StoredList(out));
    }
}
