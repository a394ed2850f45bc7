package org.faktograf.kb.query;

import java.util.List;

/**
 * Documents matching a full-text query, best first.
 *
 * @param terms for each query word, the index terms searched (its lemmas and the places it may name)
 * @param hits  the documents
 */
public record SearchResult(List<List<String>> terms, List<Hit> hits) {

    /** A matching document with a snippet around the first matching word (marked with [ ]). */
    public record Hit(String document, String title, String date, double score, String snippet) {}
}
