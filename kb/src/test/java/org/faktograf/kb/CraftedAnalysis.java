package org.faktograf.kb;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.kb.resolve.PersonParts;
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

/** Builds small analyses by hand: a text, and entities whose mentions are found in it by their surface. */
public final class CraftedAnalysis {
    private final String id;
    private final String text;
    private String date;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    public CraftedAnalysis(String id, String text) {
        this.id = id;
        this.text = text;
    }

    public CraftedAnalysis date(String isoDate) {
        this.date = isoDate;
        return this;
    }

    /** Adds an entity; each surface must occur in the text (its first occurrence after the previous one is used). */
    public CraftedAnalysis entity(EntityType type, String name, String... surfaces) {
        List<String> ids = new ArrayList<>();
        int from = 0;
        for (String s : surfaces) {
            int at = text.indexOf(s, from);
            if (at < 0) {
                at = text.indexOf(s);
            }
            if (at < 0) {
                throw new IllegalArgumentException("'" + s + "' is not in the text");
            }
            Mention m = new Mention("m" + mentions.size(), at, at + s.length(), type, false, 1);
            mentions.add(m);
            ids.add(m.id());
            from = at + s.length();
        }
        PersonName person = null;
        if (type == EntityType.PERSON) {
            PersonParts p = PersonParts.parse(name);
            person = new PersonName(cap(p.first()), cap(p.patronymic()), cap(p.last()), null);
        }
        entities.add(new Entity("e" + entities.size(), type, name, person, null, List.of(), ids));
        return this;
    }

    private static String cap(String s) {
        if (s == null) {
            return null;
        }
        return s.length() == 1 ? s.toUpperCase() + "." : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An occupation: the entity named {@code who} holds {@code post} at {@code where}. */
    public CraftedAnalysis occupation(String who, String post, String where) {
        List<FactArgument> args = new ArrayList<>();
        args.add(FactArgument.ofEntity("who", entity(who)));
        args.add(FactArgument.ofValue("position", post, -1, -1));
        if (where != null) {
            args.add(FactArgument.ofEntity("where", entity(where)));
        }
        facts.add(new Fact("f" + facts.size(), FactType.OCCUPATION, args, Modality.ASSERTED, 0, text.length(), "crafted"));
        return this;
    }

    public CraftedAnalysis fact(FactType type, String dateValue, String... participants) {
        List<FactArgument> args = new ArrayList<>();
        for (String p : participants) {
            args.add(FactArgument.ofEntity("participant", entity(p)));
        }
        if (dateValue != null) {
            args.add(FactArgument.ofValue("date", dateValue, -1, -1));
        }
        facts.add(new Fact("f" + facts.size(), type, args, Modality.ASSERTED, 0, text.length(), "crafted"));
        return this;
    }

    private Entity entity(String name) {
        for (Entity e : entities) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no entity " + name);
    }

    public Analysis build() {
        List<Mention> sorted = new ArrayList<>(mentions);
        return new Analysis(new Document(id, null, text, null, date, null), List.of(), List.of(), List.of(), sorted,
                List.of(), entities, facts);
    }
}
