package org.faktograf.norm;

import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Mention;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.Token;

/** The tokens of a span: indices {@code [from, to)} into the token layer. */
public record MentionTokens(int from, int to) {

    public boolean isEmpty() {
        return from >= to;
    }

    /** The tokens lying inside {@code [start, end)}, found by binary search. */
    public static MentionTokens of(List<Token> tokens, int start, int end) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < tokens.size() && tokens.get(to).start() < end) {
            to++;
        }
        return new MentionTokens(lo, to);
    }

    public static MentionTokens of(List<Token> tokens, Mention m) {
        return of(tokens, m.start(), m.end());
    }

    /**
     * Whether every word of a mention is an adjective or participle by its best reading (Томской,
     * Российская, российские); false without morphology or words.
     */
    public static boolean adjectivesOnly(Analysis a, Mention m) {
        if (a.morphology().isEmpty()) {
            return false;
        }
        MentionTokens span = of(a.tokens(), m);
        boolean any = false;
        for (int i = span.from(); i < span.to(); i++) {
            if (!a.tokens().get(i).isWord()) {
                continue;
            }
            PartOfSpeech pos = a.morphology().get(i).best().pos();
            if (pos != PartOfSpeech.ADJF && pos != PartOfSpeech.PRTF) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
