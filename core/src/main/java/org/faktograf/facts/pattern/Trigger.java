package org.faktograf.facts.pattern;

import java.util.HashSet;
import java.util.Set;

/**
 * What a sentence must hold for a pattern to have a chance: one of some words (lemmas or texts),
 * and a mention of one of some types. Found by walking the pattern for items every match passes
 * through; either part may be empty (no condition). Punctuation makes no word trigger: it is in
 * every sentence.
 *
 * @param lemmas   lemmas, one of which (or of {@code surfaces}) must occur; both empty: no word needed
 * @param surfaces texts, lower case
 * @param types    mention type bits, one of which must occur; 0: no mention needed
 */
public record Trigger(Set<String> lemmas, Set<String> surfaces, long types) {

    public boolean byWords() {
        return !lemmas.isEmpty() || !surfaces.isEmpty();
    }

    public static Trigger of(Pattern p) {
        Words w = words(p);
        if (w != null && w.surfaces.stream().anyMatch(s -> !Character.isLetterOrDigit(s.charAt(0)))) {
            w = null;
        }
        return new Trigger(w == null ? Set.of() : Set.copyOf(w.lemmas), w == null ? Set.of() : Set.copyOf(w.surfaces), types(p));
    }

    private record Words(Set<String> lemmas, Set<String> surfaces) {
        /** Lower is a better trigger: fewer words, and no short function words (с, в, и). */
        int size() {
            int cost = lemmas.size() + surfaces.size();
            for (String s : surfaces) {
                cost += s.length() <= 3 ? 100 : 1;
            }
            for (String l : lemmas) {
                cost += l.length() <= 3 ? 100 : 0;
            }
            return cost;
        }
    }

    /** Words one of which every match holds, or {@code null} if there are none such. */
    private static Words words(Pattern p) {
        if (p instanceof Pattern.TokenAtom t) {
            if (t.negated()) {
                return null;
            }
            if (t.test().lemmas() != null) {
                return new Words(new HashSet<>(t.test().lemmas()), new HashSet<>());
            }
            if (t.test().surface() != null) {
                return new Words(new HashSet<>(), new HashSet<>(Set.of(t.test().surface())));
            }
            return null;
        } else if (p instanceof Pattern.Sequence s) {
            Words best = null;
            for (Pattern item : s.items()) {
                Words w = words(item);
                if (w != null && (best == null || w.size() < best.size())) {
                    best = w;
                }
            }
            return best;
        } else if (p instanceof Pattern.Choice c) {
            Words all = new Words(new HashSet<>(), new HashSet<>());
            for (Pattern o : c.options()) {
                Words w = words(o);
                if (w == null) {
                    return null;
                }
                all.lemmas.addAll(w.lemmas);
                all.surfaces.addAll(w.surfaces);
            }
            return all;
        } else if (p instanceof Pattern.Repeat r) {
            return r.min() > 0 ? words(r.body()) : null;
        } else if (p instanceof Pattern.Capture c) {
            return words(c.body());
        }
        return null;
    }

    /** Mention types one of which every match holds, or 0. */
    private static long types(Pattern p) {
        if (p instanceof Pattern.MentionAtom m) {
            return m.types();
        } else if (p instanceof Pattern.Sequence s) {
            long best = 0;
            for (Pattern item : s.items()) {
                long t = types(item);
                if (t != 0 && (best == 0 || Long.bitCount(t) < Long.bitCount(best))) {
                    best = t;
                }
            }
            return best;
        } else if (p instanceof Pattern.Choice c) {
            long all = 0;
            for (Pattern o : c.options()) {
                long t = types(o);
                if (t == 0) {
                    return 0;
                }
                all |= t;
            }
            return all;
        } else if (p instanceof Pattern.Repeat r) {
            return r.min() > 0 ? types(r.body()) : 0;
        } else if (p instanceof Pattern.Capture c) {
            return types(c.body());
        }
        return 0;
    }
}
