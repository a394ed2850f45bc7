package org.faktograf.kb.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which knowledge-base entity a document-level entity joins. Conservative: a join needs the
 * same class and a compatible name, and where the name alone leaves a choice, context decides or
 * nothing is joined.
 *
 * <p>Persons (block: the surname):
 * <ul>
 * <li>{@code full-name}: the same first name and surname, patronymics agreeing where both are known
 *     (Владимир Путин, Владимир Владимирович Путин); unless the two are namesakes: both hold posts at
 *     known places, none of either shared, and no person or organisation in common ({@code namesake}
 *     makes a new entity);</li>
 * <li>{@code fuller-name}: a full name joins the one entity known only by that surname or initials;</li>
 * <li>{@code surname-unique} / {@code initials}: Кресс or В. Кресс joins the only compatible entity;</li>
 * <li>{@code context}: among several compatible entities, the one sharing the most context, if one
 *     shares strictly more than every other;</li>
 * <li>{@code ambiguous} / {@code new}: otherwise a new entity.</li>
 * </ul>
 * Other classes join on any equal name key ({@code same-name}). User corrections come first:
 * {@code correction} joins the entity a merge or split side names, and vetoes the other side.
 *
 * <p>Stateless and thread-safe.
 */
public final class CrossDocumentResolver {

    public Decision resolve(EntityProfile p, ResolutionState state) {
        List<Candidate> candidates = new ArrayList<>(state.candidates(p));
        candidates.sort(Comparator.comparingLong(Candidate::id));
        List<Constraint> constraints = state.constraints(p);
        for (Constraint c : constraints) {
            candidates.removeIf(x -> c.apart().contains(x.id()));
        }
        for (Constraint c : constraints) {
            for (Candidate x : candidates) {
                if (c.together().contains(x.id())) {
                    return new Decision(x.id(), "correction", "user " + c.kind() + " #" + c.correctionId()
                            + " puts this mention with " + x.name(), 1);
                }
            }
        }
        boolean vetoed = constraints.stream().anyMatch(c -> !c.apart().isEmpty());
        Decision d = p.entityClass() == EntityClass.PER ? person(p, candidates) : named(p, candidates);
        if (d.isNew() && vetoed) {
            return Decision.createNew("correction", "user correction keeps it apart; " + d.reason());
        }
        return d;
    }

