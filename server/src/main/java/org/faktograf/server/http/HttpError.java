package org.faktograf.server.http;

/**
 * A request that cannot be answered, with the status and a message for the client. Thrown by
 * handlers; the router turns it into a JSON error body. No stack trace is kept: it is not a bug.
 */
public final class HttpError extends RuntimeException {
    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }
}
