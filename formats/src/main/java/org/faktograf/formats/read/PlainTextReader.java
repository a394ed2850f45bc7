package org.faktograf.formats.read;

import org.faktograf.model.Document;

/**
 * Makes a document of a decoded plain text. The text is kept whole, title line included, so that
 * offsets agree with the file; a first line that reads as a headline and is followed by a body
 * also becomes the title.
 */
public final class PlainTextReader {
    /** Longer first lines are paragraphs, not headlines. */
    static final int MAX_TITLE_LENGTH = 250;

    private PlainTextReader() {
    }

    public static Document read(String id, String source, String text) {
        return new Document(id, title(text), text, source, null, null);
    }

    /**
     * The first non-blank line when a non-blank body follows it and it looks like a headline (has
     * letters, is not too long, does not end like a sentence or a clause), else {@code null}.
     */
    public static String title(String text) {
        int start = 0;
        while (true) {
            int end = lineEnd(text, start);
            if (end == text.length()) {
                return null; // one line at most: no body
            }
            String line = text.substring(start, end).strip();
            int next = end + (text.startsWith("\r\n", end) ? 2 : 1);
            if (line.isEmpty()) {
                start = next;
                continue;
            }
            if (text.substring(next).isBlank() || line.length() > MAX_TITLE_LENGTH || endsLikeSentence(line)
                    || line.codePoints().noneMatch(Character::isLetter)) {
                return null;
            }
            return line;
        }
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** A period (not an ellipsis), comma, colon or semicolon ends prose, not a headline. */
    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        if (last == ',' || last == ';' || last == ':') {
            return true;
        }
        return last == '.' && !line.endsWith("...");
    }
}
