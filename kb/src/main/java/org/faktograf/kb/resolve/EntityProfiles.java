package org.faktograf.kb.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.faktograf.model.Analysis;
import org.faktograf.model.Entity;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;

/** Builds the {@link EntityProfile}s of a document's analysis. */
public final class EntityProfiles {
    /** Enough context to tell namesakes apart; a long article's tail adds little. */
    private static final int MAX_CONTEXT = 32;

    private EntityProfiles() {
    }

    /** The profiles of the document's entities that belong to a class, in the analysis's entity order. */
    public static List<EntityProfile> of(Analysis analysis) {
        String docKey = analysis.document().id();
        Map<String, String> blockKeyById = new HashMap<>();
        for (Entity e : analysis.entities()) {
            EntityClass c = EntityClass.of(e.type());
            if (c != null) {
                String key = blockKey(c, e);
                if (key != null) {
                    blockKeyById.put(e.id(), key);
                }
            }
        }
        Map<String, Set<String>> posts = new HashMap<>();
        Map<String, Set<String>> workplaces = new HashMap<>();
        occupations(analysis, posts, workplaces);
        List<EntityProfile> out = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            String block = blockKeyById.get(e.id());
            if (block == null) {
                continue;
            }
            EntityClass c = EntityClass.of(e.type());
            Set<String> context = new TreeSet<>();
            for (Map.Entry<String, String> other : blockKeyById.entrySet()) {
                // people and organisations tell namesakes apart; places are shared by too many to help much
                if (!other.getKey().equals(e.id()) && !other.getValue().equals(block) && context.size() < MAX_CONTEXT
                        && (other.getValue().startsWith("per:") || other.getValue().startsWith("org:"))) {
                    context.add(other.getValue());
                }
            }
            Set<String> entityPosts = posts.getOrDefault(e.id(), Set.of());
            for (String p : entityPosts) {
                context.add("post:" + p);
            }
            for (String where : workplaces.getOrDefault(e.id(), Set.of())) {
                String key = blockKeyById.get(where);
                if (key != null) {
                    context.add("work:" + key);
                }
            }
            out.add(new EntityProfile(docKey, e.id(), c, e.type(), e.name(), e.person(),
                    c == EntityClass.PER ? PersonParts.of(e.person(), e.name()) : null, e.legalForm(), block,
                    nameKeys(c, e, block), names(e), context, entityPosts, e.mentionIds().size()));
        }
        return out;
    }

    /** The key an entity's candidates are looked up by, or {@code null} when its name is empty. */
    public static String blockKey(EntityClass c, Entity e) {
        if (c == EntityClass.PER) {
            PersonParts p = PersonParts.of(e.person(), e.name());
            if (p.last() != null) {
                return "per:" + p.last();
            }
            return p.first() == null ? null : "per:first:" + p.first();
        }
        String key = NameKeys.normalize(e.name());
        return key.isEmpty() ? null : c.prefix() + key;
    }

    private static List<String> nameKeys(EntityClass c, Entity e, String block) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(block);
        if (c != EntityClass.PER) {
            for (String a : e.aliases()) {
                String k = NameKeys.normalize(a);
                if (!k.isEmpty()) {
                    keys.add(c.prefix() + k);
                }
            }
        }
        return new ArrayList<>(keys);
    }

    private static List<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name());
        names.addAll(e.aliases());
        return new ArrayList<>(names);
    }

    /** Posts and workplaces (entity ids) per entity id, from the occupation facts (roles who, position, where). */
    private static void occupations(Analysis analysis, Map<String, Set<String>> posts, Map<String, Set<String>> workplaces) {
        for (Fact f : analysis.facts()) {
            if (f.type() != FactType.OCCUPATION) {
                continue;
            }
            String who = null;
            String post = null;
            String where = null;
            for (FactArgument a : f.arguments()) {
                String role = a.role().toLowerCase(Locale.ROOT);
                if (role.equals("who") && a.entityId() != null) {
                    who = a.entityId();
                } else if (role.equals("position") && a.value() != null) {
                    post = postKey(analysis, a);
                } else if (role.equals("where") && a.entityId() != null) {
                    where = a.entityId();
                }
            }
            if (who != null && post != null && !post.isEmpty()) {
                posts.computeIfAbsent(who, k -> new TreeSet<>()).add(post);
            }
            if (who != null && where != null) {
                workplaces.computeIfAbsent(who, k -> new TreeSet<>()).add(where);
            }
        }
    }

    /**
     * A post in its dictionary form, so that президента and президенту are one post: the lemmas of
     * the words it was read from when the analysis has them, else its value normalised.
     */
    static String postKey(Analysis analysis, FactArgument a) {
        if (a.start() >= 0 && a.end() > a.start() && analysis.morphology().size() == analysis.tokens().size()) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < analysis.tokens().size(); i++) {
                var t = analysis.tokens().get(i);
                if (t.start() >= a.start() && t.end() <= a.end() && t.isWord()) {
                    b.append(b.length() == 0 ? "" : " ").append(analysis.morphology().get(i).best().lemma());
                }
            }
            if (b.length() > 0) {
                return NameKeys.normalize(b.toString());
            }
        }
        return NameKeys.normalize(a.value());
    }
}
