package org.faktograf.facts.pattern;

import org.faktograf.model.Entity;
import org.faktograf.model.Mention;

/**
 * A mention as the matcher sees it: tokens {@code [firstToken, endToken)}, its head token (the
 * one whose case counts for agreement and morphological tests), and the entity it belongs to, or
 * {@code null}. A {@code derived} span is not in the mention layer: it is the post part of a
 * longer PROFESSION mention that also names the organisation (президент in «президент России»).
 */
public record MentionSpan(Mention mention, int firstToken, int endToken, int headToken, Entity entity,
                          boolean derived) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
