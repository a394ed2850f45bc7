package org.faktograf.ner;

import java.util.List;

/** What the taggers found in one document, before mentions are assembled: mention spans by layer and name spans. */
public record TaggedSpans(List<TokenSpan> mentions, List<TokenSpan> names) {
    public TaggedSpans {
        mentions = List.copyOf(mentions);
        names = List.copyOf(names);
    }
}
