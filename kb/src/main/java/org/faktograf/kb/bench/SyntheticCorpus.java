package org.faktograf.kb.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.PersonName;

/**
 * A large knowledge base's worth of analyses made from a few real ones: copy {@code r} of base
 * document {@code b} gets the id {@code b#r}, a date, and its people renamed by combining the
 * first names and surnames found in the base corpus, so that the copies hold many different
 * people, each in several documents, with the facts of the original. Organisations and places keep
 * their names (a news corpus mentions the same few often). Deterministic.
 */
public final class SyntheticCorpus {
    private final List<Analysis> base;
    private final List<String> firstNames;
    private final List<String> surnames;
    private final int peoplePerSurname;

    /**
     * @param base             real analyses (gold or extracted) to copy
     * @param peoplePerSurname how many first names combine with each surname: more makes more namesakes
     */
    public SyntheticCorpus(List<Analysis> base, int peoplePerSurname) {
        if (base.isEmpty()) {
            throw new IllegalArgumentException("no base documents");
        }
        this.base = List.copyOf(base);
        this.peoplePerSurname = Math.max(1, peoplePerSurname);
        TreeSet<String> firsts = new TreeSet<>();
        TreeSet<String> lasts = new TreeSet<>();
        for (Analysis a : base) {
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.PERSON && e.person() != null) {
                    if (isName(e.person().first())) {
                        firsts.add(e.person().first());
                    }
                    if (isName(e.person().last())) {
                        lasts.add(e.person().last());
                    }
                }
            }
        }
        if (firsts.isEmpty() || lasts.isEmpty()) {
            throw new IllegalArgumentException("the base documents name no people with first names and surnames");
        }
        this.firstNames = new ArrayList<>(firsts);
        this.surnames = new ArrayList<>(lasts);
    }

    private static boolean isName(String s) {
        return s != null && s.length() > 1 && Character.isUpperCase(s.charAt(0));
    }

    public int baseSize() {
        return base.size();
    }

    /** The {@code i}-th generated document (i from 0). */
    public Analysis get(int i) {
        int b = i % base.size();
        int r = i / base.size();
        Analysis a = base.get(b);
        Map<String, Entity> renamed = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
            Entity n = e;
            if (e.type() == EntityType.PERSON && e.person() != null && e.person().last() != null) {
                // the same original person in copies r and r+1 of a document may or may not be the same
                // synthetic person: surnames rotate slowly, first names faster
                int h = Math.floorMod(e.person().last().hashCode(), 1 << 20);
                String last = surnames.get(Math.floorMod(h + r / 3, surnames.size()));
                String first = e.person().first() == null ? null
                        : firstNames.get(Math.floorMod(h * 31 + r % peoplePerSurname, firstNames.size()));
                PersonName p = new PersonName(first, e.person().patronymic(), last, null);
                n = new Entity(e.id(), e.type(), p.firstLast(), p, e.legalForm(), List.of(), e.mentionIds());
            }
            entities.add(n);
            renamed.put(n.id(), n);
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : a.facts()) {
            List<FactArgument> args = new ArrayList<>();
            for (FactArgument arg : f.arguments()) {
                Entity e = arg.entityId() == null ? null : renamed.get(arg.entityId());
                args.add(e == null ? arg : new FactArgument(arg.role(), arg.entityId(), e.name(), arg.start(), arg.end()));
            }
            facts.add(new Fact(f.id(), f.type(), args, f.modality(), f.evidenceStart(), f.evidenceEnd(), f.rule()));
        }
        Document d = a.document();
        String date = LocalDate.of(2005, 1, 1).plusDays((long) r * 3 + b % 3).toString();
        Document copy = new Document(d.id() + "#" + r, d.title(), d.text(), "synthetic", date, null);
        return new Analysis(copy, a.sentences(), a.tokens(), a.morphology(), a.mentions(), a.names(), entities, facts);
    }
}
