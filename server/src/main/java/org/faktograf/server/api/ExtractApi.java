package org.faktograf.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.faktograf.formats.write.BratWriter;
import org.faktograf.formats.write.ConllWriter;
import org.faktograf.formats.write.JsonAnalysisWriter;
import org.faktograf.formats.write.TextSummaryWriter;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.server.http.Exchange;
import org.faktograf.server.http.HttpError;

/**
 * {@code POST /api/extract}: a text in, its analysis out, in the JSON of {@code faktograf extract}
 * (or, with {@code ?format=}, CoNLL, a brat {@code .ann} or the text summary). Nothing is stored.
 */
public final class ExtractApi {
    private static final JsonAnalysisWriter JSON_COMPACT = new JsonAnalysisWriter(false, false);
    private static final JsonAnalysisWriter JSON_PRETTY = new JsonAnalysisWriter(true, false);
    private static final ConllWriter CONLL = new ConllWriter();
    private static final BratWriter BRAT = new BratWriter();

    private final AnalysisSlots analyses;
    private final IncomingDocuments incoming;
    private final long maxBodyBytes;

    public ExtractApi(AnalysisSlots analyses, com.fasterxml.jackson.databind.ObjectMapper json, long maxBodyBytes) {
        this.analyses = analyses;
        this.incoming = new IncomingDocuments(json);
        this.maxBodyBytes = maxBodyBytes;
    }

    public void extract(Exchange x) throws IOException {
        String format = x.query("format") == null ? "json" : x.query("format").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("conll") && !format.equals("brat") && !format.equals("text")) {
            throw HttpError.badRequest("unknown format '" + format + "' (json, conll, brat or text)");
        }
        boolean pretty = "true".equals(x.query("pretty"));
        byte[] body = x.body(maxBodyBytes);
        Document d = incoming.read(x, body, "text", false).get(0);
        Analysis a = analyses.analyze(d);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(4096, d.text().length() * 8));
        switch (format) {
            case "conll" -> {
                CONLL.write(a, out);
                x.send(200, "text/plain; charset=utf-8", out.toByteArray());
            }
            case "brat" -> {
                BRAT.write(a, out);
                x.send(200, "text/plain; charset=utf-8", out.toByteArray());
            }
            case "text" -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new TextSummaryWriter(false, false).write(a, w);
                w.flush();
                x.send(200, "text/plain; charset=utf-8", out.toByteArray());
            }
            default -> {
                (pretty ? JSON_PRETTY : JSON_COMPACT).write(a, out);
                x.send(200, "application/json; charset=utf-8", out.toByteArray());
            }
        }
    }
}
