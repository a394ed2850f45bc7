package org.faktograf.facts.pattern;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.TokenMorphology;

/**
 * Matches patterns against the tokens of one sentence by backtracking, with the semantics of
 * regular expressions (the first match found from a start token, within a step budget). Captures
 * and agreement groups are persistent lists, so backtracking undoes nothing. One matcher serves
 * one sentence of one thread.
 */
public final class PatternMatcher {
    /** Work allowed per start token; a pattern exceeding it gives up there. */
    private static final int STEP_BUDGET = 20_000;

    private final DocumentView view;
    private final int sentenceStart;
    private final int sentenceEnd;
    private int steps;

    // the match found from the current start token
    private Captured found;
    private int foundEnd;

    public PatternMatcher(DocumentView view, int sentenceStart, int sentenceEnd) {
        this.view = view;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
    }

    /** One captured span (a {@code null} role marks a matched mention, for the capture around it). */
    public record Captured(String role, int from, int to, MentionSpan mention, Captured next) {
    }

    private record Agreement(String label, long cases, Agreement next) {
    }

    @FunctionalInterface
    private interface Next {
        /** Continues the match at {@code pos}; true stops the search. */
        boolean accept(int pos, Captured captured, Agreement agreement);
    }

    /** An argument of a match: its role, tokens {@code [from, to)} and the mention it is, if one. */
    public record Argument(String role, int from, int to, MentionSpan mention) {
    }

    /** A match: tokens {@code [from, to)} and the arguments in pattern order. */
    public record Match(int from, int to, List<Argument> arguments) {
    }

    /**
     * The match of {@code pattern} starting at token {@code start}, or {@code null}: the first one
     * the backtracking meets, as in regular expressions: a greedy repeat or option tries more
     * first, a lazy one ({@code *?}, {@code ...}) fewer, alternatives are tried in order, and of
     * the mentions starting at a token the post part of a longer post comes first, then the
     * longer mentions.
     */
    public Match matchAt(Pattern pattern, int start) {
        steps = 0;
        found = null;
        foundEnd = -1;
        match(pattern, start, null, null, (pos, captured, agreement) -> {
            if (pos == start) {
                return false;
            }
            found = captured;
            foundEnd = pos;
            return true;
        });
        if (foundEnd < 0) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        for (Captured c = found; c != null; c = c.next) {
            if (c.role != null && c.from < c.to) {
                args.add(new Argument(c.role, c.from, c.to, c.mention));
            }
        }
        java.util.Collections.reverse(args);
        return new Match(start, foundEnd, args);
    }

    /** The matches of the pattern in the sentence, one per start token at most. */
    public List<Match> matchAll(Pattern pattern) {
        return matchAll(pattern, null);
    }

    /** The matches starting at the tokens {@code starts} admits (all when {@code null}). */
    public List<Match> matchAll(Pattern pattern, StartSet starts) {
        return matchAll(pattern, starts, sentenceEnd - 1);
    }

