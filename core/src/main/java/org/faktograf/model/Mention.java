package org.faktograf.model;

/**
 * A typed span of text naming or describing something. Mentions may nest (ORGANIZATION
 * «администрация Томской области» holds STATE_OR_PROVINCE «Томской области»).
 *
 * @param id            unique within the analysis ("m0", "m1", ...)
 * @param start         UTF-16 index of the first character
 * @param end           UTF-16 index after the last character
 * @param type          entity type
 * @param politicalBody true when a place acts as a political body here (factRuEval LocOrg)
 * @param score         model confidence in [0, 1]; 1 for rule-made mentions
 * @param nameStart     start of the mention's name in the factRuEval-2016 sense: a person's whole
 *                      name, an organisation's name without descriptor words and quotes
 *                      («Роснано» in «ОАО «Роснано»»), a place's name without its descriptor
 *                      (Тверской in «Тверской площади»); -1 when the mention has no such name
 *                      (a descriptor only, like «администрация Томской области» or «губернатор»)
 * @param nameEnd       end of that name, -1 when there is none
 */
public record Mention(String id, int start, int end, EntityType type, boolean politicalBody, double score,
                      int nameStart, int nameEnd) {

    /** A mention whose name is its whole span. */
    public Mention(String id, int start, int end, EntityType type, boolean politicalBody, double score) {
        this(id, start, end, type, politicalBody, score, start, end);
    }

    public boolean contains(Mention other) {
        return start <= other.start && other.end <= end && !(start == other.start && end == other.end);
    }

    public int length() {
        return end - start;
    }

    /** Whether the mention has a name part (see {@code nameStart}). */
    public boolean hasName() {
        return nameStart >= 0;
    }
}
