package org.faktograf.formats.read;

/**
 * Where readers report what they could not read. An error means an input was not processed (a
 * missing file, an unreadable directory, a text over the size limit); a warning means something
 * was skipped on purpose (a binary file, a malformed JSON line). Implementations are called from
 * the reading thread only.
 */
public interface ReadProblems {
    void warning(String message);

    void error(String message);
}
