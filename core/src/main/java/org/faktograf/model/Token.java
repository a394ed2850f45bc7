package org.faktograf.model;

/**
 * A token: {@code text} is {@code document.text().substring(start, end)}; offsets are UTF-16
 * indices into the document text, end exclusive.
 */
public record Token(int start, int end, String text, TokenKind kind) {
    public boolean isWord() {
        return kind == TokenKind.WORD;
    }
}
