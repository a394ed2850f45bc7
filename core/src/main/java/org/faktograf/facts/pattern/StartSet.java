package org.faktograf.facts.pattern;

import java.util.HashSet;
import java.util.Set;

/**
 * What the first token of a match can be: one of some lemmas or texts, a word of some parts of
 * speech, or the start of a mention of some types; or anything. The extractor tries a pattern only at the tokens that pass, so a
 * sentence costs a look-up per token rather than a match attempt.
 */
public final class StartSet {
    private final Set<String> lemmas;
    /** The lemmas as bits by {@link LemmaNumbers} number. */
    private final long[] lemmaBits;
    private final Set<String> surfaces;
    private final long types;
    private final int partsOfSpeech;
    private final boolean any;

    private StartSet(Set<String> lemmas, Set<String> surfaces, long types, int partsOfSpeech, boolean any) {
        this.lemmas = lemmas;
        this.lemmaBits = LemmaNumbers.bits(lemmas);
        this.surfaces = surfaces;
        this.types = types;
        this.partsOfSpeech = partsOfSpeech;
        this.any = any;
    }

    public static StartSet of(Pattern p) {
        First f = new First();
        f.add(p);
        return f.any ? new StartSet(Set.of(), Set.of(), 0, 0, true)
                : new StartSet(Set.copyOf(f.lemmas), Set.copyOf(f.surfaces), f.types, f.partsOfSpeech, false);
    }

    /** Whether a match may start at token {@code i} of the view. */
    public boolean admits(DocumentView view, int i) {
        if (any || (partsOfSpeech & view.partsOfSpeech(i)) != 0) {
            return true;
        }
        if (types != 0) {
            for (MentionSpan m : view.mentionsAt(i)) {
                if ((types & (1L << m.mention().type().ordinal())) != 0) {
                    return true;
                }
            }
        }
        if (!lemmas.isEmpty()) {
            for (int n : view.lemmaNumbers(i)) {
                if (LemmaNumbers.contains(lemmaBits, n)) {
                    return true;
                }
            }
        }
        return !surfaces.isEmpty() && surfaces.contains(view.foldedText(i));
    }

    /** Collects the first items; {@code add} returns whether the pattern can match nothing. */
    private static final class First {
        final Set<String> lemmas = new HashSet<>();
        final Set<String> surfaces = new HashSet<>();
        long types;
        int partsOfSpeech;
        boolean any;

        boolean add(Pattern p) {
            if (p instanceof Pattern.TokenAtom t) {
                MorphTest m = t.test().morph();
                if (!t.negated() && t.test().lemmas() == null && t.test().surface() == null && m != null
                        && m.partsOfSpeech() != 0) {
                    partsOfSpeech |= m.partsOfSpeech();
                } else if (t.negated() || t.test().lemmas() == null && t.test().surface() == null) {
                    any = true;
                } else if (t.test().lemmas() != null) {
                    lemmas.addAll(t.test().lemmas());
                } else {
                    surfaces.add(t.test().surface());
                }
                return false;
            } else if (p instanceof Pattern.NotToken) {
                any = true;
                return false;
            } else if (p instanceof Pattern.MentionAtom m) {
                types |= m.types();
                return false;
            } else if (p instanceof Pattern.Sequence s) {
                for (Pattern item : s.items()) {
                    if (!add(item)) {
                        return false;
                    }
                }
                return true;
            } else if (p instanceof Pattern.Choice c) {
                boolean empty = false;
                for (Pattern o : c.options()) {
                    empty |= add(o);
                }
                return empty;
            } else if (p instanceof Pattern.Repeat r) {
                return add(r.body()) || r.min() == 0;
            } else if (p instanceof Pattern.Capture c) {
                return add(c.body());
            } else if (p instanceof Pattern.Look || p instanceof Pattern.LookBehind) {
                return true;
            }
            any = true;
            return false;
        }
    }
}
