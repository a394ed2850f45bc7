package org.faktograf.spark;

/** A problem the user can fix (a missing input, an existing output): one line, exit code 2. */
public final class JobException extends Exception {
    private static final long serialVersionUID = 1L;

    public JobException(String message) {
        super(message);
    }
}
