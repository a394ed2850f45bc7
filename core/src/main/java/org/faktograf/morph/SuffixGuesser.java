package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.faktograf.model.WordForm;

/**
 * Readings for words the dictionary lacks, predicted from their ending. The table built by
 * {@link MorphTableBuilder} gives, for endings of up to {@value MorphTableBuilder#MAX_SUFFIX}
 * letters, the readings dictionary forms with that ending have, each with its count, how to cut
 * the word into its lemma and a model lemma of the same paradigm for generating other forms. The
 * longest known ending of the word speaks; when it was seen in fewer than
 * {@value MorphTableBuilder#CONFIDENT_FORMS} forms, the next shorter ending adds its readings at
 * half weight (Кресса: -есса alone knows only Ванесса-like names, -сса adds the surnames). The
 * {@code proper} table holds first names, patronymics and surnames only, for capitalised words;
 * there a guessed first name or patronymic weighs less than a surname (the dictionary lists the
 * first names nearly completely, so an unknown name is mostly a surname) and plural forms much
 * less than singular ones (names in the plural are rare in news), and a feminine form somewhat less
 * than a masculine one (news names more men; Кресс is first the man's nominative, not the woman's
 * indeclinable surname).
 *
 * <p>Loaded once per process on first use; immutable afterwards, so shared by every thread.
 */
final class SuffixGuesser {
    static final String RESOURCE = "/org/faktograf/morph/suffixes.bin";
    private static final double BACK_OFF = 0.5;
    /** Shrinks shares seen in few forms: 8 of 10 weighs less than 80 of 100. */
    private static final double SMOOTHING = 5;
    private static final double GUESSED_NAME = 0.3;
    private static final double PLURAL_NAME = 0.1;
    private static final double FEMININE_NAME = 0.6;

    /** One table: sorted endings, and per ending a run of predictions. */
    private record Table(PackedTables.SortedStrings endings, int[] forms, int[] start, short[] tag, byte[] cut,
                         int[] append, int[] count, int[] model) {
        static Table read(DataInputStream in) throws IOException {
            return new Table(PackedTables.SortedStrings.read(in), PackedTables.readInts(in), PackedTables.readInts(in),
                    PackedTables.readShorts(in), PackedTables.readBytes(in), PackedTables.readInts(in),
                    PackedTables.readInts(in), PackedTables.readInts(in));
        }
    }

    private final AotTag[] tags;
    private final PackedTables.SortedStrings strings;
    private final Table common;
    private final Table proper;

    private SuffixGuesser(AotTag[] tags, PackedTables.SortedStrings strings, Table common, Table proper) {
        this.tags = tags;
        this.strings = strings;
        this.common = common;
        this.proper = proper;
    }

    private static final class Holder {
        static final SuffixGuesser INSTANCE = load();
    }

    static SuffixGuesser shared() {
        return Holder.INSTANCE;
    }

    /**
     * Appends up to {@code max} guessed readings of a lower-case word (keeping a stem of at least
     * two letters), best first; {@code properNames} selects the table of names.
     */
    void guess(String word, boolean properNames, int max, List<MorphReading> out) {
        Table t = properNames ? proper : common;
        int first = out.size();
        int len = word.length();
        double scale = 1;
        for (int n = Math.min(MorphTableBuilder.MAX_SUFFIX, len - 1); n >= 1; n--) {
            int e = t.endings.find(word, len - n, len);
            if (e < 0) {
                continue;
            }
            int forms = t.forms[e];
            for (int p = t.start[e]; p < t.start[e + 1]; p++) {
                int stem = len - t.cut[p];
                if (stem < 2) {
                    continue;
                }
                AotTag tag = tags[t.tag[p]];
                String lemma = word.substring(0, stem) + strings.get(t.append[p]);
                if (contains(out, first, lemma, tag)) {
                    continue;
                }
                double weight = scale * t.count[p] / (forms + SMOOTHING) * casePrior(tag.grammemes);
                if (properNames) {
                    weight *= (tag.grammemes & PLUR.bit()) != 0 ? PLURAL_NAME : 1;
                    weight *= (tag.grammemes & (NAME.bit() | PATR.bit())) != 0 ? GUESSED_NAME : 1;
                    weight *= (tag.grammemes & FEMN.bit()) != 0 ? FEMININE_NAME : 1;
                }
                WordForm f = new WordForm(lemma, tag.pos, tag.grammemes, true);
                out.add(new MorphReading(f, tag, strings.get(t.model[p]), "", "", true, weight));
            }
            if (forms >= MorphTableBuilder.CONFIDENT_FORMS || scale < 1) {
                break;
            }
            scale *= BACK_OFF;
        }
        List<MorphReading> added = out.subList(first, out.size());
        added.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        while (added.size() > max) {
            added.remove(added.size() - 1);
        }
    }

    /**
     * The dictionary counts paradigms, not usage: every case form once. News uses the nominative
     * most, then the genitive, so of Обама's two readings (обама in the nominative, обам in the
     * genitive) with like shares the nominative wins. Rough shares, not estimated from data.
     */
    private static double casePrior(long g) {
        if ((g & NOMN.bit()) != 0) {
            return 1.0;
        } else if ((g & GENT.bit()) != 0) {
            return 0.7;
        } else if ((g & ACCS.bit()) != 0) {
            return 0.5;
        } else if ((g & (ABLT.bit() | LOCT.bit())) != 0) {
            return 0.4;
        } else if ((g & DATV.bit()) != 0) {
            return 0.3;
        } else if ((g & (VOCT.bit() | GEN2.bit() | LOC2.bit())) != 0) {
            return 0.1;
        }
        return 1.0;
    }

    private static boolean contains(List<MorphReading> out, int from, String lemma, AotTag tag) {
        for (int i = from; i < out.size(); i++) {
            MorphReading r = out.get(i);
            if (r.tag() == tag && r.form().lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static SuffixGuesser load() {
        try (DataInputStream in = PackedTables.open(RESOURCE)) {
            AotTag[] tags = new AotTag[in.readInt()];
            for (int i = 0; i < tags.length; i++) {
                tags[i] = AotTag.of(in.readUTF());
            }
            PackedTables.SortedStrings strings = PackedTables.SortedStrings.read(in);
            Table common = Table.read(in);
            Table proper = Table.read(in);
            return new SuffixGuesser(tags, strings, common, proper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
