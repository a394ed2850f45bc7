package org.faktograf.model;

import java.util.List;

/**
 * Everything known about one document: the document and the layers the pipeline stages added.
 * Immutable; a stage returns a copy with its layer set and never edits an earlier one. A layer not
 * computed yet is an empty list. {@code morphology} is parallel to {@code tokens}; {@code names}
 * holds one entry per mention.
 */
public record Analysis(Document document,
                       List<Sentence> sentences,
                       List<Token> tokens,
                       List<TokenMorphology> morphology,
                       List<Mention> mentions,
                       List<CanonicalName> names,
                       List<Entity> entities,
                       List<Fact> facts) {

    public Analysis {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        morphology = List.copyOf(morphology);
        mentions = List.copyOf(mentions);
        names = List.copyOf(names);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    public static Analysis of(Document document) {
        return new Analysis(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return document.text();
    }

    public Analysis withSegments(List<Sentence> sentences, List<Token> tokens) {
        return new Analysis(document, sentences, tokens, morphology, mentions, names, entities, facts);
    }

    public Analysis withMorphology(List<TokenMorphology> morphology) {
        if (morphology.size() != tokens.size()) {
            throw new IllegalArgumentException("morphology must have one entry per token");
        }
        return new Analysis(document, sentences, tokens, morphology, mentions, names, entities, facts);
    }

    public Analysis withMentions(List<Mention> mentions) {
        return new Analysis(document, sentences, tokens, morphology, mentions, names, entities, facts);
    }

    public Analysis withNames(List<CanonicalName> names) {
        return new Analysis(document, sentences, tokens, morphology, mentions, names, entities, facts);
    }

    public Analysis withEntities(List<Entity> entities) {
        return new Analysis(document, sentences, tokens, morphology, mentions, names, entities, facts);
    }

    public Analysis withFacts(List<Fact> facts) {
        return new Analysis(document, sentences, tokens, morphology, mentions, names, entities, facts);
    }

    /** The text of a span. */
    public String text(int start, int end) {
        return document.text().substring(start, end);
    }
}
