package org.faktograf.kb.query;

/**
 * A document that mentions a kb entity, with how often: one point of the entity's timeline.
 *
 * @param date the document's publication date (ISO-8601) or {@code null}
 */
public record EntityDocument(String document, String title, String date, int mentions) {
}