    /**
     * The matches starting at the tokens {@code starts} admits (all when {@code null}) up to token
     * {@code lastStart}: the caller knows no match can start after it (a word or a mention every
     * match holds occurs no later).
     */
    public List<Match> matchAll(Pattern pattern, StartSet starts, int lastStart) {
        List<Match> out = new ArrayList<>(2);
        int end = Math.min(sentenceEnd, lastStart + 1);
        for (int i = sentenceStart; i < end; i++) {
            if (starts != null && !starts.admits(view, i)) {
                continue;
            }
            Match m = matchAt(pattern, i);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private boolean match(Pattern p, int pos, Captured captured, Agreement agreement, Next next) {
        if (++steps > STEP_BUDGET) {
            return true;
        }
        if (p instanceof Pattern.TokenAtom t) {
            return token(t, pos, captured, agreement, next);
        } else if (p instanceof Pattern.MentionAtom m) {
            return mention(m, pos, captured, agreement, next);
        } else if (p instanceof Pattern.NotToken n) {
            if (pos >= sentenceEnd) {
                return false;
            }
            for (TokenTest t : n.tests()) {
                if (t.matches(view, pos)) {
                    return false;
                }
            }
            return next.accept(pos + 1, captured, agreement);
        } else if (p instanceof Pattern.Sequence s) {
            return sequence(s.items(), 0, pos, captured, agreement, next);
        } else if (p instanceof Pattern.Choice c) {
            for (Pattern option : c.options()) {
                if (match(option, pos, captured, agreement, next)) {
                    return true;
                }
            }
            return false;
        } else if (p instanceof Pattern.Repeat r) {
            return repeat(r, 0, pos, captured, agreement, next);
        } else if (p instanceof Pattern.Capture c) {
            return capture(c, pos, captured, agreement, next);
        } else if (p instanceof Pattern.LookBehind b) {
            boolean passes = false;
            if (pos - 1 >= sentenceStart) {
                for (TokenTest t : b.tests()) {
                    passes |= t.matches(view, pos - 1);
                }
            }
            return passes != b.negated() && next.accept(pos, captured, agreement);
        } else if (p instanceof Pattern.Look l) {
            boolean[] found = new boolean[1];
            match(l.body(), pos, captured, agreement, (q, c, a) -> found[0] = true);
            return found[0] != l.negated() && next.accept(pos, captured, agreement);
        }
        throw new IllegalStateException("unknown pattern node " + p);
    }

    private boolean token(Pattern.TokenAtom t, int pos, Captured captured, Agreement agreement, Next next) {
        if (pos >= sentenceEnd) {
            return false;
        }
        boolean ok = t.test().matches(view, pos);
        if (ok == t.negated()) {
            return false;
        }
        Agreement a = agreement;
        if (t.agreement() != null && !t.negated()) {
            a = agree(agreement, t.agreement(), t.test().cases(view, pos));
            if (a == null) {
                return false;
            }
        }
        return next.accept(pos + 1, captured, a);
    }

    private boolean mention(Pattern.MentionAtom m, int pos, Captured captured, Agreement agreement, Next next) {
        if (pos >= sentenceEnd) {
            return false;
        }
        for (MentionSpan s : view.mentionsAt(pos)) {
            if (s.endToken() > sentenceEnd || (m.types() & (1L << s.mention().type().ordinal())) == 0) {
                continue;
            }
            if (!headPasses(m, s)) {
                continue;
            }
            Agreement a = agreement;
            if (m.agreement() != null) {
                a = agree(agreement, m.agreement(), mentionCases(m, s));
                if (a == null) {
                    continue;
                }
            }
            if (next.accept(s.endToken(), new Captured(null, pos, s.endToken(), s, captured), a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention's head passes the atom's test; for a person's name, any of its words. */
    private boolean headPasses(Pattern.MentionAtom m, MentionSpan s) {
        if (m.head().morph() == null) {
            return true;
        }
        if (s.mention().type() != org.faktograf.model.EntityType.PERSON) {
            return m.head().matches(view, s.headToken());
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (view.token(i).isWord() && m.head().matches(view, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cases a mention can be in: its head's, or for a person's name any word's (a foreign
     * first name is often misread, while an indeclinable surname fits every case).
     */
    private long mentionCases(Pattern.MentionAtom m, MentionSpan s) {
        if (s.mention().type() != org.faktograf.model.EntityType.PERSON) {
            return m.head().cases(view, s.headToken());
        }
        long cases = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (view.token(i).isWord()) {
                cases |= m.head().cases(view, i);
            }
        }
        return cases;
    }

    private boolean sequence(Pattern[] items, int i, int pos, Captured captured, Agreement agreement, Next next) {
        if (i == items.length) {
            return next.accept(pos, captured, agreement);
        }
        if (i == items.length - 1) { // the last item goes straight on
            return match(items[i], pos, captured, agreement, next);
        }
        return match(items[i], pos, captured, agreement,
                (p, c, a) -> sequence(items, i + 1, p, c, a, next));
    }

    private boolean repeat(Pattern.Repeat r, int count, int pos, Captured captured, Agreement agreement, Next next) {
        if (r.lazy()) {
            if (count >= r.min() && next.accept(pos, captured, agreement)) {
                return true;
            }
            return count < r.max() && match(r.body(), pos, captured, agreement,
                    (p, c, a) -> p > pos && repeat(r, count + 1, p, c, a, next));
        }
        if (count < r.max() && match(r.body(), pos, captured, agreement,
                (p, c, a) -> p > pos && repeat(r, count + 1, p, c, a, next))) {
            return true;
        }
        return count >= r.min() && next.accept(pos, captured, agreement);
    }

    private boolean capture(Pattern.Capture c, int pos, Captured captured, Agreement agreement, Next next) {
        return match(c.body(), pos, captured, agreement, (p, inner, a) -> {
            // the widest mention the body matched is the argument when the rest is punctuation
            // (a quote beside it); a phrase with a mention inside stays a phrase
            MentionSpan mention = null;
            for (Captured x = inner; x != captured && x != null; x = x.next) {
                if (x.role == null && (mention == null || x.to - x.from > mention.tokenCount())) {
                    mention = x.mention;
                }
            }
            if (mention != null && !onlyPunctuationAround(pos, p, mention)) {
                mention = null;
            }
            int from = mention != null ? mention.firstToken() : pos;
            int to = mention != null ? mention.endToken() : p;
            return next.accept(p, new Captured(c.role(), from, to, mention, inner), a);
        });
    }

    private boolean onlyPunctuationAround(int from, int to, MentionSpan m) {
        for (int i = from; i < to; i++) {
            if ((i < m.firstToken() || i >= m.endToken()) && view.token(i).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Narrows the group's cases to those also in {@code cases}; {@code null} when none is left. */
    private static Agreement agree(Agreement agreement, String label, long cases) {
        for (Agreement a = agreement; a != null; a = a.next) {
            if (a.label.equals(label)) {
                long common = a.cases & cases;
                return common == 0 ? null : new Agreement(label, common, agreement);
            }
        }
        return new Agreement(label, cases, agreement);
    }
}
