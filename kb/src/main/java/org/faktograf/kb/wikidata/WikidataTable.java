package org.faktograf.kb.wikidata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.faktograf.kb.resolve.EntityClass;

/**
 * Offline Wikidata ids by class and normalised name, from the links of the NEREL corpus (see
 * {@link WikidataTableBuilder}); loaded once from the classpath. Lines: class, key, id, count, label.
 */
public final class WikidataTable {
    public static final String RESOURCE = "/org/faktograf/kb/wikidata/nerel-wikidata.tsv";

    private final Map<String, String> idByKey;

    WikidataTable(Map<String, String> idByKey) {
        this.idByKey = Map.copyOf(idByKey);
    }

    private static final class Holder {
        static final WikidataTable INSTANCE = load();
    }

    /** The table shipped with the knowledge base. */
    public static WikidataTable get() {
        return Holder.INSTANCE;
    }

    private static WikidataTable load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = WikidataTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new WikidataTable(map);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length >= 3) {
                    map.put(f[0] + ":" + f[1], f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new WikidataTable(map);
    }

    /** The id of the first normalised name (without class prefix) the table knows, or {@code null}. */
    public String lookup(EntityClass c, Collection<String> normalisedNames) {
        for (String n : normalisedNames) {
            String id = idByKey.get(c.name() + ":" + n);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** Whether the table knows a normalised name (without class prefix) in a class. */
    public boolean knows(EntityClass c, String normalisedName) {
        return idByKey.containsKey(c.name() + ":" + normalisedName);
    }

    public int size() {
        return idByKey.size();
    }
}
