package org.faktograf.model;

import java.util.Objects;

/**
 * One input text with its metadata. {@code text} is the original text exactly as read (after
 * decoding); every span of every layer points into it. For a plain-text file whose first line is a
 * title, {@code title} repeats that line and {@code text} still holds it, so offsets agree with the
 * file.
 *
 * @param id     stable identifier (file name without extension, JSON Lines {@code id}, ...)
 * @param title  title or {@code null}
 * @param text   the analysed text, never {@code null}
 * @param source where it was read from (path, URL, "stdin") or {@code null}
 * @param date   publication date as ISO-8601 ({@code 2010-05-27} or a date-time) or {@code null}
 * @param url    original address or {@code null}
 */
public record Document(String id, String title, String text, String source, String date, String url) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A document with only an id and a text. */
    public static Document of(String id, String text) {
        return new Document(id, null, text, null, null, null);
    }
}
