package org.faktograf.eval.ner;

import java.util.List;
import org.faktograf.model.Analysis;

/**
 * An annotated training or evaluation text: its analysis up to morphology, the gold mentions in
 * NEREL's types (empty for factRuEval texts) and the gold factRuEval names (empty for NEREL
 * texts), as character spans; for factRuEval also the gold tokens the token-level score counts.
 */
public record NerDocument(String id, Analysis analysis, List<GoldSpan> mentions, List<GoldSpan> names,
                          List<GoldSpan> goldTokens) {
    public NerDocument {
        mentions = List.copyOf(mentions);
        names = List.copyOf(names);
        goldTokens = List.copyOf(goldTokens);
    }

    public String text() {
        return analysis.text();
    }
}
