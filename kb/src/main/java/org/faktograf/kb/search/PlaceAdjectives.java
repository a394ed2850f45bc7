package org.faktograf.kb.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Place names a relative adjective may stand for: томский → томск, новосибирский → новосибирск,
 * самарский → самара, казанский → казань, российский → россия, тверской → тверь, московский →
 * москва. These are only guesses; search keeps those that name a place of the knowledge base, so
 * Томской finds articles about Томск and leaves "томский" alone where no such place is known.
 */
public final class PlaceAdjectives {
    private PlaceAdjectives() {
    }

    public static List<String> placeNames(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        String stem;
        if (lemma.endsWith("ский") || lemma.endsWith("цкий") || lemma.endsWith("ской") || lemma.endsWith("цкой")) {
            stem = lemma.substring(0, lemma.length() - 2);       // томск, тверск
        } else {
            return List.of();
        }
        out.add(stem);                                           // томск, омск, новосибирск
        String base = stem.substring(0, stem.length() - 2);     // том, твер, самар, казан, росс, москов
        if (base.length() < 2) {
            return new ArrayList<>(out);
        }
        for (String ending : new String[] {"", "а", "ь", "я", "ия"}) {
            out.add(base + ending);
        }
        if (base.endsWith("ов") || base.endsWith("ев")) {
            out.add(base.substring(0, base.length() - 2) + "ва"); // москва
        }
        if (base.endsWith("ий")) {
            out.add(base.substring(0, base.length() - 2) + "ия"); // российский → россия
        }
        if (base.endsWith("ин")) {
            out.add(base.substring(0, base.length() - 2) + "ино"); // rare village names
        }
        out.remove(lemma);
        return new ArrayList<>(out);
    }
}
