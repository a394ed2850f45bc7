package org.faktograf.formats.read;

/** The bytes are not text in any encoding the readers know (NUL bytes, undecodable bytes). */
public final class NotTextException extends Exception {
    public NotTextException(String reason) {
        super(reason);
    }
}