    private Decision named(EntityProfile p, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Decision.createNew("new", "first " + p.entityClass() + " named '" + key(p.blockKey()) + "'");
        }
        // prefer the entity holding the canonical name's own key, then the most documents
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || rank(p, c) > rank(p, best)) {
                best = c;
            }
        }
        String shared = sharedKey(p, best);
        return new Decision(best.id(), "same-name", "same " + p.entityClass() + " name '" + key(shared) + "'", 1);
    }

    private static long rank(EntityProfile p, Candidate c) {
        return (c.nameKeys().contains(p.blockKey()) ? 1L << 40 : 0) + c.documentCount();
    }

    private static String sharedKey(EntityProfile p, Candidate c) {
        for (String k : p.nameKeys()) {
            if (c.nameKeys().contains(k)) {
                return k;
            }
        }
        return p.blockKey();
    }

    private Decision person(EntityProfile p, List<Candidate> all) {
        PersonParts parts = p.parts();
        List<Candidate> compatible = new ArrayList<>();
        for (Candidate c : all) {
            if (c.parts() != null && parts.compatibleWith(c.parts())) {
                compatible.add(c);
            }
        }
        String who = parts.display();
        if (compatible.isEmpty()) {
            return Decision.createNew("new", all.isEmpty()
                    ? "first person named " + who
                    : "no person with a compatible name among " + names(all));
        }
        if (parts.strength() == PersonParts.Strength.FULL) {
            List<Candidate> sameFirst = new ArrayList<>();
            for (Candidate c : compatible) {
                if (c.parts().hasFullFirst()) {
                    sameFirst.add(c);
                }
            }
            if (!sameFirst.isEmpty()) {
                List<Candidate> kept = new ArrayList<>();
                List<String> namesakes = new ArrayList<>();
                for (Candidate c : sameFirst) {
                    if (namesakes(p, c)) {
                        namesakes.add("#" + c.id() + " (posts " + String.join(", ", c.posts()) + ")");
                    } else {
                        kept.add(c);
                    }
                }
                if (kept.isEmpty()) {
                    return Decision.createNew("namesake", "same name as " + String.join(", ", namesakes)
                            + " but other posts (" + String.join(", ", p.posts()) + ") and no person or organisation in common");
                }
                Candidate best = mostShared(p, kept);
                int overlap = overlap(p, best);
                return new Decision(best.id(), "full-name", "same first name and surname (" + who + ")"
                        + sharedText(p, best), 2 + overlap);
            }
            if (compatible.size() == 1) {
                Candidate c = compatible.get(0);
                return new Decision(c.id(), "fuller-name", "the only person " + c.parts().display()
                        + ", now known by the fuller name " + who, 1);
            }
            return byContext(p, compatible, "fuller-name");
        }
        if (compatible.size() == 1) {
            Candidate c = compatible.get(0);
            String rule = switch (parts.strength()) {
                case INITIALS -> "initials";
                case FIRST_ONLY -> "first-name-unique";
                default -> "surname-unique";
            };
            if (parts.strength() == PersonParts.Strength.FIRST_ONLY && overlap(p, c) == 0) {
                return Decision.createNew("ambiguous", "a first name alone (" + who + ") and no shared context with "
                        + c.name());
            }
            return new Decision(c.id(), rule, "the only person compatible with " + who + ": " + c.name()
                    + sharedText(p, c), 1);
        }
        return byContext(p, compatible, "context");
    }

    private Decision byContext(EntityProfile p, List<Candidate> compatible, String rule) {
        Candidate best = mostShared(p, compatible);
        int top = overlap(p, best);
        int second = 0;
        for (Candidate c : compatible) {
            if (c != best) {
                second = Math.max(second, overlap(p, c));
            }
        }
        if (top > 0 && top > second) {
            return new Decision(best.id(), rule, compatible.size() + " persons compatible with " + p.parts().display()
                    + "; " + best.name() + " shares the most context" + sharedText(p, best), 1 + top);
        }
        return Decision.createNew("ambiguous", compatible.size() + " persons compatible with " + p.parts().display()
                + " (" + names(compatible) + ") and no context decides");
    }

    /**
     * Two people with one name: both hold posts at known places, no post and no workplace is shared,
     * and no person or organisation is in common. A post alone is weak evidence (people change posts:
     * премьер-министр and президент of one country are one Путин), so a split needs all of this.
     */
    static boolean namesakes(EntityProfile p, Candidate c) {
        boolean profileWorks = false;
        boolean candidateWorks = false;
        for (String k : p.context()) {
            profileWorks |= k.startsWith("work:");
        }
        for (String k : c.context().keySet()) {
            candidateWorks |= k.startsWith("work:");
        }
        if (p.posts().isEmpty() || c.posts().isEmpty() || !profileWorks || !candidateWorks) {
            return false;
        }
        for (String post : p.posts()) {
            if (c.posts().contains(post)) {
                return false;
            }
        }
        for (String k : p.context()) {
            if ((k.startsWith("per:") || k.startsWith("org:") || k.startsWith("work:")) && c.context().containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    private static Candidate mostShared(EntityProfile p, List<Candidate> cs) {
        Candidate best = null;
        int bestOverlap = -1;
        for (Candidate c : cs) {
            int o = overlap(p, c);
            if (o > bestOverlap || (o == bestOverlap && c.documentCount() > best.documentCount())) {
                best = c;
                bestOverlap = o;
            }
        }
        return best;
    }

    /** Context keys shared; a shared post counts twice. */
    static int overlap(EntityProfile p, Candidate c) {
        int n = 0;
        for (String k : p.context()) {
            if (c.context().containsKey(k)) {
                n += k.startsWith("post:") ? 2 : 1;
            }
        }
        return n;
    }

    private static String sharedText(EntityProfile p, Candidate c) {
        Set<String> shared = new TreeSet<>();
        for (String k : p.context()) {
            if (c.context().containsKey(k)) {
                shared.add(key(k));
            }
        }
        if (shared.isEmpty()) {
            return "";
        }
        List<String> list = new ArrayList<>(shared);
        String text = String.join(", ", list.subList(0, Math.min(5, list.size())));
        return "; shares " + text + (list.size() > 5 ? " and " + (list.size() - 5) + " more" : "");
    }

    private static String names(List<Candidate> cs) {
        List<String> out = new ArrayList<>();
        for (Candidate c : cs) {
            out.add(c.name() + " #" + c.id());
            if (out.size() == 5) {
                break;
            }
        }
        return String.join(", ", out);
    }

    /** A key without its class prefix, for messages. */
    static String key(String k) {
        if (k.startsWith("post:")) {
            return "post " + k.substring(5);
        }
        if (k.startsWith("work:")) {
            return "workplace " + key(k.substring(5));
        }
        int colon = k.indexOf(':');
        return colon < 0 ? k : k.substring(colon + 1);
    }
}
