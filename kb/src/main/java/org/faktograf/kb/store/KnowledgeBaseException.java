package org.faktograf.kb.store;

/**
 * A knowledge-base problem a user can act on (no such database file, server unreachable, login
 * refused); the message is one line meant for the user.
 */
public class KnowledgeBaseException extends RuntimeException {
    public KnowledgeBaseException(String message) {
        super(message);
    }

    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
