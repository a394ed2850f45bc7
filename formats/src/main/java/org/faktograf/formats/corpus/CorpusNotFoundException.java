package org.faktograf.formats.corpus;

/** The vendored corpora folder is not where a command looks for it; the message says how to point to it. */
public class CorpusNotFoundException extends RuntimeException {
    public CorpusNotFoundException(String message) {
        super(message);
    }
}
