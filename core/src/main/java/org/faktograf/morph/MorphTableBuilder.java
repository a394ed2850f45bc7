package org.faktograf.morph;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.faktograf.model.Grammeme;
import org.faktograf.model.PartOfSpeech;

/**
 * Builds the two derived tables committed under {@code core/src/main/resources/org/faktograf/morph}
 * from the LanguageTool Russian package on the class path. Iterating the 7 million dictionary
 * entries takes about half a minute, far too long for start-up, hence a build step whose output is
 * committed. Rerun it when the {@code language-ru} version changes:
 *
 * <pre>
 * mvn -q -B -pl core compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx4g -cp core/target/classes:$(cat core/target/cp.txt) \
 *     org.faktograf.morph.MorphTableBuilder core/src/main/resources/org/faktograf/morph
 * </pre>
 *
 * <ul>
 *   <li>{@code lemma-frequency.bin}: lemmas with their AOT frequency class 1..25, from the frequency
 *       marks of LanguageTool's spelling dictionary ({@code hunspell/ru_RU.dict}, where only lemmas
 *       carry a class above the lowest).</li>
 *   <li>{@code suffixes.bin}: for the word endings of length 1 to {@value #MAX_SUFFIX}, which
 *       readings dictionary forms with that ending have, counted over every form of the analysis
 *       dictionary: the tag, how to turn the form into its lemma (cut so many letters, append a
 *       string) and one dictionary lemma of that paradigm, used by analogy when generating forms of
 *       an unknown word. Two tables: {@code common} (open-class words: nouns, adjectives, verbs,
 *       participles, adverbs) and {@code proper} (first names, patronymics, surnames).</li>
 * </ul>
 * Both are in the binary layout of {@link PackedTables}, so that they load in milliseconds.
 */
public final class MorphTableBuilder {
    static final int MAX_SUFFIX = 5;
    /** An ending seen in fewer forms says too little to predict from. */
    private static final int MIN_SUFFIX_FORMS = 5;
    /** Readings rarer than this share of an ending's forms are left out. */
    private static final double MIN_SHARE = 0.02;
    private static final int MAX_READINGS = 8;
    /** An ending seen in this many forms is trusted alone; see {@link SuffixGuesser}. */
    static final int CONFIDENT_FORMS = 30;

    private MorphTableBuilder() {
    }

    /** How often one reading follows from one ending, with a lemma that shows its paradigm. */
    private static final class Tally {
        int count;
        final String example;

