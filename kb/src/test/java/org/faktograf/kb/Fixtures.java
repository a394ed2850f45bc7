package org.faktograf.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.kb.bench.GoldAnalyses;
import org.faktograf.model.Analysis;

/** Gold analyses of the vendored corpora, loaded once. */
public final class Fixtures {
    private Fixtures() {
    }

    private static final class FactRu {
        static final Map<String, Analysis> BY_ID = load();

        private static Map<String, Analysis> load() {
            Map<String, Analysis> out = new LinkedHashMap<>();
            for (FactRuDocument d : FactRuCorpus.load(CorpusPaths.factruDev())) {
                out.put(d.id(), GoldAnalyses.fromFactRu(d));
            }
            return out;
        }
    }

    public static Map<String, Analysis> factRuGold() {
        return FactRu.BY_ID;
    }

    public static Analysis seedGold() {
        try {
            return GoldAnalyses.fromSeedGold(CorpusPaths.seedGold(), CorpusPaths.seed(), "tomsk-2010", "2010-05-27");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Analysis> factRuList() {
        return List.copyOf(factRuGold().values());
    }
}
