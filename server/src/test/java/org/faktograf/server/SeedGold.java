package org.faktograf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Mention;
import org.faktograf.model.Modality;
import org.faktograf.model.PersonName;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.Stage;
import org.faktograf.pipeline.StandardPipeline;

/**
 * The seed article's annotated layers (tomsk-2010.gold.json: its entities with their mentions,
 * its required facts) as a pipeline stage. It stands in for the recognizer and the fact rules in
 * the tests of knowledge-base pages and API shapes, so that those test the server, not the models;
 * the tests of what the models find use {@link StandardPipeline} alone.
 */
public final class SeedGold implements Stage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String text;
    private final JsonNode gold;

    public SeedGold() {
        try {
            this.text = Files.readString(CorpusPaths.seed(), StandardCharsets.UTF_8);
            this.gold = JSON.readTree(CorpusPaths.seedGold().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return text;
    }

    public JsonNode gold() {
        return gold;
    }

    /** The standard pipeline with the gold layers put on the seed text (other texts pass unchanged). */
    public Pipeline pipeline() {
        List<Stage> stages = new ArrayList<>(StandardPipeline.get().stages());
        stages.add(this);
        return new Pipeline(stages);
    }

    @Override
    public Analysis apply(Analysis a) {
        if (!a.text().equals(text)) {
            return a;
        }
        List<Mention> mentions = new ArrayList<>();
        List<CanonicalName> names = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        Map<String, Entity> byGoldId = new HashMap<>();
        int m = 0;
        for (JsonNode e : gold.get("entities")) {
            EntityType type = type(e);
            PersonName person = e.has("first") ? new PersonName(e.get("first").asText(), null, e.get("last").asText(), null) : null;
            String legalForm = e.has("legal_form") ? e.get("legal_form").asText() : null;
            List<String> ids = new ArrayList<>();
            for (JsonNode x : e.get("mentions")) {
                String id = "m" + m++;
                mentions.add(new Mention(id, x.get("start").asInt(), x.get("end").asInt(), type, false, 1.0));
                names.add(new CanonicalName(id, e.get("name").asText(), person, legalForm));
                ids.add(id);
            }
            Entity entity = new Entity("e" + entities.size(), type, e.get("name").asText(), person, legalForm, List.of(), ids);
            entities.add(entity);
            byGoldId.put(e.get("id").asText(), entity);
        }
        List<Fact> facts = new ArrayList<>();
        for (JsonNode f : gold.get("facts")) {
            FactType type = FactType.valueOf(f.get("type").asText().toUpperCase(java.util.Locale.ROOT));
            List<FactArgument> args = org.faktograf.kb.bench.GoldAnalyses.seedFactArguments(f, byGoldId);
            int[] evidence = paragraphOf(args, entities, mentions);
            facts.add(new Fact("f" + facts.size(), type, args, Modality.ASSERTED, evidence[0], evidence[1], "gold"));
        }
        return a.withMentions(mentions).withNames(names).withEntities(entities).withFacts(facts);
    }

    /** The evidence of a gold fact (the gold gives none): the paragraph where all its entities have been named (the earliest of their last mentions). */
    private int[] paragraphOf(List<FactArgument> args, List<Entity> entities, List<Mention> mentions) {
        int at = Integer.MAX_VALUE;
        for (FactArgument a : args) {
            for (Entity e : entities) {
                if (e.id().equals(a.entityId())) {
                    String first = e.mentionIds().get(e.mentionIds().size() - 1);
                    for (Mention m : mentions) {
                        if (m.id().equals(first)) {
                            at = Math.min(at, m.start());
                        }
                    }
                }
            }
        }
        if (at == Integer.MAX_VALUE) {
            at = 0;
        }
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return new int[] {start, end < 0 ? text.length() : end};
    }

    private static EntityType type(JsonNode e) {
        String t = e.get("type").asText();
        if (t.startsWith("PER")) {
            return EntityType.PERSON;
        }
        if (t.startsWith("ORG")) {
            return EntityType.ORGANIZATION;
        }
        if (t.equals("LOC")) {
            return EntityType.LOCATION;
        }
        return e.has("kind") && e.get("kind").asText().equals("project") ? EntityType.PROJECT : EntityType.EVENT;
    }
}
