package org.faktograf.kb.query;

import java.util.List;

/**
 * A stored document with its mentions and facts, for display. Offsets are code points.
 *
 * @param mentions in text order; nested mentions follow the one holding them
 * @param facts    the facts found in it
 */
public record StoredDocument(String id, String title, String text, String source, String date, String url,
                             List<Mention> mentions, List<FactRow> facts) {

    /**
     * A mention with its canonical name and the knowledge-base entity it belongs to.
     *
     * @param entityId   the kb entity, or {@code null} for a mention outside any (a post, a date)
     * @param entityName the kb entity's canonical name, or {@code null}
     */
    public record Mention(int start, int end, String type, String surface, String canonical, Long entityId,
                          String entityName) {}
}
