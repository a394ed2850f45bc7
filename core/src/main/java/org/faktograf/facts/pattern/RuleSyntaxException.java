package org.faktograf.facts.pattern;

/** A rule file that cannot be read: the message names the file and line. */
public final class RuleSyntaxException extends RuntimeException {
    public RuleSyntaxException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
