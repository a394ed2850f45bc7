package org.faktograf.server.api;

import java.util.List;
import java.util.Map;
import org.faktograf.kb.query.EntityCard;
import org.faktograf.kb.query.EntityMatch;
import org.faktograf.kb.query.FactFilter;
import org.faktograf.kb.query.FactRow;
import org.faktograf.kb.query.SearchResult;
import org.faktograf.kb.query.StoredDocument;
import org.faktograf.server.http.Exchange;
import org.faktograf.server.http.HttpError;

/**
 * The read side of the knowledge base over HTTP: entity look-up and pages, facts, full-text
 * search, stored documents and counts. Each request borrows a reader from the pool.
 */
public final class KnowledgeBaseApi {
    private static final int MEMBERS_SHOWN = 50;
    private static final int FACTS_SHOWN = 200;
    private static final int RELATED_SHOWN = 40;
    private static final int TIMELINE_POINTS = 500;

    private static final long STATS_TTL_NANOS = 10_000_000_000L;

    private final KbReaderPool readers;
    private volatile CachedStats stats;

    public KnowledgeBaseApi(KbReaderPool readers) {
        this.readers = readers;
    }

    /** {@code GET /api/entities?q=NAME&limit=N}. */
    public void entities(Exchange x) {
        String q = required(x, "q");
        int limit = x.queryInt("limit", 20, 1, 200);
        List<EntityMatch> found = readers.with(r -> r.findEntities(q, limit));
        x.json(200, new ApiResponses.EntityList(q, found));
    }

    /** {@code GET /api/entities/{id}}. */
    public void entity(Exchange x) {
        long id = entityId(x.pathParameter("id"));
        EntityPage page = readers.with(r -> {
            EntityCard card = r.card(id, MEMBERS_SHOWN, FACTS_SHOWN);
            if (card == null) {
                return null;
            }
            return new EntityPage(card.entity(), card.aliases(), card.posts(), card.memberCount(), card.members(),
                    card.facts(), r.cooccurrences(id, RELATED_SHOWN), r.documentsOf(id, TIMELINE_POINTS));
        });
        if (page == null) {
            throw HttpError.notFound("no entity #" + id);
        }
        x.json(200, page);
    }

    /** {@code GET /api/facts?type=&entity=&from=&to=&limit=}. */
    public void facts(Exchange x) {
        FactFilter filter = new FactFilter(x.query("type"), x.query("entity"), x.query("from"), x.query("to"),
                x.queryInt("limit", 100, 1, 1000));
        List<FactRow> facts;
        try {
            facts = readers.with(r -> r.facts(filter));
        } catch (IllegalArgumentException e) {
            // the reader's word for an unknown fact type or a malformed date
            throw HttpError.badRequest(e.getMessage());
        }
        x.json(200, new ApiResponses.FactList(facts));
    }

    /** {@code GET /api/search?q=TEXT&limit=N}. */
    public void search(Exchange x) {
        String q = required(x, "q");
        int limit = x.queryInt("limit", 20, 1, 200);
        SearchResult result = readers.with(r -> r.search(q, limit));
        x.json(200, new ApiResponses.SearchHits(q, result.terms(), result.hits()));
    }

    /** {@code GET /api/documents/{id}}. */
    public void document(Exchange x) {
        String key = x.pathParameter("id");
        StoredDocument d = readers.with(r -> r.document(key));
        if (d == null) {
            throw HttpError.notFound("no document with id '" + key + "'");
        }
        x.json(200, d);
    }

    /**
     * {@code GET /api/stats}: how much the knowledge base holds. Counted at most every few seconds
     * (every page shows it, and counting a large base takes a while); an ingest through the API
     * makes the next call count again.
     */
    public void stats(Exchange x) {
        CachedStats cached = stats;
        if (cached == null || System.nanoTime() - cached.at() > STATS_TTL_NANOS) {
            Map<String, Long> counts = readers.with(r -> r.counts());
            cached = new CachedStats(System.nanoTime(), new ApiResponses.Stats(counts.getOrDefault("documents", 0L),
                    counts.getOrDefault("kb_entities", 0L), counts.getOrDefault("mentions", 0L), counts.getOrDefault("facts", 0L)));
            stats = cached;
        }
        x.json(200, cached.stats());
    }

    /** Forgets the counts, after a write. */
    public void statsChanged() {
        stats = null;
    }

    private record CachedStats(long at, ApiResponses.Stats stats) {}

    private static String required(Exchange x, String name) {
        String v = x.query(name);
        if (v == null) {
            throw HttpError.badRequest("the query parameter '" + name + "' is required");
        }
        if (v.length() > 500) {
            throw HttpError.badRequest("'" + name + "' is longer than 500 characters");
        }
        return v;
    }

    private static long entityId(String s) {
        try {
            long id = Long.parseLong(s);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw HttpError.badRequest("an entity id is a positive whole number, not '" + s + "'");
    }
}
