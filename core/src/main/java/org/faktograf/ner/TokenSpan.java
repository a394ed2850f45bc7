package org.faktograf.ner;

/**
 * A span found by a tagger, over token indices {@code [start, end)}. {@code type} indexes
 * {@link org.faktograf.model.EntityType} for mention layers and {@link NameClass} for the name
 * tagger; {@code layer} is the mention layer (0 for the innermost), -1 for names.
 */
public record TokenSpan(int start, int end, int type, int layer, double score) {
    public int length() {
        return end - start;
    }

    public boolean covers(TokenSpan other) {
        return start <= other.start && other.end <= end;
    }
}
