package org.faktograf.kb.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which of a knowledge-base entity's names is its canonical one: for a person the fullest (first
 * name, patronymic and surname beat initials and a bare surname; then the most frequent), for
 * others the most frequent (then the longest); ties go to the first in string order, so every
 * database and every process chooses alike. For a person, also the fullest parts over all names.
 */
public final class CanonicalNames {
    private CanonicalNames() {
    }

    /** The chosen name and, for a person, the fullest parts (else {@code null}). */
    public record Choice(String name, PersonParts parts) {}

    public static Choice choose(EntityClass cls, Map<String, Integer> occurrences) {
        List<Map.Entry<String, Integer>> names = new ArrayList<>(occurrences.entrySet());
        names.removeIf(e -> e.getValue() <= 0);
        names.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
        String best = null;
        int bestOcc = -1;
        PersonParts bestParts = null;
        PersonParts merged = null;
        for (Map.Entry<String, Integer> e : names) {
            String alias = e.getKey();
            int occ = e.getValue();
            if (cls == EntityClass.PER) {
                PersonParts parts = PersonParts.parse(alias);
                merged = merged == null ? parts : merged.fuller(parts);
                if (best == null || fullness(parts) > fullness(bestParts)) {
                    best = alias;
                    bestOcc = occ;
                    bestParts = parts;
                }
            } else if (best == null || occ > bestOcc || (occ == bestOcc && alias.length() > best.length())) {
                best = alias;
                bestOcc = occ;
            }
        }
        return best == null ? null : new Choice(best, merged);
    }

    private static int fullness(PersonParts p) {
        if (p == null) {
            return -1;
        }
        int n = 0;
        for (String s : new String[] {p.first(), p.patronymic(), p.last()}) {
            if (s != null) {
                n += s.length() > 1 ? 2 : 1;
            }
        }
        return n;
    }
}
