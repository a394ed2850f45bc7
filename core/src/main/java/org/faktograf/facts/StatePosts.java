package org.faktograf.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.model.Analysis;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;

/**
 * The country of a head of state or government the text does not name beside the post
 * («Премьер-министр Владимир Путин поздравил сборную»): the country the document is about, when
 * one stands out (named at least twice, and at least twice as often as any other).
 */
final class StatePosts {
    /** Posts that belong to a country (their head words, lower case). */
    private static final Set<String> STATE_POSTS = Set.of("президент", "премьер-министр", "премьер", "канцлер",
            "вице-президент", "вице-премьер", "председатель правительства", "глава правительства", "глава государства");

    private StatePosts() {
    }

    static List<Fact> complete(Analysis a, List<Fact> facts) {
        Entity country = dominantCountry(a);
        if (country == null) {
            return facts;
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (f.type() == FactType.OCCUPATION && f.arguments("where").isEmpty() && isStatePost(f)) {
                List<FactArgument> args = new ArrayList<>(f.arguments());
                args.add(new FactArgument("where", country.id(), FactAssembler.entityValue(country), -1, -1));
                out.add(new Fact(f.id(), f.type(), args, f.modality(), f.evidenceStart(), f.evidenceEnd(), f.rule()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean isStatePost(Fact f) {
        for (FactArgument p : f.arguments("position")) {
            if (STATE_POSTS.contains(p.value().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Entity dominantCountry(Analysis a) {
        Map<Entity, Integer> counts = new HashMap<>();
        for (Entity e : a.entities()) {
            if (e.type() == EntityType.COUNTRY) {
                counts.put(e, e.mentionIds().size());
            }
        }
        Entity best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<Entity, Integer> c : counts.entrySet()) {
            if (c.getValue() > first) {
                second = first;
                first = c.getValue();
                best = c.getKey();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        return first >= 2 && first >= 2 * second ? best : null;
    }
}
