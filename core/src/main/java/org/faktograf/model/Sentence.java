package org.faktograf.model;

/**
 * A sentence: characters {@code [start, end)} of the document text and tokens
 * {@code [firstToken, endToken)} of the token layer.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
    public int tokenCount() {
        return endToken - firstToken;
    }
}
