package org.faktograf.formats.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the vendored corpora live: {@code -Dfaktograf.corpora=DIR} if set, else the
 * {@code corpora} folder of the repository, found from {@code -Dfaktograf.root} (set by the
 * build for tests) or by walking up from the working directory.
 */
public final class CorpusPaths {
    private CorpusPaths() {
    }

    public static Path corpora() {
        String explicit = System.getProperty("faktograf.corpora");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String root = System.getProperty("faktograf.root");
        if (root != null && Files.isDirectory(Path.of(root, "corpora"))) {
            return Path.of(root, "corpora");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("corpora/factru-dev"))) {
                return p.resolve("corpora");
            }
        }
        throw new CorpusNotFoundException("cannot find the corpora folder (corpora/factru-dev); run from the repository "
                + "or set FAKTOGRAF_JAVA_OPTS=-Dfaktograf.corpora=DIR");
    }

    public static Path factruDev() {
        return corpora().resolve("factru-dev");
    }

    public static Path nerelTrain() {
        return corpora().resolve("nerel/train");
    }

    public static Path nerelDev() {
        return corpora().resolve("nerel/dev");
    }

    public static Path seed() {
        return corpora().resolve("seed/tomsk-2010.txt");
    }

    public static Path seedGold() {
        return corpora().resolve("seed/tomsk-2010.gold.json");
    }
}
