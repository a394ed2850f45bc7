package org.faktograf.kb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faktograf.model.EntityType;
import org.junit.jupiter.api.Test;

/** The merge rules on their own, with candidates as a knowledge base would hand them over. */
class CrossDocumentResolverTest {
    private final CrossDocumentResolver resolver = new CrossDocumentResolver();

    private static EntityProfile person(String doc, String name, Set<String> context, Set<String> posts) {
        PersonParts p = PersonParts.parse(name);
        Set<String> ctx = new java.util.TreeSet<>(context);
        posts.forEach(x -> ctx.add("post:" + x));
        return new EntityProfile(doc, "e0", EntityClass.PER, EntityType.PERSON, name, null, p, null, "per:" + p.last(),
                List.of("per:" + p.last()), List.of(name), ctx, posts, 1);
    }

    private static Candidate candidate(long id, String name, Map<String, Integer> context, Set<String> posts) {
        PersonParts p = PersonParts.parse(name);
        Map<String, Integer> ctx = new HashMap<>(context);
        posts.forEach(x -> ctx.put("post:" + x, 1));
        return new Candidate(id, name, p, Set.of("per:" + p.last()), ctx, posts, 1);
    }

    private static ResolutionState state(Candidate... cs) {
        return new ResolutionState() {
            @Override
            public List<Candidate> candidates(EntityProfile profile) {
                return new ArrayList<>(List.of(cs));
            }

            @Override
            public List<Constraint> constraints(EntityProfile profile) {
                return List.of();
            }
        };
    }

    @Test
    void aFirstPersonIsNew() {
        Decision d = resolver.resolve(person("a", "Виктор Кресс", Set.of(), Set.of()), state());
        assertTrue(d.isNew());
        assertEquals("new", d.rule());
    }

    @Test
    void namesakesWithOtherPostsAndNothingInCommonStayApart() {
        Candidate governor = candidate(1, "Александр Иванов", Map.of("work:loc:иваново", 1), Set.of("губернатор"));
        Decision d = resolver.resolve(person("b", "Александр Иванов", Set.of("org:цска", "work:org:цска"), Set.of("футболист")),
                state(governor));
        assertEquals("namesake", d.rule());
        Decision same = resolver.resolve(person("c", "Александр Иванов", Set.of("org:правительство", "work:loc:россия"),
                Set.of("министр")), state(candidate(1, "Александр Иванов",
                Map.of("org:правительство", 2, "work:loc:иваново", 1), Set.of("губернатор"))));
        assertEquals(1, same.entityId(), "a shared organisation outweighs a new post");
        Decision putin = resolver.resolve(person("d", "Владимир Путин", Set.of("work:loc:россия"), Set.of("президент")),
                state(candidate(2, "Владимир Путин", Map.of("work:loc:россия", 3), Set.of("премьер министр"))));
        assertEquals(2, putin.entityId(), "one country's premier and president are one person");
        Decision noPlace = resolver.resolve(person("e", "Владимир Путин", Set.of(), Set.of("президент")),
                state(candidate(2, "Владимир Путин", Map.of(), Set.of("премьер министр"))));
        assertEquals(2, noPlace.entityId(), "posts alone do not split");
    }

    @Test
    void correctionsComeFirst() {
        Candidate a = candidate(1, "Сергей Смирнов", Map.of(), Set.of());
        Candidate b = candidate(2, "Сергей Смирнов", Map.of(), Set.of());
        ResolutionState st = new ResolutionState() {
            @Override
            public List<Candidate> candidates(EntityProfile profile) {
                return List.of(a, b);
            }

            @Override
            public List<Constraint> constraints(EntityProfile profile) {
                return List.of(new Constraint(7, "split", Set.of(2L), Set.of(1L)));
            }
        };
        Decision d = resolver.resolve(person("x", "Сергей Смирнов", Set.of(), Set.of()), st);
        assertEquals(2, d.entityId());
        assertEquals("correction", d.rule());
        assertTrue(d.reason().contains("#7"), d.reason());
    }

    @Test
    void otherClassesJoinOnAnyEqualNameKey() {
        EntityProfile eu = new EntityProfile("d", "e1", EntityClass.ORG, EntityType.ORGANIZATION, "ЕС", null, null, null,
                "org:ес", List.of("org:ес"), List.of("ЕС"), Set.of(), Set.of(), 1);
        Candidate union = new Candidate(5, "Европейский союз", null, Set.of("org:европейский союз", "org:ес"), Map.of(), Set.of(), 3);
        Decision d = resolver.resolve(eu, state(union));
        assertEquals(5, d.entityId());
        assertEquals("same-name", d.rule());
    }
}
