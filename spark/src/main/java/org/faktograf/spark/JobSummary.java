package org.faktograf.spark;

/**
 * What a run did.
 *
 * @param documents     documents analysed
 * @param mentions      mentions found
 * @param entities      document-level entities
 * @param facts         facts found
 * @param kbEntities    cross-document entities (-1 when not resolved)
 * @param superseded    documents left out of resolution because a later one had their id
 * @param warnings      inputs or lines skipped on purpose (binary files, malformed JSON)
 * @param errors        inputs not processed (missing, unreadable, over the limit, failed)
 * @param seconds       wall-clock time of the whole run
 * @param extractSeconds time until the analyses were complete
 */
public record JobSummary(long documents, long mentions, long entities, long facts, long kbEntities, long superseded,
                         long warnings, long errors, double seconds, double extractSeconds) {
    public double documentsPerSecond() {
        return seconds > 0 ? documents / seconds : 0;
    }
}
