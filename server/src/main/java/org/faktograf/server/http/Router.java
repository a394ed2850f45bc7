package org.faktograf.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to the route matching its method and path. Every failure becomes a JSON
 * error: 404 for no such path, 405 (with Allow) for a path without that method, the status of an
 * {@link HttpError}, and 500 for anything else, whose stack trace goes to the server log only.
 */
public final class Router extends Handler.Abstract {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final List<Route> routes;
    private final ObjectMapper json;

    public Router(List<Route> routes, ObjectMapper json) {
        this.routes = List.copyOf(routes);
        this.json = json;
    }

    public List<Route> routes() {
        return routes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        String rawPath = request.getHttpURI().getPath();
        Exchange exchange = new Exchange(request, response, callback, Map.of(), json);
        try {
            List<String> segments = PathSegments.split(rawPath);
            TreeSet<String> allowed = new TreeSet<>();
            for (Route route : routes) {
                Map<String, String> params = route.match(segments);
                if (params == null) {
                    continue;
                }
                if (route.method().equals(method) || (method.equals("HEAD") && route.method().equals("GET"))) {
                    exchange = new Exchange(request, response, callback, params, json);
                    route.handler().handle(exchange);
                    if (!exchange.answered()) {
                        throw new IllegalStateException("route " + route.pattern() + " did not answer");
                    }
                    return true;
                }
                allowed.add(route.method());
                if (route.method().equals("GET")) {
                    allowed.add("HEAD");
                }
            }
            if (!allowed.isEmpty()) {
                exchange.header("Allow", String.join(", ", allowed));
                throw new HttpError(405, "method " + method + " is not allowed here; allowed: " + String.join(", ", allowed));
            }
            throw HttpError.notFound("no page or endpoint at this address");
        } catch (HttpError e) {
            answer(exchange, response, callback, e.status(), e.getMessage());
        } catch (Exception | StackOverflowError e) {
            LOG.log(Level.SEVERE, "internal error answering " + method + " " + rawPath, e);
            answer(exchange, response, callback, 500, "internal server error (" + e.getClass().getSimpleName()
                    + "); the server log has the details");
        }
        return true;
    }

    private static void answer(Exchange exchange, Response response, Callback callback, int status, String message) {
        if (!exchange.answered() && !response.isCommitted()) {
            exchange.error(status, message);
        } else if (!exchange.answered()) {
            callback.failed(new IllegalStateException(message));
        }
        // answered already: the response is on its way and cannot change
    }

    /** All route methods and patterns, for the API description's test. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Route r : routes) {
            out.add(r.method() + " " + r.pattern());
        }
        return out;
    }
}
