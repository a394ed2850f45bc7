package org.faktograf.ner;

/**
 * The trained weights of one tagger before they join a model: its span types, a feature list
 * with compressed-row label weights (feature f owns {@code [offsets[f], offsets[f + 1])}) and the
 * transition matrix ({@code (labels + 1) * labels}, last row the start state).
 */
public record TaggerWeights(String[] types, long[] fingerprints, int[] offsets, byte[] labels, float[] weights,
                            float[] transitions) {
    public TaggerWeights {
        if (offsets.length != fingerprints.length + 1 || labels.length != weights.length
                || offsets[fingerprints.length] != labels.length) {
            throw new IllegalArgumentException("inconsistent weight arrays");
        }
        int labelCount = SpanTagger.labelCount(types.length);
        if (transitions.length != (labelCount + 1) * labelCount) {
            throw new IllegalArgumentException("transition matrix does not fit the labels");
        }
    }

    public int labelCount() {
        return SpanTagger.labelCount(types.length);
    }
}
