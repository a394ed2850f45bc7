package org.faktograf.facts;

import java.util.Locale;
import org.faktograf.facts.pattern.DocumentView;
import org.faktograf.facts.pattern.MentionSpan;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.PartOfSpeech;

/**
 * A place named by its adjective (российский президент, свердловский губернатор) stands for the
 * place the document names with a noun of the same stem (Россия, Свердловская область): the
 * entity of the adjective is replaced by that entity when there is one. Stems agree when the
 * adjective's lemma and the place's first word share their first letters up to one or two
 * before the end of the shorter (at least four).
 */
final class PlaceAdjectives {
    private PlaceAdjectives() {
    }

    /** The entity the mention stands for: another place of the document, or its own. */
    static Entity resolve(DocumentView view, MentionSpan m) {
        Entity own = m.entity();
        if (own == null || !isPlace(own.type()) || m.tokenCount() != 1
                || view.morphology(m.headToken()).best().pos() != PartOfSpeech.ADJF) {
            return own;
        }
        String adjective = view.morphology(m.headToken()).best().lemma();
        Entity best = null;
        for (Entity e : view.analysis().entities()) {
            if (e == own || !isPlace(e.type()) || e.name() == null || e.name().isEmpty()) {
                continue;
            }
            String first = e.name().split("[\\s-]", 2)[0].toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (Character.isUpperCase(e.name().charAt(0)) && sameStem(adjective, first)
                    && (best == null || e.mentionIds().size() > best.mentionIds().size())) {
                best = e;
            }
        }
        return best != null ? best : own;
    }

    static boolean sameStem(String adjective, String noun) {
        int need = Math.max(4, Math.min(noun.length(), adjective.length()) - 2);
        int common = 0;
        while (common < adjective.length() && common < noun.length() && adjective.charAt(common) == noun.charAt(common)) {
            common++;
        }
        return common >= need && !noun.equals(adjective);
    }

    private static boolean isPlace(EntityType t) {
        return t.isGeoPolitical() || t == EntityType.LOCATION;
    }
}
