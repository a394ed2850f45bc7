package org.faktograf.kb.query;

/**
 * Which facts to list; any field may be {@code null} (no restriction).
 *
 * @param type      fact type (OCCUPATION, MEETING, DEAL, OWNERSHIP, PROJECT), any case
 * @param with      a name: only facts with an argument naming an entity that matches it
 * @param from      first date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param to        last date, inclusive at its precision (2010 includes all of 2010)
 * @param limit     most facts returned
 */
public record FactFilter(String type, String with, String from, String to, int limit) {
}
