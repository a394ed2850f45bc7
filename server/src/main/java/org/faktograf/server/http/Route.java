package org.faktograf.server.http;

import java.util.List;
import java.util.Map;

/**
 * A method and a path pattern: literal segments, {@code {name}} for one segment, and a last
 * {@code {name...}} for the rest of the path (still encoded, for the static files to check).
 */
public record Route(String method, String pattern, RouteHandler handler) {
    public Route {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route pattern starts with /: " + pattern);
        }
    }

    List<String> segments() {
        return pattern.equals("/") ? List.of() : List.of(pattern.substring(1).split("/", -1));
    }

    /**
     * The path parameters when the raw (encoded) path segments match, else {@code null}. Segments
     * are percent-decoded one by one, so an encoded slash stays inside its segment.
     */
    Map<String, String> match(List<String> rawSegments) {
        List<String> pattern = segments();
        Map<String, String> params = new java.util.HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.startsWith("{") && p.endsWith("...}")) {
                if (i >= rawSegments.size()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 4), String.join("/", rawSegments.subList(i, rawSegments.size())));
                return params;
            }
            if (i >= rawSegments.size()) {
                return null;
            }
            String raw = rawSegments.get(i);
            if (p.startsWith("{") && p.endsWith("}")) {
                if (raw.isEmpty()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), PathSegments.decode(raw));
            } else if (!p.equals(raw)) {
                return null;
            }
        }
        return pattern.size() == rawSegments.size() ? params : null;
    }
}
