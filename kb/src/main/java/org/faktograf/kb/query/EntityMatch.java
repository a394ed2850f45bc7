package org.faktograf.kb.query;

/**
 * A knowledge-base entity as a look-up returns it.
 *
 * @param exactName true when the query is one of its names (not only matching word by word)
 */
public record EntityMatch(long id, String entityClass, String type, String name, String wikidata,
                          int documentCount, int mentionCount, boolean exactName) {
}
