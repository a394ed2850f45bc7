package org.faktograf.eval.ner;

/** A gold span over characters {@code [start, end)} (UTF-16) with a type name. */
public record GoldSpan(int start, int end, String type) {
    public int length() {
        return end - start;
    }
}
