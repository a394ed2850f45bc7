package org.faktograf.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One request and its response, as a handler sees them: path and query parameters, a body read
 * within a size limit, and answers as JSON, text or bytes with the security headers every response
 * carries. A handler answers exactly once.
 */
public final class Exchange {
    /** Pages may load scripts, styles, fonts and data from this server only; nothing inline runs. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Map<String, String> pathParameters;
    private final ObjectMapper json;
    private Fields query;
    private boolean answered;

    Exchange(Request request, Response response, Callback callback, Map<String, String> pathParameters, ObjectMapper json) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.pathParameters = pathParameters;
        this.json = json;
    }

    public String method() {
        return request.getMethod();
    }

    /** A path parameter ({@code {id}} in the route), percent-decoded. */
    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /** A query parameter, or {@code null} when absent or blank. */
    public String query(String name) {
        if (query == null) {
            try {
                query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                throw HttpError.badRequest("malformed query string");
            }
        }
        String v = query.getValue(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** An integer query parameter within [min, max], or the default when absent. */
    public int queryInt(String name, int defaultValue, int min, int max) {
        String v = query(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw HttpError.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a whole number, not '" + v + "'");
        }
    }

    public String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The media type of the body, lower case, without parameters; {@code null} when not given. */
    public String contentType() {
        String ct = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (ct == null || ct.isBlank()) {
            return null;
        }
        return MimeTypes.getBase(ct).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the Content-Type names, or {@code null}; a 400 for one Java does not know. */
    public Charset contentCharset() {
        String ct = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String name = ct == null ? null : MimeTypes.getCharsetFromContentType(ct);
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw HttpError.badRequest("unknown charset in Content-Type: " + name);
        }
    }

    /**
     * The whole body, at most {@code limit} bytes: a 413 as soon as the declared length or the
     * bytes read pass it, so an oversized body is neither read whole nor kept.
     */
    public byte[] body(long limit) {
        long declared = request.getLength();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[16384];
        long total = 0;
        try (InputStream in = Request.asInputStream(request)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw badRequestBody(e);
        }
        return out.toByteArray();
    }

    private static HttpError badRequestBody(IOException e) {
        return HttpError.badRequest("the request body could not be read (" + e.getClass().getSimpleName() + ")");
    }

    private static HttpError tooLarge(long limit) {
        return new HttpError(413, "the request body is larger than the limit of " + describeBytes(limit)
                + "; send a shorter text or several documents one at a time");
    }

    static String describeBytes(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB (" + bytes + " bytes)";
        }
        return bytes + " bytes";
    }

    /** Answers with a value as JSON. */
    public void json(int status, Object value) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the response as JSON", e);
        }
        send(status, "application/json; charset=utf-8", body);
    }

    /** Answers with an error in the server's JSON error shape. */
    public void error(int status, String message) {
        send(status, "application/json; charset=utf-8", ErrorBody.of(status, message));
    }

    public void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Answers with bytes of a content type; a HEAD request gets the headers only. */
    public void send(int status, String contentType, byte[] body) {
        if (answered) {
            throw new IllegalStateException("answered twice");
        }
        answered = true;
        response.setStatus(status);
        var h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, contentType);
        h.put(HttpHeader.CONTENT_LENGTH, body.length);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        if (contentType.startsWith("text/html")) {
            h.put("Content-Security-Policy", PAGE_POLICY);
        }
        if (!h.contains(HttpHeader.CACHE_CONTROL)) {
            h.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
        }
        boolean head = "HEAD".equals(request.getMethod());
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    boolean answered() {
        return answered;
    }

    Response response() {
        return response;
    }
}
