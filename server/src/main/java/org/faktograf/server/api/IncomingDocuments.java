package org.faktograf.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.faktograf.formats.read.DecodedText;
import org.faktograf.formats.read.FormatSniffer;
import org.faktograf.formats.read.HtmlReader;
import org.faktograf.formats.read.InputFormat;
import org.faktograf.formats.read.NotTextException;
import org.faktograf.formats.read.PlainTextReader;
import org.faktograf.formats.read.TextDecoder;
import org.faktograf.kb.store.ContentHash;
import org.faktograf.model.Document;
import org.faktograf.server.http.Exchange;
import org.faktograf.server.http.HttpError;

/**
 * Documents from a request body, by its Content-Type: {@code application/json} an object
 * {@code {"text": ..., "id", "title", "date", "url"}} (or, where several are allowed, an array of
 * them); {@code text/plain} the text itself; {@code text/html} a page whose main text is read as
 * {@code faktograf extract} reads HTML files; {@code application/octet-stream} (or none) a file's
 * bytes, HTML or text, its encoding detected.
 */
final class IncomingDocuments {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.+\\-Z]*)?");
    private static final int MAX_ID_LENGTH = 200;

    private final ObjectMapper json;

    IncomingDocuments(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The documents of a body.
     *
     * @param defaultId the id of a document that names none; {@code null} to make one from its content hash
     * @param several   whether a JSON array of documents is accepted
     */
    List<Document> read(Exchange x, byte[] body, String defaultId, boolean several) {
        String type = x.contentType();
        if (type == null || type.equals("application/octet-stream")) {
            return List.of(fromBytes(x, body, null, defaultId));
        }
        return switch (type) {
            case "application/json" -> fromJson(body, defaultId, several);
            case "text/plain" -> {
                Charset cs = x.contentCharset();
                yield List.of(plain(decode(body, cs == null ? StandardCharsets.UTF_8 : cs), defaultId, x.query("name")));
            }
            case "text/html" -> List.of(fromBytes(x, body, InputFormat.HTML, defaultId));
            case "application/x-www-form-urlencoded", "multipart/form-data" -> throw new HttpError(415,
                    "a form body is not read; send the text as text/plain, a file as application/octet-stream, "
                            + "or JSON {\"text\": \"...\"} as application/json (curl: -H 'Content-Type: text/plain' --data-binary @FILE)");
            default -> throw new HttpError(415, "cannot read a body of type " + type
                    + "; send application/json, text/plain, text/html or application/octet-stream");
        };
    }

    private Document fromBytes(Exchange x, byte[] body, InputFormat forced, String defaultId) {
        String name = x.query("name");
        String id = name != null ? idOfFileName(name) : defaultId;
        InputFormat format = forced != null ? forced : FormatSniffer.sniff(body, body.length, true);
        Charset cs = x.contentCharset();
        try {
            if (format == InputFormat.HTML) {
                Document d = HtmlReader.read(id == null ? "page" : id, name, body, body.length, cs);
                return id == null ? withId(d, null) : d;
            }
            DecodedText text = TextDecoder.decode(body, body.length, cs);
            return plain(text.text(), id, name);
        } catch (NotTextException e) {
            throw HttpError.badRequest("the body is not a text: " + e.getMessage());
        }
    }

    private static String decode(byte[] body, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString()
                    .replace("\uFEFF", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw HttpError.badRequest("the body is not valid " + cs.name() + " text; name its charset in Content-Type "
                    + "or send it as application/octet-stream to have it detected");
        }
    }

    private List<Document> fromJson(byte[] body, String defaultId, boolean several) {
        if (body.length == 0) {
            throw HttpError.badRequest("empty request body; send {\"text\": \"...\"}");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw HttpError.badRequest("malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw HttpError.badRequest("malformed JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw HttpError.badRequest("empty request body; send {\"text\": \"...\"}");
        }
        if (root.isArray()) {
            if (!several) {
                throw HttpError.badRequest("send one document, an object {\"text\": \"...\"}, not an array");
            }
            if (root.isEmpty()) {
                throw HttpError.badRequest("the array holds no documents");
            }
            List<Document> out = new ArrayList<>();
            int i = 0;
            for (JsonNode n : root) {
                out.add(fromObject(n, defaultId, "document " + i++ + ": "));
            }
            return out;
        }
        return List.of(fromObject(root, defaultId, ""));
    }

    private static Document fromObject(JsonNode n, String defaultId, String where) {
        if (!n.isObject()) {
            throw HttpError.badRequest(where + "expected an object {\"text\": \"...\"}");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            throw HttpError.badRequest(where + "\"text\" is required and must be a string");
        }
        String id = optional(n, "id", where);
        String title = optional(n, "title", where);
        String date = optional(n, "date", where);
        String url = optional(n, "url", where);
        if (date != null && !DATE.matcher(date).matches()) {
            throw HttpError.badRequest(where + "\"date\" must be ISO-8601 (2010-05-27 or 2010-05-27T10:00:00Z), not '" + date + "'");
        }
        String body = text.asText().replace("\uFEFF", "");
        Document d = new Document(id != null ? checkId(id, where) : defaultId == null ? "pending" : defaultId,
                title != null ? title : PlainTextReader.title(body), body, "api", date, url);
        return id == null && defaultId == null ? withId(d, null) : d;
    }

    private static String optional(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw HttpError.badRequest(where + "\"" + field + "\" must be a string");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Document plain(String text, String defaultId, String name) {
        String id = name != null ? idOfFileName(name) : defaultId;
        Document d = PlainTextReader.read(id == null ? "pending" : id, name == null ? "api" : name, text);
        return id == null ? withId(d, null) : d;
    }

    /** A document without an id gets "doc-" and the start of its content hash: posting it again finds it. */
    private static Document withId(Document d, String id) {
        String key = id != null ? id : "doc-" + ContentHash.of(d).substring(0, 16);
        return new Document(key, d.title(), d.text(), d.source(), d.date(), d.url());
    }

    private static String idOfFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        return checkId(base, "");
    }

    private static String checkId(String id, String where) {
        if (id.isBlank() || id.length() > MAX_ID_LENGTH || id.codePoints().anyMatch(Character::isISOControl)) {
            throw HttpError.badRequest(where + "\"id\" must be 1 to " + MAX_ID_LENGTH + " characters without control characters");
        }
        return id;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
