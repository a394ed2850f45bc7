package org.faktograf.norm;

import java.util.List;
import org.faktograf.model.Mention;
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
}
