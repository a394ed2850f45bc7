package org.faktograf.formats.corpus;

import java.util.List;
import java.util.Map;

/**
 * One annotated text of the factRuEval-2016 corpus with all its layers. All offsets here are
 * UTF-16 indices into {@code text} (the files' code point offsets converted on load), end
 * exclusive.
 */
public record FactRuDocument(String id, String text, List<Token> tokens, List<Span> spans,
                             List<TextObject> objects, List<CorefEntity> coref, List<Fact> facts) {

    /** A gold token; {@code sentenceStart} is true for the first token after a blank line. */
    public record Token(String id, int start, int end, String text, boolean sentenceStart) {}

    /** A typed span: name, surname, org_name, org_descr, loc_name, job, ... */
    public record Span(String id, String type, int start, int end, String firstTokenId, int tokenCount) {}

    /** A mention object: Person, Org, Location, LocOrg, Project, built of spans. */
    public record TextObject(String id, String type, List<String> spanIds) {}

    /** One entity of the coreference layer: its objects and its attributes (firstname, lastname, name, ...). */
    public record CorefEntity(String id, List<String> objectIds, Map<String, List<String>> attributes) {
        public List<String> values(String key) {
            return attributes.getOrDefault(key, List.of());
        }
    }

    /**
     * One argument of a gold fact. {@code objectIds} lists the coref entity ids ("obj532") the value
     * refers to, empty for a plain value; {@code text} is the rest of the line.
     */
    public record FactArgument(String role, List<String> refs, String text) {}

    public record Fact(String id, String type, List<FactArgument> arguments) {
        public List<FactArgument> arguments(String role) {
            return arguments.stream().filter(a -> a.role().equals(role)).toList();
        }
    }

    public Span span(String spanId) {
        for (Span s : spans) {
            if (s.id().equals(spanId)) {
                return s;
            }
        }
        return null;
    }
}
