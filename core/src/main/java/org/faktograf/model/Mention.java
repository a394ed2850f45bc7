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
 */
public record Mention(String id, int start, int end, EntityType type, boolean politicalBody, double score) {
    public boolean contains(Mention other) {
        return start <= other.start && other.end <= end && !(start == other.start && end == other.end);
    }

    public int length() {
        return end - start;
    }
}
