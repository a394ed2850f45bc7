package org.faktograf.server.api;

import java.util.List;
import org.faktograf.kb.query.Cooccurrence;
import org.faktograf.kb.query.EntityCard;
import org.faktograf.kb.query.EntityDocument;
import org.faktograf.kb.query.EntityMatch;
import org.faktograf.kb.query.FactRow;

/**
 * What {@code GET /api/entities/{id}} answers: the entity's card (names, posts), the documents it
 * is mentioned in (with the rule that joined each, and its mentions), its facts, the entities it
 * appears with, and a timeline of its documents by date.
 *
 * @param documentCount all the document entities it holds (mentions lists at most the first of them)
 */
public record EntityPage(EntityMatch entity, List<EntityCard.Alias> aliases, List<String> posts, int documentCount,
                         List<EntityCard.Member> mentions, List<FactRow> facts, List<Cooccurrence> related,
                         List<EntityDocument> timeline) {
}
