package org.faktograf.kb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Mention;
import org.faktograf.model.Modality;
import org.faktograf.model.PersonName;
import org.faktograf.model.TextOffsets;

/**
 * Analyses made from annotated corpora instead of the pipeline: the factRuEval-2016 gold layers
 * (objects → mentions, coreference → entities, facts → facts) and the seed's gold file. They feed
 * the knowledge-base benchmark's generated corpus and the knowledge base's own tests, which then
 * do not depend on how good extraction is today.
 */
public final class GoldAnalyses {
    private GoldAnalyses() {
    }

    public static Analysis fromFactRu(FactRuDocument d) {
        Map<String, Mention> mentionByObject = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (FactRuDocument.TextObject o : d.objects()) {
            EntityType type = switch (o.type()) {
                case "Person" -> EntityType.PERSON;
                case "Org" -> EntityType.ORGANIZATION;
                case "Location", "LocOrg" -> EntityType.LOCATION;
                case "Project" -> EntityType.PROJECT;
                default -> null;
            };
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (String spanId : o.spanIds()) {
                FactRuDocument.Span s = d.span(spanId);
                if (s != null) {
                    start = Math.min(start, s.start());
                    end = Math.max(end, s.end());
                }
            }
            if (type == null || end < 0) {
                continue;
            }
            Mention m = new Mention("m" + mentions.size(), start, end, type, o.type().equals("LocOrg"), 1);
            mentions.add(m);
            mentionByObject.put(o.id(), m);
        }
        List<Entity> entities = new ArrayList<>();
        Map<String, Entity> entityByCoref = new HashMap<>();
        for (FactRuDocument.CorefEntity ce : d.coref()) {
            List<String> mentionIds = new ArrayList<>();
            EntityType type = null;
            for (String obj : ce.objectIds()) {
                Mention m = mentionByObject.get(obj);
                if (m != null) {
                    mentionIds.add(m.id());
                    type = type == null ? m.type() : type;
                }
            }
            if (type == null) {
                continue;
            }
            PersonName person = null;
            String name;
            List<String> aliases = new ArrayList<>();
            if (type == EntityType.PERSON) {
                person = new PersonName(first(ce, "firstname"), first(ce, "patronymic"), first(ce, "lastname"),
                        first(ce, "nickname"));
                name = person.firstLast();
                if (name == null) {
                    continue;
                }
            } else {
                List<String> names = ce.values("name");
                if (names.isEmpty()) {
                    continue;
                }
                name = names.get(0);
                aliases.addAll(names.subList(1, names.size()));
            }
            mentionIds.sort((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
            Entity e = new Entity("e" + entities.size(), type, name, person, null, aliases, mentionIds);
            entities.add(e);
            entityByCoref.put("obj" + ce.id(), e);
        }
        Map<String, Mention> mentionById = new HashMap<>();
        for (Mention m : mentions) {
            mentionById.put(m.id(), m);
        }
        List<Fact> facts = new ArrayList<>();
        for (FactRuDocument.Fact f : d.facts()) {
            FactType type;
            try {
                type = FactType.valueOf(f.type().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                continue;
            }
            List<FactArgument> args = new ArrayList<>();
            int es = Integer.MAX_VALUE;
            int ee = -1;
            for (FactRuDocument.FactArgument a : f.arguments()) {
                String role = a.role().toLowerCase(Locale.ROOT);
                if (role.equals("participant") || role.equals("who") || role.equals("where") || role.equals("owner")
                        || role.equals("property") || role.equals("position") || role.equals("type")) {
                    Entity target = null;
                    FactRuDocument.Span span = null;
                    for (String ref : a.refs()) {
                        if (target == null && entityByCoref.containsKey(ref)) {
                            target = entityByCoref.get(ref);
                        }
                        if (span == null && ref.startsWith("span")) {
                            span = d.span(ref.substring(4));
                        }
                    }
                    if (target != null) {
                        args.add(FactArgument.ofEntity(role, target));
                        for (String mid : target.mentionIds()) {
                            Mention m = mentionById.get(mid);
                            es = Math.min(es, m.start());
                            ee = Math.max(ee, m.end());
                        }
                    } else if (span != null) {
                        args.add(FactArgument.ofValue(role, d.text().substring(span.start(), span.end()), span.start(), span.end()));
                        es = Math.min(es, span.start());
                        ee = Math.max(ee, span.end());
                    } else if (!a.text().isEmpty()) {
                        args.add(FactArgument.ofValue(role.equals("type") ? "kind" : role, a.text(), -1, -1));
                    }
                }
            }
            if (args.isEmpty()) {
                continue;
            }
            if (ee < 0) {
                es = 0;
                ee = 0;
            }
            facts.add(new Fact("f" + facts.size(), type, args, Modality.ASSERTED, es, ee, "factru-gold"));
        }
        return new Analysis(Document.of(d.id(), d.text()), List.of(), List.of(), List.of(), mentions, List.of(),
                entities, facts);
    }

    private static String first(FactRuDocument.CorefEntity ce, String key) {
        List<String> v = ce.values(key);
        return v.isEmpty() ? null : v.get(0);
    }

    /**
     * The seed's gold file as an analysis: its entities with their mentions (code point offsets
     * converted), and its required facts.
     */
    public static Analysis fromSeedGold(Path goldJson, Path text, String documentId, String date) throws IOException {
        String body = Files.readString(text, StandardCharsets.UTF_8);
        TextOffsets offsets = TextOffsets.of(body);
        JsonNode root = new ObjectMapper().readTree(goldJson.toFile());
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        Map<String, Entity> byGoldId = new HashMap<>();
        for (JsonNode e : root.get("entities")) {
            EntityType type = switch (e.get("type").asText()) {
                case "PER" -> EntityType.PERSON;
                case "ORG", "ORG|LOC" -> EntityType.ORGANIZATION;
                case "LOC" -> EntityType.LOCATION;
                default -> EntityType.PROJECT;
            };
            List<String> ids = new ArrayList<>();
            for (JsonNode m : e.get("mentions")) {
                Mention mention = new Mention("m" + mentions.size(), offsets.toChar(m.get("start").asInt()),
                        offsets.toChar(m.get("end").asInt()), type, false, 1);
                mentions.add(mention);
                ids.add(mention.id());
            }
            PersonName person = type == EntityType.PERSON
                    ? new PersonName(text(e, "first"), text(e, "patronymic"), text(e, "last"), null) : null;
            Entity entity = new Entity("e" + entities.size(), type, e.get("name").asText(), person, null, List.of(), ids);
            entities.add(entity);
            byGoldId.put(e.get("id").asText(), entity);
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Fact> facts = new ArrayList<>();
        for (JsonNode f : root.get("facts")) {
            if (!f.path("required").asBoolean(false)) {
                continue;
            }
            FactType type = FactType.valueOf(f.get("type").asText().toUpperCase(Locale.ROOT));
            List<FactArgument> args = seedFactArguments(f, byGoldId);
            facts.add(new Fact("f" + facts.size(), type, args, Modality.ASSERTED, 0, Math.min(200, body.length()), "seed-gold"));
        }
        String title = body.lines().findFirst().orElse(null);
        return new Analysis(new Document(documentId, title, body, text.toString(), date, null), List.of(), List.of(),
                List.of(), mentions, List.of(), entities, facts);
    }

    /**
     * The arguments of one fact of the seed's gold file: each field but {@code type} and
     * {@code required} a role ({@code participants} one {@code participant} per value), a value
     * naming a gold entity id that entity, any other value as written.
     */
    public static List<FactArgument> seedFactArguments(JsonNode fact, Map<String, Entity> byGoldId) {
        List<FactArgument> args = new ArrayList<>();
        var fields = fact.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String role = field.getKey();
            if (role.equals("type") || role.equals("required")) {
                continue;
            }
            List<JsonNode> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(values::add);
            } else {
                values.add(field.getValue());
            }
            String argRole = role.equals("participants") ? "participant" : role;
            for (JsonNode v : values) {
                Entity target = byGoldId.get(v.asText());
                args.add(target != null ? FactArgument.ofEntity(argRole, target)
                        : FactArgument.ofValue(argRole, v.asText(), -1, -1));
            }
        }
        return args;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
