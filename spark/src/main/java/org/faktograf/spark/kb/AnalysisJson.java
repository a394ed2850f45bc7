package org.faktograf.spark.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Grammeme;
import org.faktograf.model.Mention;
import org.faktograf.model.Modality;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.PersonName;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.TextOffsets;
import org.faktograf.model.WordForm;

/**
 * Reads back the JSON that {@code JsonAnalysisWriter} writes (without {@code --readings}) into an
 * {@link Analysis}: code point offsets become UTF-16 indices again and each token gets its best
 * reading. What the knowledge base's writer stores comes out as if the pipeline had just run, so
 * the Spark job ships an analysis to the driver as the JSON it writes anyway.
 */
public final class AnalysisJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisJson() {
    }

    public static Analysis read(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        JsonNode d = root.get("document");
        String text = d.get("text").asText();
        Document document = new Document(d.get("id").asText(), string(d, "title"), text, string(d, "source"),
                string(d, "date"), string(d, "url"));
        TextOffsets offsets = TextOffsets.of(text);
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : root.get("sentences")) {
            sentences.add(new Sentence(offsets.toChar(s.get("start").asInt()), offsets.toChar(s.get("end").asInt()),
                    s.get("firstToken").asInt(), s.get("endToken").asInt()));
        }
        List<Token> tokens = new ArrayList<>();
        List<TokenMorphology> morphology = new ArrayList<>();
        for (JsonNode t : root.get("tokens")) {
            tokens.add(new Token(offsets.toChar(t.get("start").asInt()), offsets.toChar(t.get("end").asInt()),
                    t.get("text").asText(), TokenKind.valueOf(t.get("kind").asText())));
            if (t.has("lemma")) {
                long bits = 0;
                for (JsonNode g : t.get("grammemes")) {
                    bits |= Grammeme.valueOf(g.asText()).bit();
                }
                morphology.add(new TokenMorphology(List.of(new WordForm(string(t, "lemma"),
                        PartOfSpeech.valueOf(t.get("pos").asText()), bits, t.get("guessed").asBoolean()))));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : root.get("mentions")) {
            mentions.add(new Mention(m.get("id").asText(), offsets.toChar(m.get("start").asInt()),
                    offsets.toChar(m.get("end").asInt()), EntityType.valueOf(m.get("type").asText()),
                    m.get("politicalBody").asBoolean(), m.get("score").asDouble()));
        }
        List<CanonicalName> names = new ArrayList<>();
        for (JsonNode n : root.get("names")) {
            names.add(new CanonicalName(n.get("mention").asText(), string(n, "text"), person(n.get("person")),
                    string(n, "legalForm")));
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : root.get("entities")) {
            entities.add(new Entity(e.get("id").asText(), EntityType.valueOf(e.get("type").asText()), string(e, "name"),
                    person(e.get("person")), string(e, "legalForm"), strings(e.get("aliases")), strings(e.get("mentions"))));
        }
        List<Fact> facts = new ArrayList<>();
        for (JsonNode f : root.get("facts")) {
            List<FactArgument> args = new ArrayList<>();
            for (JsonNode a : f.get("arguments")) {
                boolean span = a.has("start");
                args.add(new FactArgument(a.get("role").asText(), string(a, "entity"), string(a, "value"),
                        span ? offsets.toChar(a.get("start").asInt()) : -1, span ? offsets.toChar(a.get("end").asInt()) : -1));
            }
            JsonNode ev = f.get("evidence");
            facts.add(new Fact(f.get("id").asText(), FactType.valueOf(f.get("type").asText()), args,
                    Modality.valueOf(f.get("modality").asText()), offsets.toChar(ev.get("start").asInt()),
                    offsets.toChar(ev.get("end").asInt()), string(f, "rule")));
        }
        return new Analysis(document, sentences, tokens, morphology, mentions, names, entities, facts);
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static PersonName person(JsonNode p) {
        if (p == null || p.isNull()) {
            return null;
        }
        return new PersonName(string(p, "first"), string(p, "patronymic"), string(p, "last"), string(p, "nickname"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asText());
        }
        return out;
    }
}
