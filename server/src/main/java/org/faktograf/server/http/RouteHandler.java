package org.faktograf.server.http;

/** Answers one request; may throw {@link HttpError} for a request it cannot answer. */
@FunctionalInterface
public interface RouteHandler {
    void handle(Exchange exchange) throws Exception;
}
