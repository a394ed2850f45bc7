package org.faktograf.server.api;

import java.util.List;
import org.faktograf.kb.query.EntityMatch;
import org.faktograf.kb.query.FactRow;
import org.faktograf.kb.query.SearchResult;

/** The bodies the API answers with, one record each, as {@code /openapi.json} describes them. */
public final class ApiResponses {
    private ApiResponses() {
    }

    public record EntityList(String query, List<EntityMatch> entities) {}

    public record FactList(List<FactRow> facts) {}

    public record SearchHits(String query, List<List<String>> terms, List<SearchResult.Hit> hits) {}

    public record Stats(long documents, long entities, long mentions, long facts) {}

    /** The outcome of one posted document: added, replaced or unchanged, and what it holds. */
    public record Stored(String id, String outcome, int mentions, int entities, int facts) {}

    public record StoredList(List<Stored> documents) {}
}
