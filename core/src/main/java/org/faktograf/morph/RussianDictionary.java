package org.faktograf.morph;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The Russian morphology dictionary of LanguageTool (AOT's lexicon in morfologik form): an analysis
 * dictionary (form to lemma and tag) and a synthesis dictionary ({@code lemma|tag} to form), plus
 * lemma frequency classes taken from the same project's spelling dictionary (see
 * {@link MorphTableBuilder}). Loaded once per process on first use and shared by every thread;
 * morfologik's {@link DictionaryLookup} keeps per-call buffers, so each thread gets its own.
 */
public final class RussianDictionary {
    static final String RESOURCE_DIR = "/org/languagetool/resource/ru/";
    static final String FREQUENCY_RESOURCE = "/org/faktograf/morph/lemma-frequency.bin";

    /** One dictionary entry of a form: its lemma as the dictionary writes it and its tag. */
    record Entry(String lemma, AotTag tag) {
    }

    private final ThreadLocal<DictionaryLookup> analysis;
    private final ThreadLocal<DictionaryLookup> synthesis;
    private final Frequencies frequencies;

    private RussianDictionary(Dictionary analysisDictionary, Dictionary synthesisDictionary, Frequencies frequencies) {
        this.analysis = ThreadLocal.withInitial(() -> new DictionaryLookup(analysisDictionary));
        this.synthesis = ThreadLocal.withInitial(() -> new DictionaryLookup(synthesisDictionary));
        this.frequencies = frequencies;
    }

    private static final class Holder {
        static final RussianDictionary INSTANCE = load();
    }

    /** The process-wide dictionary, loaded on first call. */
    public static RussianDictionary shared() {
        return Holder.INSTANCE;
    }

    private static RussianDictionary load() {
        return new RussianDictionary(read("russian.dict"), read("russian_synth.dict"), readFrequencies());
    }

    static Dictionary read(String name) {
        URL url = RussianDictionary.class.getResource(RESOURCE_DIR + name);
        if (url == null) {
            throw new IllegalStateException("the Russian dictionary " + RESOURCE_DIR + name
                    + " is not on the class path (org.languagetool:language-ru)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Russian dictionary " + name, e);
        }
    }

    private static Frequencies readFrequencies() {
        try (DataInputStream in = PackedTables.open(FREQUENCY_RESOURCE)) {
            return new Frequencies(PackedTables.SortedStrings.read(in), PackedTables.readBytes(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FREQUENCY_RESOURCE, e);
        }
    }

    /** Lemmas with a frequency class above the lowest, sorted, and their classes. */
    private record Frequencies(PackedTables.SortedStrings lemmas, byte[] classes) {
        int of(String lemma) {
            int i = lemmas.find(lemma);
            return i < 0 ? 0 : classes[i];
        }
    }

    /** Entries of a lower-case form, in dictionary order; empty when the form is unknown. */
    List<Entry> lookup(String lowerForm) {
        List<WordData> found = analysis.get().lookup(lowerForm);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(found.size());
        for (WordData wd : found) {
            CharSequence stem = wd.getStem();
            CharSequence tag = wd.getTag();
            if (stem != null && tag != null) {
                out.add(new Entry(stem.toString(), AotTag.of(tag.toString())));
            }
        }
        return out;
    }

    boolean contains(String lowerForm) {
        return !analysis.get().lookup(lowerForm).isEmpty();
    }

    /** The forms of a lemma under a tag (several when the language has variants: -ой/-ою). */
    List<String> synthesize(String lemma, String tag) {
        List<WordData> found = synthesis.get().lookup(lemma + "|" + tag);
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(found.size());
        for (WordData wd : found) {
            if (wd.getStem() != null) {
                out.add(wd.getStem().toString());
            }
        }
        return out;
    }

    /**
     * How common a lemma is, 0 (rare or unknown) to 25 (most common): AOT's frequency class of the
     * lemma, as LanguageTool's spelling dictionary carries it. Forms other than lemmas are 0.
     */
    public int lemmaFrequency(String lemma) {
        return frequencies.of(lemma);
    }
}
