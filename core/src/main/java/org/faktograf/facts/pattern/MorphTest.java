package org.faktograf.facts.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.faktograf.model.Grammeme;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.WordForm;

/**
 * A test on one morphological reading: a set of parts of speech (any of them) and groups of
 * grammemes (the reading has at least one grammeme of every group). Written {@code [NOUN gent]},
 * {@code [ADJF|PRTF, gent|loct]}, {@code [ablt]}. Immutable.
 */
public final class MorphTest {
    private final int partsOfSpeech; // bit per PartOfSpeech ordinal, 0 = any
    private final long[] groups;

    MorphTest(int partsOfSpeech, long[] groups) {
        this.partsOfSpeech = partsOfSpeech;
        this.groups = groups;
    }

    /**
     * Parses the inside of brackets: items separated by spaces or commas, each a part of speech or
     * a grammeme, alternatives joined by {@code |}.
     */
    static MorphTest parse(String spec) {
        int pos = 0;
        List<Long> groups = new ArrayList<>();
        for (String item : spec.trim().split("[\\s,]+")) {
            if (item.isEmpty()) {
                continue;
            }
            int posBits = 0;
            long gramBits = 0;
            for (String alt : item.split("\\|")) {
                String name = alt.trim().toUpperCase(Locale.ROOT);
                PartOfSpeech p = partOfSpeech(name);
                if (p != null) {
                    posBits |= 1 << p.ordinal();
                    continue;
                }
                try {
                    gramBits |= Grammeme.valueOf(name).bit();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + alt + "' is neither a part of speech nor a grammeme");
                }
            }
            if (posBits != 0 && gramBits != 0) {
                throw new IllegalArgumentException("'" + item + "' mixes parts of speech and grammemes");
            }
            if (posBits != 0) {
                if (pos != 0) {
                    throw new IllegalArgumentException("two part-of-speech items in [" + spec + "]; join them with |");
                }
                pos = posBits;
            } else {
                groups.add(gramBits);
            }
        }
        long[] g = new long[groups.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = groups.get(i);
        }
        return new MorphTest(pos, g);
    }

    private static PartOfSpeech partOfSpeech(String name) {
        for (PartOfSpeech p : PartOfSpeech.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The parts of speech the test allows (a bit per ordinal), 0 when it allows any. */
    int partsOfSpeech() {
        return partsOfSpeech;
    }

    /** Whether the test is on parts of speech only (then a token's part-of-speech mask decides it). */
    boolean partsOfSpeechOnly() {
        return groups.length == 0 && partsOfSpeech != 0;
    }

    /** Whether a token whose readings have these parts of speech (bits by ordinal) passes a parts-of-speech-only test. */
    boolean acceptsPartsOfSpeech(int mask) {
        return (partsOfSpeech & mask) != 0;
    }

    public boolean accepts(WordForm f) {
        if (partsOfSpeech != 0 && (partsOfSpeech & (1 << f.pos().ordinal())) == 0) {
            return false;
        }
        long g = f.grammemes();
        // an indeclinable word, or one in Latin letters or unknown, fits every case and number
        boolean anyForm = f.has(Grammeme.FIXD) || f.pos() == PartOfSpeech.LATN || f.pos() == PartOfSpeech.UNKN;
        for (long group : groups) {
            if ((g & group) == 0 && !(anyForm && (group & ~CASES_AND_NUMBERS) == 0)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MorphTest m && partsOfSpeech == m.partsOfSpeech && Arrays.equals(groups, m.groups);
    }

    @Override
    public int hashCode() {
        return 31 * partsOfSpeech + Arrays.hashCode(groups);
    }

    static final long CASES = Grammeme.mask(Grammeme.cases());
    static final long CASES_AND_NUMBERS = CASES | Grammeme.SING.bit() | Grammeme.PLUR.bit();
}
