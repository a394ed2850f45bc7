package org.faktograf.facts;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.facts.pattern.DocumentView;
import org.faktograf.facts.pattern.MentionSpan;
import org.faktograf.facts.pattern.PatternMatcher;
import org.faktograf.facts.pattern.Rule;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Modality;
import org.faktograf.model.Sentence;
import org.faktograf.morph.Inflector;

/**
 * Makes a fact of a rule's match: each capture becomes an argument, by its entity and canonical
 * name when it is a mention of an entity (Виктором Крессом → Виктор Кресс), else by the
 * dictionary form of its words (генеральным директором → генеральный директор); the rule's
 * constants are added; the evidence is the sentence. Occupations also get a {@code status}:
 * former when the post says so (бывший, экс-), else current unless the rule sets it.
 */
final class FactAssembler {
    /** Roles filled by a text, never by an entity. */
    private static final java.util.Set<String> TEXT_ROLES = java.util.Set.of("position", "subject", "kind", "name");

    private final NominativePhrase phrases;

    FactAssembler(Inflector inflector) {
        this.phrases = new NominativePhrase(inflector);
    }

    /**
     * The facts of a match: one, or, when the match fills a role that holds one value (an
     * occupation's person, post and organisation, an ownership's owner and property) several
     * times («член Общественной палаты и рабочей группы»), one per combination.
     */
    List<Fact> assemble(DocumentView view, Sentence sentence, Rule rule, PatternMatcher.Match match,
                        java.util.Map<String, CanonicalName> names) {
        List<FactArgument> args = new ArrayList<>();
        java.util.Map<String, String> roleOfEntity = new java.util.HashMap<>();
        for (PatternMatcher.Argument a : match.arguments()) {
            FactArgument arg = argument(view, a, names);
            if (arg == null || arg.value().isBlank()) {
                continue;
            }
            if (arg.entityId() != null) {
                String role = roleOfEntity.putIfAbsent(arg.entityId(), arg.role());
                if (role != null && !role.equals(arg.role())) {
                    return List.of(); // one entity on both sides (owner and property): a misreading
                }
                if (role != null) {
                    continue; // the same participant twice
                }
            }
            args.add(arg);
        }
        for (Rule.Constant c : rule.constants()) {
            args.add(FactArgument.ofValue(c.role(), c.value(), -1, -1));
        }
        if (rule.type() == FactType.OCCUPATION && rule.constants().stream().noneMatch(c -> c.role().equals("status"))) {
            args.add(FactArgument.ofValue("status", occupationStatus(view, match), -1, -1));
        }
        Modality modality = rule.modality() != null ? rule.modality()
                : ModalityCues.detect(view, sentence.firstToken(), match.from(), match.to());
        List<Fact> out = new ArrayList<>();
        for (List<FactArgument> one : split(rule.type(), args)) {
            out.add(new Fact(null, rule.type(), one, modality, sentence.start(), sentence.end(), rule.id()));
        }
        return out;
    }

    /** Splits arguments over the combinations of a type's single-valued roles filled more than once. */
    private static List<List<FactArgument>> split(FactType type, List<FactArgument> args) {
        java.util.Set<String> single = SINGLE_VALUED.getOrDefault(type, java.util.Set.of());
        List<List<FactArgument>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        java.util.Map<String, List<FactArgument>> byRole = new java.util.LinkedHashMap<>();
        for (FactArgument a : args) {
            byRole.computeIfAbsent(single.contains(a.role()) ? a.role() : "\u0000" + byRole.size(), k -> new ArrayList<>()).add(a);
        }
        for (List<FactArgument> values : byRole.values()) {
            List<List<FactArgument>> next = new ArrayList<>();
            for (List<FactArgument> partial : out) {
                for (FactArgument v : values) {
                    List<FactArgument> l = new ArrayList<>(partial);
                    l.add(v);
                    next.add(l);
                }
            }
            out = next;
        }
        return out;
    }

    private static final java.util.Map<FactType, java.util.Set<String>> SINGLE_VALUED = java.util.Map.of(
            FactType.OCCUPATION, java.util.Set.of("who", "where", "position"),
            FactType.OWNERSHIP, java.util.Set.of("owner", "property"));

    private FactArgument argument(DocumentView view, PatternMatcher.Argument a, java.util.Map<String, CanonicalName> names) {
        int start = view.token(a.from()).start();
        int end = view.token(a.to() - 1).end();
        MentionSpan m = a.mention();
        boolean text = TEXT_ROLES.contains(a.role());
        if (m != null && !m.derived() && !text) {
            Entity e = PlaceAdjectives.resolve(view, m);
            CanonicalName n = names.get(m.mention().id());
            if (e != null) {
                return new FactArgument(a.role(), e.id(), entityValue(e, n, names), start, end);
            }
            if (n != null && n.text() != null && !n.text().isBlank()) {
                return FactArgument.ofValue(a.role(), n.text(), start, end);
            }
        }
        String value = phrases.of(view, a.from(), a.to(), a.role().equals("position"));
        if (a.role().equals("position")) {
            value = commonNounCase(value);
        }
        return FactArgument.ofValue(a.role(), value, start, end);
    }

    /** A post is a common noun: «Губернатор» at the start of a sentence is губернатор (ГУВД stays). */
    private static String commonNounCase(String value) {
        if (value.length() > 1 && Character.isUpperCase(value.charAt(0)) && Character.isLowerCase(value.charAt(1))) {
            return Character.toLowerCase(value.charAt(0)) + value.substring(1);
        }
        return value;
    }

    /**
     * The name a fact gives an entity mentioned here: the entity's, except for an organisation or
     * place whose name is a descriptor before the name of another of its mentions («Российский
     * фонд DST» with «DST»): then the proper name this mention gives it («Digital Sky
     * Technologies»), else that shorter name, as the evaluation's annotators name it.
     */
    static String entityValue(Entity e, CanonicalName mention, java.util.Map<String, CanonicalName> names) {
        String name = entityValue(e);
        if (e.type() == EntityType.PERSON || name == null) {
            return name;
        }
        String bare = null;
        for (String id : e.mentionIds()) {
            CanonicalName other = names.get(id);
            String t = other == null || other.text() == null ? "" : other.text().strip();
            if (!t.isEmpty() && name.endsWith(" " + t) && (bare == null || t.length() > bare.length())) {
                bare = t;
            }
        }
        if (bare == null) {
            return name;
        }
        String own = mention == null || mention.text() == null ? "" : mention.text().strip();
        if (!own.isEmpty() && !own.equals(name) && !Character.isLowerCase(own.codePointAt(0))) {
            return own;
        }
        return bare;
    }

    /** The name a fact gives an entity: a person's first name and surname, else its canonical name. */
    static String entityValue(Entity e) {
        if (e.type() == EntityType.PERSON && e.person() != null && e.person().firstLast() != null) {
            return e.person().firstLast();
        }
        return e.name();
    }

    private static String occupationStatus(DocumentView view, PatternMatcher.Match match) {
        for (PatternMatcher.Argument a : match.arguments()) {
            if (!a.role().equals("position")) {
                continue;
            }
            for (int i = Math.max(0, a.from() - 1); i < a.to(); i++) {
                // by the text: the dictionary reads «бывший» as a participle of «быть»
                String lower = view.token(i).text().toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("бывш") || lower.startsWith("экс-") || lower.equals("экс")) {
                    return "former";
                }
                if (lower.startsWith("будущ")) {
                    return "future";
                }
            }
        }
        return "current";
    }
}
