package org.faktograf.eval.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.PersonName;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.segment.Segmenter;

/**
 * An analysis of a factRuEval-2016 document whose mentions and entities come from its gold
 * layers instead of the recognizer: each object is a mention (Person → PERSON, Org →
 * ORGANIZATION, Location and LocOrg → LOCATION, LocOrg as a political body, Project → PROJECT),
 * each {@code job} span a PROFESSION mention, and each coreference entity an entity with the
 * gold canonical name. Tokens and morphology come from the real segmenter and analyzer. This
 * measures the fact rules apart from the errors of the stages before them.
 */
public final class GoldEntityAnalysis {
    private static final Segmenter SEGMENTER = new Segmenter();

    private GoldEntityAnalysis() {
    }

    /** The document with its gold mentions only, for the pipeline's own names and entities. */
    public static Analysis mentionsOf(FactRuDocument doc) {
        Analysis a = of(doc);
        return a.withEntities(List.of()).withNames(List.of());
    }

    public static Analysis of(FactRuDocument doc) {
        Analysis a = MorphAnalyzer.shared().apply(SEGMENTER.apply(Analysis.of(Document.of(doc.id(), doc.text()))));
        Map<String, FactRuDocument.Span> spans = new HashMap<>();
        for (FactRuDocument.Span s : doc.spans()) {
            spans.put(s.id(), s);
        }
        List<Mention> mentions = new ArrayList<>();
        Map<String, Mention> byObject = new HashMap<>();
        for (FactRuDocument.TextObject o : doc.objects()) {
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (String sid : o.spanIds()) {
                FactRuDocument.Span s = spans.get(sid);
                if (s != null) {
                    start = Math.min(start, s.start());
                    end = Math.max(end, s.end());
                }
            }
            EntityType type = type(o.type());
            if (end < 0 || type == null) {
                continue;
            }
            Mention m = new Mention("o" + o.id(), start, end, type, o.type().equals("LocOrg"), 1.0);
            mentions.add(m);
            byObject.put(o.id(), m);
        }
        for (FactRuDocument.Span s : doc.spans()) {
            if (s.type().equals("job")) {
                mentions.add(new Mention("s" + s.id(), s.start(), s.end(), EntityType.PROFESSION, false, 1.0));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Entity> entities = new ArrayList<>();
        Set<String> grouped = new LinkedHashSet<>();
        for (FactRuDocument.CorefEntity e : doc.coref()) {
            List<String> ids = new ArrayList<>();
            EntityType type = null;
            String firstText = null;
            for (String oid : e.objectIds()) {
                Mention m = byObject.get(oid);
                if (m != null && grouped.add(oid)) {
                    ids.add(m.id());
                    type = type == null ? m.type() : type;
                    firstText = firstText == null ? doc.text().substring(m.start(), m.end()) : firstText;
                }
            }
            if (ids.isEmpty()) {
                continue;
            }
            PersonName person = null;
            String name;
            List<String> aliases = new ArrayList<>();
            if (type == EntityType.PERSON) {
                person = new PersonName(first(e, "firstname"), first(e, "patronymic"), first(e, "lastname"),
                        first(e, "nickname"));
                name = person.firstLast() != null ? person.firstLast() : firstText;
            } else {
                List<String> names = new ArrayList<>();
                e.attributes().forEach((k, v) -> {
                    if (k.startsWith("name")) {
                        names.addAll(v);
                    }
                });
                name = names.isEmpty() ? firstText : names.get(0);
                if (names.size() > 1) {
                    aliases.addAll(names.subList(1, names.size()));
                }
            }
            entities.add(new Entity(e.id(), type, name, person, null, aliases, ids));
        }
        for (FactRuDocument.TextObject o : doc.objects()) {
            Mention m = byObject.get(o.id());
            if (m != null && !grouped.contains(o.id())) {
                entities.add(new Entity("x" + o.id(), m.type(), doc.text().substring(m.start(), m.end()), null, null,
                        List.of(), List.of(m.id())));
            }
        }
        return a.withMentions(mentions).withEntities(entities);
    }

    private static String first(FactRuDocument.CorefEntity e, String key) {
        for (Map.Entry<String, List<String>> a : e.attributes().entrySet()) {
            if (a.getKey().replaceAll("[0-9]+$", "").equals(key) && !a.getValue().isEmpty()) {
                return a.getValue().get(0);
            }
        }
        return null;
    }

    private static EntityType type(String objectType) {
        return switch (objectType) {
            case "Person" -> EntityType.PERSON;
            case "Org", "Organization" -> EntityType.ORGANIZATION;
            case "Location", "LocOrg" -> EntityType.LOCATION;
            case "Project" -> EntityType.PROJECT;
            default -> null;
        };
    }
}
