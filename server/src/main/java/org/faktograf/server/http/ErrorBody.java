package org.faktograf.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.http.HttpStatus;

/** The one shape of every error the server sends: {@code {"status": 404, "error": "Not Found", "message": "..."}}. */
public final class ErrorBody {
    private static final JsonFactory JSON = new JsonFactory();

    private ErrorBody() {
    }

    public static byte[] of(int status, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("status", status);
            String reason = HttpStatus.getMessage(status);
            g.writeStringField("error", reason == null ? "Error" : reason);
            g.writeStringField("message", message == null || message.isBlank() ? reasonOrDefault(status) : message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String reasonOrDefault(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null ? "error " + status : reason.toLowerCase(java.util.Locale.ROOT);
    }
}
