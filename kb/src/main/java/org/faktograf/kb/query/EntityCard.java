package org.faktograf.kb.query;

import java.util.List;

/**
 * Everything about one kb entity: its names, posts, the document entities it holds (with the rule
 * and reason that joined each), their mentions, and its facts.
 */
public record EntityCard(EntityMatch entity, List<Alias> aliases, List<String> posts, int memberCount,
                         List<Member> members, List<FactRow> facts) {

    /** A name of the entity and how many document entities used it. */
    public record Alias(String name, int occurrences) {}

    /**
     * One document entity it holds.
     *
     * @param rule   the merge rule that put it here (new, full-name, surname-unique, correction, ...)
     * @param reason the rule's explanation
     */
    public record Member(String document, String title, String name, String rule, String reason, int mentionCount,
                        List<MentionRef> mentions) {}

    /** A mention: its text and code point offsets in its document. */
    public record MentionRef(String text, int start, int end) {}
}