        Tally(String example) {
            this.example = example;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: MorphTableBuilder OUTPUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        int lemmas = writeFrequencies(out.resolve("lemma-frequency.bin"));
        System.err.printf(Locale.ROOT, "lemma frequencies: %d lemmas (%.1f s)%n", lemmas, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        writeSuffixes(out.resolve("suffixes.bin"));
        System.err.printf(Locale.ROOT, "suffix tables (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    private static int writeFrequencies(Path file) throws IOException {
        Dictionary speller = RussianDictionary.read("hunspell/ru_RU.dict");
        Charset cs = Charset.forName(speller.metadata.getEncoding());
        byte separator = (byte) speller.metadata.getSeparator();
        Map<String, Integer> best = new TreeMap<>();
        for (ByteBuffer bb : speller.fsa) {
            byte[] b = new byte[bb.remaining()];
            bb.get(b);
            int sep = b.length - 2;
            if (sep <= 0 || b[sep] != separator) {
                continue;
            }
            int cls = (b[sep + 1] & 0xff) - 'A';
            if (cls <= 0) {
                continue;
            }
            String word = new String(b, 0, sep, cs).toLowerCase(Locale.ROOT);
            best.merge(word, cls, Math::max);
        }
        try (DataOutputStream out = binaryWriter(file)) {
            PackedTables.SortedStrings.write(out, new ArrayList<>(best.keySet()));
            byte[] classes = new byte[best.size()];
            int i = 0;
            for (int c : best.values()) {
                classes[i++] = (byte) c;
            }
            PackedTables.writeBytes(out, classes);
        }
        return best.size();
    }

    private static void writeSuffixes(Path file) throws IOException {
        Dictionary analysis = RussianDictionary.read("russian.dict");
        Dictionary synthesis = RussianDictionary.read("russian_synth.dict");
        DictionaryLookup synth = new DictionaryLookup(synthesis);
        Map<String, String> patronymicLemmas = new HashMap<>();
        List<String> tags = new ArrayList<>();
        Map<String, Integer> tagIds = new HashMap<>();
        Map<String, Map<String, Tally>> common = new HashMap<>();
        Map<String, Map<String, Tally>> proper = new HashMap<>();
        long entries = 0;
        Iterator<WordData> it = new DictionaryIterator(analysis, analysis.metadata.getDecoder(), true);
        while (it.hasNext()) {
            WordData wd = it.next();
            String form = wd.getWord().toString();
            String lemma = wd.getStem().toString();
            String tagText = wd.getTag().toString();
            AotTag tag = AotTag.of(tagText);
            if (tag.isInformal() || !cyrillic(form) || !cyrillic(lemma)
                    || (lemma.indexOf('ё') >= 0 && form.indexOf('ё') < 0)) {
                continue; // informal forms and the е-spellings of ё-words would only add noise
            }
            Map<String, Map<String, Tally>> table;
            if (tag.isProperName()) {
                table = proper;
            } else if (openClass(tag)) {
                table = common;
            } else {
                continue;
            }
            String paradigm = lemma;
            if (tag.isPatronymic()) {
                // the dictionary's lemma of a patronymic is the father's name; guess the patronymic
                String nominative = tag.retarget(Grammeme.mask(Grammeme.NOMN, Grammeme.SING));
                String key = lemma + "|" + nominative;
                lemma = patronymicLemmas.computeIfAbsent(key, k -> {
                    List<WordData> f = synth.lookup(k);
                    return f.isEmpty() ? null : f.get(0).getStem().toString();
                });
                if (lemma == null) {
                    continue;
                }
            }
            int common0 = commonPrefix(form, lemma);
            int cut = form.length() - common0;
            String add = lemma.substring(common0);
            Integer tagId = tagIds.get(tagText);
            if (tagId == null) {
                tagId = tags.size();
                tags.add(tagText);
                tagIds.put(tagText, tagId);
            }
            String reading = tagId + "," + cut + "," + add;
            for (int n = 1; n <= MAX_SUFFIX && n < form.length(); n++) {
                if (cut > n) {
                    continue; // the rewrite must stay inside the ending it is keyed by
                }
                String suffix = form.substring(form.length() - n);
                final String example = paradigm;
                table.computeIfAbsent(suffix, s -> new HashMap<>())
                        .computeIfAbsent(reading, r -> new Tally(example)).count++;
            }
            entries++;
        }
        System.err.printf(Locale.ROOT, "counted %d entries: %d common endings, %d proper endings%n",
                entries, common.size(), proper.size());
        Map<String, List<Row>> commonRows = prune(common);
        Map<String, List<Row>> properRows = prune(proper);
        System.err.printf(Locale.ROOT, "kept %d common endings, %d proper endings%n", commonRows.size(), properRows.size());
        TreeMap<String, Integer> strings = new TreeMap<>();
        for (Map<String, List<Row>> t : List.of(commonRows, properRows)) {
            for (List<Row> rows : t.values()) {
                for (Row r : rows.subList(1, rows.size())) {
                    strings.put(r.append, 0);
                    strings.put(r.model, 0);
                }
            }
        }
        int k = 0;
        for (Map.Entry<String, Integer> e : strings.entrySet()) {
            e.setValue(k++);
        }
        try (DataOutputStream out = binaryWriter(file)) {
            out.writeInt(tags.size());
            for (String t : tags) {
                out.writeUTF(t);
            }
            PackedTables.SortedStrings.write(out, new ArrayList<>(strings.keySet()));
            writeTable(out, commonRows, strings);
            writeTable(out, properRows, strings);
        }
    }

    /** One kept reading of an ending. */
    private record Row(int tag, int cut, String append, int count, String model) {
    }

    private static void writeTable(DataOutputStream out, Map<String, List<Row>> rows, Map<String, Integer> strings) throws IOException {
        List<String> suffixes = new ArrayList<>(rows.keySet());
        int n = suffixes.size();
        int total = 0;
        for (List<Row> r : rows.values()) {
            total += r.size() - 1;
        }
        int[] forms = new int[n];
        int[] start = new int[n + 1];
        short[] tag = new short[total];
        byte[] cut = new byte[total];
        int[] append = new int[total];
        int[] count = new int[total];
        int[] model = new int[total];
        int at = 0;
        for (int i = 0; i < n; i++) {
            start[i] = at;
            List<Row> list = rows.get(suffixes.get(i));
            forms[i] = list.get(0).count;
            for (Row r : list.subList(1, list.size())) {
                tag[at] = (short) r.tag;
                cut[at] = (byte) r.cut;
                append[at] = strings.get(r.append);
                count[at] = r.count;
                model[at] = strings.get(r.model);
                at++;
            }
        }
        start[n] = at;
        PackedTables.SortedStrings.write(out, suffixes);
        PackedTables.writeInts(out, forms);
        PackedTables.writeInts(out, start);
        PackedTables.writeShorts(out, tag);
        PackedTables.writeBytes(out, cut);
        PackedTables.writeInts(out, append);
        PackedTables.writeInts(out, count);
        PackedTables.writeInts(out, model);
    }

    /**
     * The endings worth keeping, sorted: seen in enough forms, with their common readings, and
     * predicting something their one-letter-shorter ending does not.
     */
    private static Map<String, List<Row>> prune(Map<String, Map<String, Tally>> table) {
        Map<String, List<Row>> kept = new TreeMap<>();
        Map<String, List<String>> keptKeys = new HashMap<>();
        // shortest endings first, so each ending can be compared with the one it extends
        List<String> suffixes = new ArrayList<>(table.keySet());
        suffixes.sort((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        for (String suffix : suffixes) {
            Map<String, Tally> readings = table.get(suffix);
            int total = 0;
            for (Tally t : readings.values()) {
                total += t.count;
            }
            if (total < MIN_SUFFIX_FORMS) {
                continue;
            }
            List<Map.Entry<String, Tally>> sorted = new ArrayList<>(readings.entrySet());
            sorted.sort((a, b) -> a.getValue().count != b.getValue().count
                    ? b.getValue().count - a.getValue().count : a.getKey().compareTo(b.getKey()));
            List<String> keys = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, Tally> e : sorted) {
                Tally t = e.getValue();
                if (keys.size() == MAX_READINGS || t.count < MIN_SHARE * total || t.count < 2) {
                    break;
                }
                keys.add(e.getKey());
                String[] k = e.getKey().split(",", -1);
                rows.add(new Row(Integer.parseInt(k[0]), Integer.parseInt(k[1]), k[2], t.count, t.example));
            }
            if (keys.isEmpty()) {
                continue;
            }
            List<String> parent = suffix.length() > 1 ? nearestKept(keptKeys, suffix) : null;
            keptKeys.put(suffix, keys);
            if (parent != null && parent.equals(keys)) {
                continue; // predicts nothing its shorter ending does not
            }
            rows.add(0, new Row(-1, 0, "", total, "")); // the ending's count of forms, all readings included
            kept.put(suffix, rows);
        }
        return kept;
    }

    private static List<String> nearestKept(Map<String, List<String>> keptKeys, String suffix) {
        for (int n = suffix.length() - 1; n >= 1; n--) {
            List<String> k = keptKeys.get(suffix.substring(suffix.length() - n));
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** Classes a new word can belong to; pronouns, prepositions and the like are closed lists. */
    private static boolean openClass(AotTag tag) {
        PartOfSpeech p = tag.pos;
        long g = tag.grammemes;
        if ((g & (Grammeme.ABBR.bit() | Grammeme.APRO.bit() | Grammeme.ANUM.bit() | Grammeme.PRNT.bit())) != 0) {
            return false;
        }
        return switch (p) {
            case NOUN, ADJF, ADJS, COMP, VERB, INFN, GRND, PRTF, PRTS, ADVB -> true;
            default -> false;
        };
    }

    private static boolean cyrillic(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 'а' || c > 'я') && c != 'ё') {
                return false;
            }
        }
        return true;
    }

    static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static DataOutputStream binaryWriter(Path file) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        out.writeInt(PackedTables.MAGIC);
        return out;
    }
}
