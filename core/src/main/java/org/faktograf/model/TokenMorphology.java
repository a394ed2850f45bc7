package org.faktograf.model;

import java.util.List;

/** All readings of one token, the most likely first; never empty. */
public record TokenMorphology(List<WordForm> readings) {
    public TokenMorphology {
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("a token has at least one reading");
        }
        readings = List.copyOf(readings);
    }

    public WordForm best() {
        return readings.get(0);
    }

    /** True when some reading carries the grammeme. */
    public boolean any(Grammeme g) {
        for (WordForm f : readings) {
            if (f.has(g)) {
                return true;
            }
        }
        return false;
    }
}
