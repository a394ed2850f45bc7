package org.faktograf.formats.write;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faktograf.model.Analysis;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Mention;
import org.faktograf.model.PersonName;
import org.faktograf.model.TextOffsets;

/**
 * Writes the factRuEval-2016 response files of an analysis: {@code NAME.task1} (mentions),
 * {@code NAME.task2} (entities) and {@code NAME.task3} (facts), as described in
 * {@code docs/factru-formats.md} of the shared data. Only the types the evaluation knows are
 * written; an empty file means nothing was found. Values are lower case; offsets are code points.
 * Thread-safe.
 */
public final class FactRuWriter {

    /** Writes the three files into {@code dir} (created if missing), named after {@code name}. */
    public void writeFiles(Analysis a, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = writer(dir.resolve(name + ".task1"))) {
            writeMentions(a, w);
        }
        try (Writer w = writer(dir.resolve(name + ".task2"))) {
            writeEntities(a, w);
        }
        try (Writer w = writer(dir.resolve(name + ".task3"))) {
            writeFacts(a, w);
        }
    }

    /** Track 1: {@code TAG START LENGTH}, one mention a line. */
    public void writeMentions(Analysis a, Writer out) throws IOException {
        TextOffsets offsets = TextOffsets.of(a.text());
        for (Mention m : a.mentions()) {
            String tag = tag(m.type(), m.politicalBody());
            if (tag == null) {
                continue;
            }
            int start = offsets.toCodePoint(m.start());
            int end = offsets.toCodePoint(m.end());
            out.write(tag + " " + start + " " + (end - start) + "\n");
        }
    }

    /** Track 2: one block per entity, its tag then {@code key:value} lines, blocks apart by an empty line. */
    public void writeEntities(Analysis a, Writer out) throws IOException {
        Map<String, Mention> mentions = mentionsById(a);
        boolean first = true;
        for (Entity e : a.entities()) {
            String tag = tag(e.type(), actsAsPoliticalBody(e, mentions));
            if (tag == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            if (e.type() == EntityType.PERSON) {
                PersonName p = e.person();
                if (p != null) {
                    addAttribute(lines, "firstname", p.first());
                    addAttribute(lines, "patronymic", p.patronymic());
                    addAttribute(lines, "lastname", p.last());
                    addAttribute(lines, "nickname", p.nickname());
                }
            } else {
                addAttribute(lines, "name", e.name());
                for (String alias : e.aliases()) {
                    addAttribute(lines, "name", alias);
                }
            }
            if (!first) {
                out.write('\n');
            }
            first = false;
            out.write(tag + "\n");
            for (String line : lines) {
                out.write(line + "\n");
            }
        }
    }

    /**
     * Track 3: one block per fact of the four factRuEval types, its type then {@code role:value}
     * lines. Only facts complete in factRuEval's sense are written, since the evaluation annotates
     * no others: an occupation with both its person and the organisation or place of the post, a
     * meeting or a deal with two participants or more, an ownership with owner and property. A
     * position is written as the text says it, the form the evaluation compares it with, and so is
     * an entity known only by common words (социальная сеть); other entities by canonical name; a
     * deal's {@code type} only when the fact has one of factRuEval's deal types.
     */
    public void writeFacts(Analysis a, Writer out) throws IOException {
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : a.entities()) {
            entities.put(e.id(), e);
        }
        boolean first = true;
        for (Fact f : a.facts()) {
            if (f.type() == FactType.PROJECT || !complete(f)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (FactArgument arg : f.arguments()) {
                String role = role(f.type(), arg.role());
                if (role == null) {
                    continue;
                }
                boolean hasText = arg.start() >= 0 && arg.end() > arg.start();
                Entity e = arg.entityId() == null ? null : entities.get(arg.entityId());
                String value;
                if (role.equals("position") && hasText) {
                    value = a.text(arg.start(), arg.end());
                } else if (e != null && hasText && isDescriptor(e)) {
                    // an entity known only by common words (социальная сеть): the text names it
                    // as the evaluation's mentions do, while its dictionary form may be far from them
                    value = a.text(arg.start(), arg.end());
                } else {
                    value = e != null ? entityValue(e) : arg.value();
                }
                int before = lines.size();
                addAttribute(lines, role, value);
                if (lines.size() > before && lines.subList(0, before).contains(lines.get(before))) {
                    lines.remove(before);
                }
            }
            if (!first) {
                out.write('\n');
            }
            first = false;
            out.write(f.type().name().toLowerCase(Locale.ROOT) + "\n");
            for (String line : lines) {
                out.write(line + "\n");
            }
        }
    }

    /** Whether a fact has the arguments factRuEval annotates every fact of its type with. */
    private static boolean complete(Fact f) {
        return switch (f.type()) {
            case OCCUPATION -> !f.arguments("who").isEmpty() && !f.arguments("where").isEmpty();
            case MEETING, DEAL -> f.arguments("participant").stream()
                    .map(x -> x.entityId() != null ? x.entityId() : x.value()).distinct().count() >= 2;
            case OWNERSHIP -> !f.arguments("owner").isEmpty() && !f.arguments("property").isEmpty();
            case PROJECT -> false;
        };
    }

    /** per, org, loc or locorg; {@code null} for types the evaluation does not score. */
    static String tag(EntityType type, boolean politicalBody) {
        if (type == EntityType.PERSON) {
            return "per";
        }
        if (type == EntityType.ORGANIZATION) {
            return "org";
        }
        if (type.isGeoPolitical()) {
            return politicalBody ? "locorg" : "loc";
        }
        return type == EntityType.LOCATION ? "loc" : null;
    }

    /** The argument names the evaluation reads for each fact type; others are not written. */
    private static String role(FactType type, String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return switch (type) {
            case OCCUPATION -> r.equals("who") || r.equals("where") || r.equals("position") ? r : null;
            case MEETING -> r.equals("participant") ? r : null;
            case DEAL -> r.equals("participant") || r.equals("type") ? r : null;
            case OWNERSHIP -> r.equals("owner") || r.equals("property") ? r : null;
            case PROJECT -> null;
        };
    }

    /** A place entity is a political body when most of its mentions act as one. */
    private static boolean actsAsPoliticalBody(Entity e, Map<String, Mention> mentions) {
        int political = 0;
        int known = 0;
        for (String id : e.mentionIds()) {
            Mention m = mentions.get(id);
            if (m != null) {
                known++;
                if (m.politicalBody()) {
                    political++;
                }
            }
        }
        return known > 0 && political * 2 >= known;
    }

    /** An entity without a proper name: its canonical name starts with a lower-case letter. */
    private static boolean isDescriptor(Entity e) {
        String n = e.name();
        return n != null && !n.isEmpty() && Character.isLowerCase(n.codePointAt(0)) && e.type() != EntityType.PERSON;
    }

    private static String entityValue(Entity e) {
        if (e.person() != null && e.person().firstLast() != null) {
            return e.person().firstLast();
        }
        return e.name();
    }

    private static Map<String, Mention> mentionsById(Analysis a) {
        Map<String, Mention> byId = new HashMap<>();
        for (Mention m : a.mentions()) {
            byId.put(m.id(), m);
        }
        return byId;
    }

    /** Adds {@code key:value} with the value lower case on one line and without colons (the format allows one). */
    private static void addAttribute(List<String> lines, String key, String value) {
        if (value == null) {
            return;
        }
        String v = value.replace(':', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        if (!v.isEmpty()) {
            lines.add(key + ":" + v);
        }
    }

    private static Writer writer(Path p) throws IOException {
        return new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8);
    }
}
