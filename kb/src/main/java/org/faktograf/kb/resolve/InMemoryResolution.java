package org.faktograf.kb.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-document resolution without a database: feeds profiles, in a fixed order, through the same
 * rules and the same bookkeeping as the knowledge base's writer, and keeps the entities in memory.
 * For jobs that resolve outside the knowledge base (a Spark stage over one block of profiles, sorted
 * by document id and entity id) and for tests. Not thread-safe; user corrections are not applied.
 */
public final class InMemoryResolution implements ResolutionState {
    private final CrossDocumentResolver resolver = new CrossDocumentResolver();
    private final Map<String, Set<Long>> byKey = new HashMap<>();
    private final Map<Long, ResolvedEntity> entities = new HashMap<>();
    private long nextId = 1;

    /** Where one profile went and why. */
    public record Assignment(EntityProfile profile, long entityId, Decision decision) {}

    /** A resolved entity: its id, class, canonical name, name parts, names with counts and documents. */
    public static final class ResolvedEntity {
        private final long id;
        private final EntityClass entityClass;
        private String name;
        private PersonParts parts;
        private final Map<String, Integer> names = new HashMap<>();
        private final Set<String> keys = new LinkedHashSet<>();
        private final Map<String, Integer> context = new HashMap<>();
        private final Set<String> documents = new HashSet<>();
        private int mentions;

        ResolvedEntity(long id, EntityClass entityClass) {
            this.id = id;
            this.entityClass = entityClass;
        }

        public long id() {
            return id;
        }

        public EntityClass entityClass() {
            return entityClass;
        }

        public String name() {
            return name;
        }

        public Map<String, Integer> names() {
            return Map.copyOf(names);
        }

        public Set<String> documents() {
            return Set.copyOf(documents);
        }

        public int mentionCount() {
            return mentions;
        }

        Candidate candidate() {
            Set<String> posts = new LinkedHashSet<>();
            for (String k : context.keySet()) {
                if (k.startsWith("post:")) {
                    posts.add(k.substring(5));
                }
            }
            return new Candidate(id, name, entityClass == EntityClass.PER ? parts : null, Set.copyOf(keys),
                    Map.copyOf(context), posts, documents.size());
        }
    }

    /** Resolves one profile and records it. */
    public Assignment add(EntityProfile p) {
        Decision d = resolver.resolve(p, this);
        ResolvedEntity e;
        boolean created = d.isNew();
        if (created) {
            e = new ResolvedEntity(nextId++, p.entityClass());
            e.name = p.name();
            e.parts = p.parts();
            entities.put(e.id, e);
        } else {
            e = entities.get(d.entityId());
        }
        String current = e.name;
        e.documents.add(p.docKey());
        e.mentions += p.mentionCount();
        for (String n : new LinkedHashSet<>(p.names())) {
            e.names.merge(n, 1, Integer::sum);
        }
        for (String k : p.nameKeys()) {
            if (e.keys.add(k)) {
                byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.id);
            }
        }
        if (p.entityClass() == EntityClass.PER) {
            for (String k : p.context()) {
                e.context.merge(k, 1, Integer::sum);
            }
        }
        if (created || !p.name().equals(current)) {
            CanonicalNames.Choice c = CanonicalNames.choose(e.entityClass, e.names);
            e.name = c.name();
            e.parts = c.parts();
        }
        return new Assignment(p, e.id, d);
    }

    /** Resolves profiles in the given order. */
    public List<Assignment> addAll(List<EntityProfile> profiles) {
        List<Assignment> out = new ArrayList<>(profiles.size());
        for (EntityProfile p : profiles) {
            out.add(add(p));
        }
        return out;
    }

    public ResolvedEntity entity(long id) {
        return entities.get(id);
    }

    public List<ResolvedEntity> entities() {
        List<ResolvedEntity> out = new ArrayList<>(entities.values());
        out.sort((a, b) -> Long.compare(a.id, b.id));
        return out;
    }

    @Override
    public List<Candidate> candidates(EntityProfile profile) {
        List<String> keys = profile.entityClass() == EntityClass.PER ? List.of(profile.blockKey()) : profile.nameKeys();
        Set<Long> ids = new LinkedHashSet<>();
        for (String k : keys) {
            ids.addAll(byKey.getOrDefault(k, Set.of()));
        }
        List<Candidate> out = new ArrayList<>();
        for (long id : ids) {
            out.add(entities.get(id).candidate());
        }
        return out;
    }

    @Override
    public List<Constraint> constraints(EntityProfile profile) {
        return List.of();
    }
}
