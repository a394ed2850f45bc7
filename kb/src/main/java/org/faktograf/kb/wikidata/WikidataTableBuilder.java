package org.faktograf.kb.wikidata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.faktograf.formats.corpus.BratCorpus;
import org.faktograf.formats.corpus.CorpusFormatException;
import org.faktograf.formats.corpus.BratDocument;
import org.faktograf.kb.resolve.EntityClass;
import org.faktograf.kb.resolve.NameKeys;
import org.faktograf.kb.resolve.PersonParts;
import org.faktograf.model.EntityType;

/**
 * Builds the offline Wikidata table from NEREL's links ({@code N} lines: a mention and its
 * Wikidata id with the item's Russian label). Keys are the normalised label (for a person also
 * "first last" and "Фамилия, Имя" turned round) and, for organisations and places, the linked
 * surface text (МИД, ЕС). A key linked to several ids keeps the most frequent; a tie drops it.
 * Deterministic: the same corpus gives the same file, sorted.
 */
public final class WikidataTableBuilder {
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final Map<String, String> labels = new TreeMap<>();

    private final List<String> skipped = new ArrayList<>();

    /** Files left out because they do not parse (NEREL has a few damaged lines), with the reason. */
    public List<String> skipped() {
        return skipped;
    }

    /** Adds every linked mention of the .ann files of a brat directory; a file that does not parse is skipped. */
    public WikidataTableBuilder addCorpus(Path bratDir) throws IOException {
        List<Path> anns;
        try (var files = Files.list(bratDir)) {
            anns = files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            BratDocument d;
            try {
                d = BratCorpus.loadDocument(ann);
            } catch (CorpusFormatException e) {
                skipped.add(e.getMessage());
                continue;
            }
            for (BratDocument.Link link : d.links()) {
                if (!link.resource().equals("Wikidata") || !link.key().matches("Q\\d+")) {
                    continue;
                }
                BratDocument.Entity e = d.entity(link.target());
                if (e == null) {
                    continue;
                }
                EntityClass c;
                try {
                    c = EntityClass.of(EntityType.valueOf(e.type()));
                } catch (IllegalArgumentException unknownType) {
                    c = null;
                }
                if (c == null) {
                    continue;
                }
                if (!link.text().isBlank() && !link.text().equals("нет данных")) {
                    labels.putIfAbsent(link.key(), link.text());
                }
                for (String key : keys(c, link.text(), e.text())) {
                    counts.computeIfAbsent(c.name() + "\t" + key, k -> new TreeMap<>()).merge(link.key(), 1, Integer::sum);
                }
            }
        }
        return this;
    }

    static List<String> keys(EntityClass c, String label, String surface) {
        List<String> out = new ArrayList<>();
        if (c == EntityClass.PER) {
            String l = label;
            int comma = l.indexOf(',');
            if (comma > 0) {
                l = l.substring(comma + 1).trim() + " " + l.substring(0, comma).trim();
            }
            String full = NameKeys.normalize(l);
            if (!full.isEmpty() && full.contains(" ")) {
                out.add(full);
                PersonParts p = PersonParts.parse(l);
                if (p.hasFullFirst() && p.last() != null) {
                    String firstLast = p.first() + " " + p.last();
                    if (!out.contains(firstLast)) {
                        out.add(firstLast);
                    }
                }
            }
            return out;
        }
        String k = NameKeys.normalize(label);
        if (!k.isEmpty() && !k.equals("нет данных")) {
            out.add(k);
        }
        String s = NameKeys.normalize(surface);
        if (!s.isEmpty() && !out.contains(s)) {
            out.add(s);
        }
        return out;
    }

    /** Writes the table: a header comment, then class, key, id, count, label, sorted by class and key. */
    public int write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        int rows = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Wikidata ids by class and normalised name, from the NEREL links (corpora/nerel train and dev).\n");
            w.write("# Built by: faktograf kb wikidata-table; columns: class, key, id, links, label\n");
            for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
                String best = null;
                int top = 0;
                boolean tie = false;
                for (Map.Entry<String, Integer> id : e.getValue().entrySet()) {
                    if (id.getValue() > top) {
                        best = id.getKey();
                        top = id.getValue();
                        tie = false;
                    } else if (id.getValue() == top) {
                        tie = true;
                    }
                }
                if (best == null || tie) {
                    continue;
                }
                String label = labels.getOrDefault(best, "").replace('\t', ' ');
                w.write(e.getKey() + "\t" + best + "\t" + top + "\t" + label + "\n");
                rows++;
            }
        }
        return rows;
    }
}
