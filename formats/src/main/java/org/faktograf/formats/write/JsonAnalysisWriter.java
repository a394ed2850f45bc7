package org.faktograf.formats.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.Grammeme;
import org.faktograf.model.Mention;
import org.faktograf.model.PersonName;
import org.faktograf.model.Sentence;
import org.faktograf.model.TextOffsets;
import org.faktograf.model.Token;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;

/**
 * Writes an analysis as one JSON object: the document, its sentences and tokens (with the best
 * reading's lemma, part of speech and grammemes, and every reading when asked), mentions, canonical
 * names, entities and facts. Every key is always present (an empty array for a layer not computed
 * or with nothing in it) so consumers see one shape. Offsets are Unicode code points, end
 * exclusive. Pretty output indents the outer levels and puts each token, mention and entity on one
 * line; compact output is one line, for JSON Lines. Thread-safe.
 */
public final class JsonAnalysisWriter {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final boolean pretty;
    private final boolean allReadings;

    /**
     * @param pretty      indented (for one document) rather than one line (JSON Lines)
     * @param allReadings add every morphological reading of a token under {@code readings}
     */
    public JsonAnalysisWriter(boolean pretty, boolean allReadings) {
        this.pretty = pretty;
        this.allReadings = allReadings;
    }

    /** Writes the object and a line end; flushes, does not close the stream. */
    public void write(Analysis analysis, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) {
                g.setPrettyPrinter(new IndentedLevelsPrettyPrinter(2));
            }
            new Emitter(g, analysis).analysis();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /** Writes one analysis to one generator. */
    private final class Emitter {
        private final JsonGenerator g;
        private final Analysis a;
        private final String text;
        private final TextOffsets offsets;

        Emitter(JsonGenerator g, Analysis a) {
            this.g = g;
            this.a = a;
            this.text = a.text();
            this.offsets = TextOffsets.of(text);
        }

        void analysis() throws IOException {
            g.writeStartObject();
            document(a.document());
            g.writeArrayFieldStart("sentences");
            for (Sentence s : a.sentences()) {
                g.writeStartObject();
                span(s.start(), s.end());
                g.writeNumberField("firstToken", s.firstToken());
                g.writeNumberField("endToken", s.endToken());
                g.writeEndObject();
            }
            g.writeEndArray();
            tokens();
            g.writeArrayFieldStart("mentions");
            for (Mention m : a.mentions()) {
                mention(m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("names");
            for (CanonicalName n : a.names()) {
                name(n);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entities");
            for (Entity e : a.entities()) {
                entity(e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("facts");
            for (Fact f : a.facts()) {
                fact(f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void document(Document d) throws IOException {
            g.writeObjectFieldStart("document");
            g.writeStringField("id", d.id());
            g.writeStringField("title", d.title());
            g.writeStringField("source", d.source());
            g.writeStringField("date", d.date());
            g.writeStringField("url", d.url());
            g.writeStringField("text", d.text());
            g.writeEndObject();
        }

        private void tokens() throws IOException {
            List<Token> tokens = a.tokens();
            List<TokenMorphology> morphology = a.morphology();
            boolean withMorphology = !morphology.isEmpty(); // one entry per token when present
            g.writeArrayFieldStart("tokens");
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                g.writeStartObject();
                span(t.start(), t.end());
                g.writeStringField("text", t.text());
                g.writeStringField("kind", t.kind().name());
                if (withMorphology) {
                    TokenMorphology m = morphology.get(i);
                    reading(m.best());
                    if (allReadings) {
                        g.writeArrayFieldStart("readings");
                        for (WordForm f : m.readings()) {
                            g.writeStartObject();
                            reading(f);
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void reading(WordForm f) throws IOException {
            g.writeStringField("lemma", f.lemma());
            g.writeStringField("pos", f.pos().name());
            g.writeArrayFieldStart("grammemes");
            for (Grammeme gr : Grammeme.list(f.grammemes())) {
                g.writeString(gr.name());
            }
            g.writeEndArray();
            g.writeBooleanField("guessed", f.guessed());
        }

        private void mention(Mention m) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            span(m.start(), m.end());
            g.writeStringField("text", text.substring(m.start(), m.end()));
            g.writeStringField("type", m.type().name());
            g.writeStringField("coarse", m.type().coarse().name());
            g.writeBooleanField("politicalBody", m.politicalBody());
            g.writeNumberField("score", m.score());
            g.writeEndObject();
        }

        private void name(CanonicalName n) throws IOException {
            g.writeStartObject();
            g.writeStringField("mention", n.mentionId());
            g.writeStringField("text", n.text());
            person(n.person());
            g.writeStringField("legalForm", n.legalForm());
            g.writeEndObject();
        }

        private void entity(Entity e) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("coarse", e.type().coarse().name());
            g.writeStringField("name", e.name());
            person(e.person());
            g.writeStringField("legalForm", e.legalForm());
            stringArray("aliases", e.aliases());
            stringArray("mentions", e.mentionIds());
            g.writeEndObject();
        }

        private void fact(Fact f) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("type", f.type().name());
            g.writeStringField("modality", f.modality().name());
            g.writeArrayFieldStart("arguments");
            for (FactArgument arg : f.arguments()) {
                g.writeStartObject();
                g.writeStringField("role", arg.role());
                g.writeStringField("entity", arg.entityId());
                g.writeStringField("value", arg.value());
                if (arg.start() >= 0 && arg.end() >= arg.start()) {
                    span(arg.start(), arg.end());
                    g.writeStringField("text", text.substring(arg.start(), arg.end()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("evidence");
            span(f.evidenceStart(), f.evidenceEnd());
            g.writeStringField("text", text.substring(f.evidenceStart(), f.evidenceEnd()));
            g.writeEndObject();
            g.writeStringField("rule", f.rule());
            g.writeEndObject();
        }

        private void person(PersonName p) throws IOException {
            if (p == null) {
                g.writeNullField("person");
                return;
            }
            g.writeObjectFieldStart("person");
            g.writeStringField("first", p.first());
            g.writeStringField("patronymic", p.patronymic());
            g.writeStringField("last", p.last());
            g.writeStringField("nickname", p.nickname());
            g.writeEndObject();
        }

        private void stringArray(String field, List<String> values) throws IOException {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }

        /** Writes start and end as code point offsets. */
        private void span(int start, int end) throws IOException {
            g.writeNumberField("start", offsets.toCodePoint(start));
            g.writeNumberField("end", offsets.toCodePoint(end));
        }
    }
}
