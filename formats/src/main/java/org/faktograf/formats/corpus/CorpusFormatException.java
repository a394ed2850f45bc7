package org.faktograf.formats.corpus;

/** A corpus file that does not follow its format; the message names the file and line. */
public class CorpusFormatException extends RuntimeException {
    public CorpusFormatException(String message) {
        super(message);
    }
}
