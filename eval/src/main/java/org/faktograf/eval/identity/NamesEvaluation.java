package org.faktograf.eval.identity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.model.Analysis;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.PersonName;

/**
 * Accuracy of canonical person names against the {@code .coref} layer of a factRuEval-2016
 * directory. Each gold person (a coreference entity of Person objects with a {@code firstname} or
 * a {@code lastname}) is looked up by its mentions: the system entity that most of the system's
 * person mentions overlapping the gold Person objects belong to. It counts as correct when that
 * entity's first name and surname both equal the gold ones (a part the gold lacks must be absent
 * too; a second given name, {@code firstname1}, is part of the first name), compared lower case
 * with ё as е and without an initial's full stop; a gold person without such an entity counts as wrong.
 * First name and surname are also counted on their own.
 */
public final class NamesEvaluation {

    /** One gold person that came out wrong. */
    public record Miss(String document, String gold, String found) {
        @Override
        public String toString() {
            return document + "  gold: " + gold + "  found: " + found;
        }
    }

    public record Result(int documents, int persons, int correct, int firstCorrect, int lastCorrect, List<Miss> misses) {
        public double accuracy() {
            return persons == 0 ? 1.0 : (double) correct / persons;
        }

        public String report() {
            return String.format(Locale.ROOT, "%-22s %7s %7s %8s%n", "", "persons", "correct", "accuracy")
                    + line("first name + surname", correct)
                    + line("first name", firstCorrect)
                    + line("surname", lastCorrect)
                    + String.format(Locale.ROOT, "%d documents. A gold person is correct when the system entity that its "
                    + "mentions overlap has the gold first name%nand surname (a part the gold lacks must be absent), "
                    + "lower case, ё as е; no entity counts as wrong.%n", documents);
        }

        private String line(String name, int n) {
            return String.format(Locale.ROOT, "%-22s %7d %7d %8.4f%n", name, persons, n, persons == 0 ? 1.0 : (double) n / persons);
        }
    }

    public Result evaluate(Path dir, FactRuAnalyzer analyzer, int maxMisses) {
        int docs = 0;
        int persons = 0;
        int correct = 0;
        int firstCorrect = 0;
        int lastCorrect = 0;
        List<Miss> misses = new ArrayList<>();
        for (FactRuDocument d : FactRuCorpus.load(dir)) {
            if (d.coref().isEmpty()) {
                continue;
            }
            docs++;
            Analysis a = analyzer.analyze(d);
            Map<String, Entity> entityOf = new HashMap<>();
            for (Entity e : a.entities()) {
                for (String id : e.mentionIds()) {
                    entityOf.put(id, e);
                }
            }
            Map<String, FactRuDocument.TextObject> objects = new HashMap<>();
            d.objects().forEach(o -> objects.put(o.id(), o));
            for (FactRuDocument.CorefEntity g : d.coref()) {
                List<FactRuDocument.TextObject> people = new ArrayList<>();
                for (String id : g.objectIds()) {
                    FactRuDocument.TextObject o = objects.get(id);
                    if (o != null && o.type().equals("Person")) {
                        people.add(o);
                    }
                }
                List<String> firsts = new ArrayList<>(g.values("firstname"));
                for (String second : g.values("firstname1")) {
                    for (String f : g.values("firstname")) {
                        firsts.add(f + " " + second); // Реджеп Тайип, Чен Ир: the whole given name
                    }
                }
                List<String> lasts = g.values("lastname");
                if (people.isEmpty() || (firsts.isEmpty() && lasts.isEmpty())) {
                    continue;
                }
                persons++;
                Entity e = entityOverlapping(d, people, a, entityOf);
                PersonName p = e == null ? null : e.person();
                boolean first = sameAsAny(p == null ? null : p.first(), firsts);
                boolean last = sameAsAny(p == null ? null : p.last(), lasts);
                firstCorrect += first ? 1 : 0;
                lastCorrect += last ? 1 : 0;
                if (first && last) {
                    correct++;
                } else if (misses.size() < maxMisses) {
                    String gold = (firsts.isEmpty() ? "-" : firsts.get(0)) + " / " + (lasts.isEmpty() ? "-" : lasts.get(0));
                    String found = e == null ? "no entity" : p == null ? e.name()
                            : (p.first() == null ? "-" : p.first()) + " / " + (p.last() == null ? "-" : p.last());
                    misses.add(new Miss(d.id(), gold, found));
                }
            }
        }
        return new Result(docs, persons, correct, firstCorrect, lastCorrect, misses);
    }

    private static Entity entityOverlapping(FactRuDocument d, List<FactRuDocument.TextObject> people, Analysis a,
                                            Map<String, Entity> entityOf) {
        Map<Entity, Integer> votes = new LinkedHashMap<>();
        for (FactRuDocument.TextObject o : people) {
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (String id : o.spanIds()) {
                FactRuDocument.Span s = d.span(id);
                if (s != null) {
                    start = Math.min(start, s.start());
                    end = Math.max(end, s.end());
                }
            }
            for (Mention m : a.mentions()) {
                if (m.type() == EntityType.PERSON && m.start() < end && start < m.end()) {
                    Entity e = entityOf.get(m.id());
                    if (e != null) {
                        votes.merge(e, 1, Integer::sum);
                    }
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean sameAsAny(String found, List<String> gold) {
        if (gold.isEmpty()) {
            return found == null;
        }
        if (found == null) {
            return false;
        }
        String f = key(found);
        for (String g : gold) {
            if (key(g).equals(f)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        // В. and В: an initial's full stop is no part of the name
        return s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").replaceAll("\\.$", "");
    }
}
