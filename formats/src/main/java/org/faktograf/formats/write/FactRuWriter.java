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
            if (tag == null || adjectivePlace(a, m)) {
                continue;
            }
            int start = offsets.toCodePoint(m.start());
            int end = offsets.toCodePoint(m.end());
            out.write(tag + " " + start + " " + (end - start) + "\n");
        }
    }

    /**
     * Track 2: one block per named entity ({@link #named}), its tag then {@code key:value} lines,
     * blocks apart by an empty line: a person's firstname (one line per given name), patronymic,
     * lastname and nickname; an organisation's or place's canonical name, one line.
     */
    public void writeEntities(Analysis a, Writer out) throws IOException {
        Map<String, Mention> mentions = mentionsById(a);
        boolean first = true;
        for (Entity e : a.entities()) {
            String tag = tag(e.type(), actsAsPoliticalBody(e, mentions));
            if (tag == null || !named(e, a.text()) || onlyAdjectivePlaces(a, e, mentions)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            if (e.type() == EntityType.PERSON) {
                PersonName p = e.person();
                if (p != null) {
                    // a given name of two words (Реджеп Тайип, Чен Ир) is two firstname attributes, as the gold has them
                    for (String given : p.first() == null ? new String[0] : p.first().strip().split("\\s+")) {
                        addAttribute(lines, "firstname", given);
                    }
                    addAttribute(lines, "patronymic", p.patronymic());
                    addAttribute(lines, "lastname", p.last());
                    addAttribute(lines, "nickname", p.nickname());
                }
            } else {
                // one name: the scorer merges a gold entity's names into one attribute, so a second
                // line that matches gains nothing and one that does not costs
                addAttribute(lines, "name", quotedCore(e.name()));
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
     * A place mention made of adjectives alone (российские власти, турецкий язык): NEREL marks the
     * country in such words, factRuEval does not count them as mentions of a place.
     */
    static boolean adjectivePlace(Analysis a, Mention m) {
        return m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION
                && org.faktograf.norm.MentionTokens.adjectivesOnly(a, m);
    }

    /** Whether every mention of a place entity is made of adjectives alone ({@link #adjectivePlace}). */
    private static boolean onlyAdjectivePlaces(Analysis a, Entity e, Map<String, Mention> mentions) {
        if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
            return false;
        }
        for (String id : e.mentionIds()) {
            Mention m = mentions.get(id);
            if (m != null && !adjectivePlace(a, m)) {
                return false;
            }
        }
        return true;
    }

    /** A name of descriptor words before a quoted name (книжный магазин «Библио-Глобус»): the name in quotes. */
    private static final java.util.regex.Pattern DESCRIBED_QUOTED = java.util.regex.Pattern.compile(
            "(?:[а-яё-]+\\s+){1,2}[«\"„“](.+)[»\"“”]");

    /** factRuEval's name of an organisation written with descriptor words is the quoted name alone. */
    static String quotedCore(String name) {
        java.util.regex.Matcher m = DESCRIBED_QUOTED.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    /**
     * Whether an entity has a name the evaluation asks for: a person any name part; an organisation
     * or place a name with a capital letter, a digit, a quotation mark or Latin letters (infox.ru),
     * or one led by an adjective made from a place the text names (украинское правительство). Entities known only by
     * common words (правительство, партия, церковь) have no name in factRuEval's sense.
     */
    static boolean named(Entity e, String text) {
        if (e.type() == EntityType.PERSON) {
            PersonName p = e.person();
            return p != null && (p.first() != null || p.last() != null || p.patronymic() != null || p.nickname() != null);
        }
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        for (String n : names) {
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"' || (c < 128 && Character.isLetter(c))) {
                    return true;
                }
            }
        }
        return placeAdjectiveFirst(e.name(), text);
    }

    private static final java.util.regex.Pattern PLACE_ADJECTIVE = java.util.regex.Pattern.compile(
            "(?iu)([а-яё]{4})[а-яё-]*(?:ск|цк)(?:ий|ая|ое|ие)");

    /**
     * A name of common words led by an adjective made from a place the text names (украинское
     * правительство beside Украина, парижский клуб beside Париж): factRuEval counts it as a name.
     */
    private static boolean placeAdjectiveFirst(String name, String text) {
        String first = name.strip().split("\\s+")[0];
        java.util.regex.Matcher m = PLACE_ADJECTIVE.matcher(first);
        if (!m.matches() || name.strip().indexOf(' ') < 0) {
            return false;
        }
        String stem = m.group(1);
        String capitalised = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
        for (int i = text.indexOf(capitalised); i >= 0; i = text.indexOf(capitalised, i + 1)) {
            if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
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
                } else if (e != null && e.person() == null && arg.value() != null && !arg.value().isBlank()) {
                    // the name the fact gives the entity: an organisation may go by its name without
                    // the descriptor the entity's name holds («DST» of «Российский фонд DST»)
                    value = quotedCore(arg.value());
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
        return quotedCore(e.name());
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
