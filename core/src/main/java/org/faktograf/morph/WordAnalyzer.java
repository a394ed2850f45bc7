package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.WordForm;

/**
 * The readings one word can have, out of context: from the dictionary, from a compound's last part,
 * from a known word at the end of an unknown one (блогосфера = блого + сфера), or from the ending
 * guesser. Order here is only the order found; {@link MorphAnalyzer} ranks. The set of readings
 * depends on the word's letters alone (its capitalisation included), never on its position, so
 * {@link Inflector} can find a reading again from the word.
 */
final class WordAnalyzer {
    /** Guessed readings kept per table: beyond that the shares are too small to matter. */
    private static final int MAX_GUESSES = 6;
    /** A known word inside an unknown one must be this long to be trusted (сфера, but not сом). */
    private static final int MIN_KNOWN_TAIL = 4;
    private static final int MIN_KNOWN_TAIL_CAPITALISED = 5;
    /** All-capital unknown words up to this length are taken for abbreviations (НПФ, ТУСУР). */
    private static final int MAX_ABBREVIATION = 5;
    /** Letters before a number label (Формулы-1) worth analysing; Ту-154 stays unanalysed. */
    private static final int MIN_LABELLED = 3;

    private static final long INITIAL = mask(INIT, FIXD, ANIM);
    private static final long ABBREVIATION = mask(ABBR, FIXD);
    private static final long FOREIGN_SURNAME = mask(SURN, ANIM, MSF, FIXD);

    /**
     * Words whose readings are kept. News repeats its words (Zipf), and the readings depend on the
     * letters alone, so a bounded memo saves most dictionary and guesser work; past the bound new
     * words are analysed each time, which keeps the heap bounded in a long-running process.
     */
    private static final int MEMO_LIMIT = 32_768;

    private final RussianDictionary dictionary;
    private final ConcurrentHashMap<String, List<MorphReading>> memo = new ConcurrentHashMap<>();

    WordAnalyzer(RussianDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The readings of a word, in a new list the caller may reorder. */
    List<MorphReading> analyze(String text) {
        List<MorphReading> known = memo.get(text);
        if (known == null) {
            known = List.copyOf(readings(text));
            if (memo.size() < MEMO_LIMIT) {
                memo.putIfAbsent(text, known);
            }
        }
        return new ArrayList<>(known);
    }

    private List<MorphReading> readings(String text) {
        List<MorphReading> out = new ArrayList<>(6);
        int cyrillic = 0;
        int latin = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCyrillic(c)) {
                cyrillic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        if (cyrillic == 0) {
            PartOfSpeech pos = latin > 0 ? PartOfSpeech.LATN : digits > 0 ? PartOfSpeech.NUMBER : PartOfSpeech.UNKN;
            out.add(plain(pos == PartOfSpeech.NUMBER ? text : lowerText, pos, 0L, false));
            return out;
        }
        String word = text;
        if (latin > 0) {
            word = cyrillicLookalikes(text);
            if (word == null) {
                out.add(plain(lowerText, PartOfSpeech.LATN, 0L, false));
                return out;
            }
        }
        if (digits > 0) {
            int dash = text.lastIndexOf('-');
            if (dash >= MIN_LABELLED && isNumberLabel(text, dash)) {
                // Формулы-1, гелия-3, ТМА-12: the word analysed, the number kept after every form
                String label = text.substring(dash);
                for (MorphReading r : analyze(text.substring(0, dash))) {
                    WordForm f = r.form();
                    out.add(new MorphReading(new WordForm(f.lemma() + label, f.pos(), f.grammemes(), f.guessed()),
                            r.tag(), r.paradigmLemma(), r.prefix(), r.suffix() + label, r.analogy(), r.weight()));
                }
                return out;
            }
            // 5-й, 2010-м, 90-х are numbers with an ending; Ту-154 and the like are left unanalysed
            boolean number = Character.isDigit(text.charAt(0));
            out.add(plain(lowerText, number ? PartOfSpeech.NUMBER : PartOfSpeech.UNKN, 0L, !number));
            return out;
        }
        word = cleanForLookup(word);
        if (word.isEmpty()) {
            out.add(plain(lowerText, PartOfSpeech.UNKN, 0L, true));
            return out;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean capital = Character.isUpperCase(word.charAt(0));
        if (lower.length() == 1 && capital) {
            out.add(plain(lower, PartOfSpeech.NOUN, INITIAL, false));
        }
        if (fromDictionary(lower, out)) {
            if (capital && onlyRareCommonNouns(out)) {
                // Кресс, Крессом: a surname that is also a rare common word
                SuffixGuesser.shared().guess(lower, true, MAX_GUESSES, out);
            }
            return out;
        }
        if (lower.length() == 1) {
            if (!capital) {
                out.add(plain(lower, PartOfSpeech.NOUN, ABBREVIATION, true));
            }
            return out;
        }
        int hyphen = lower.lastIndexOf('-');
        if (hyphen > 0 && hyphen < lower.length() - 1) {
            compound(word, lower, hyphen, out);
            if (!out.isEmpty()) {
                return out;
            }
        }
        guess(word, lower, capital, out);
        if (out.isEmpty()) {
            out.add(plain(lower, PartOfSpeech.UNKN, 0L, true));
        }
        return out;
    }

    /** Dictionary readings of a lower-case word, ё spelled е as a fallback; true if any. */
    private boolean fromDictionary(String lower, List<MorphReading> out) {
        List<RussianDictionary.Entry> entries = dictionary.lookup(lower);
        if (entries.isEmpty() && lower.indexOf('ё') >= 0) {
            entries = dictionary.lookup(lower.replace('ё', 'е'));
        }
        for (RussianDictionary.Entry e : entries) {
            AotTag tag = e.tag();
            String lemma = e.lemma();
            if (tag.isPatronymic()) {
                lemma = patronymicLemma(lemma, tag);
            }
            WordForm f = new WordForm(lemma, tag.pos, tag.grammemes, false);
            out.add(new MorphReading(f, tag, e.lemma(), "", "", false, dictionary.lemmaFrequency(lemma)));
        }
        return !entries.isEmpty();
    }

    /** The dictionary files a patronymic under the father's name; the lemma shown is the patronymic. */
    private String patronymicLemma(String fatherName, AotTag tag) {
        String nominative = tag.retarget(mask(NOMN, SING));
        if (nominative != null) {
            List<String> forms = dictionary.synthesize(fatherName, nominative);
            if (!forms.isEmpty()) {
                return forms.get(0);
            }
        }
        return fatherName;
    }

    private boolean onlyRareCommonNouns(List<MorphReading> readings) {
        for (MorphReading r : readings) {
            if (r.form().pos() != PartOfSpeech.NOUN || r.proper() || r.weight() > 0 || r.form().has(INIT)) {
                return false;
            }
        }
        return true;
    }

    /** научно-образовательный, ИНО-ТОМСК: the last part analysed, the rest kept as a prefix. */
    private void compound(String word, String lower, int hyphen, List<MorphReading> out) {
        String head = lower.substring(0, hyphen + 1);
        String lastText = word.substring(hyphen + 1);
        String last = lower.substring(hyphen + 1);
        List<MorphReading> inner = new ArrayList<>();
        if (!fromDictionary(last, inner)) {
            guess(lastText, last, Character.isUpperCase(lastText.charAt(0)), inner);
        }
        for (MorphReading r : inner) {
            if (r.tag() == null) {
                continue;
            }
            WordForm f = r.form();
            out.add(new MorphReading(new WordForm(head + f.lemma(), f.pos(), f.grammemes(), true),
                    r.tag(), r.paradigmLemma(), head + r.prefix(), r.suffix(), r.analogy(), r.weight()));
        }
    }

    private void guess(String word, String lower, boolean capital, List<MorphReading> out) {
        boolean allCaps = capital && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        if (allCaps && word.length() <= MAX_ABBREVIATION) {
            out.add(plain(lower, PartOfSpeech.NOUN, ABBREVIATION, true));
            return;
        }
        if (capital) {
            if (foreignIndeclinable(lower)) {
                out.add(plain(lower, PartOfSpeech.NOUN, FOREIGN_SURNAME, true, 1.0));
            }
            SuffixGuesser.shared().guess(lower, true, MAX_GUESSES, out);
        }
        knownTail(lower, capital ? MIN_KNOWN_TAIL_CAPITALISED : MIN_KNOWN_TAIL, out);
        SuffixGuesser.shared().guess(lower, false, MAX_GUESSES, out);
    }

    /**
     * Саркози, Бхутто, Ху: Russian names almost never end in -и, -о, -э, -ю after a consonant in
     * the nominative, nor are two or three letters long and end in -у, so a capitalised unknown
     * word ending so is most often a foreign name, which Russian does not decline. The plural
     * instrumental -ами, -ями is excluded.
     */
    private static boolean foreignIndeclinable(String lower) {
        int n = lower.length();
        if (n < 2) {
            return false;
        }
        char last = lower.charAt(n - 1);
        char before = lower.charAt(n - 2);
        if ("аеёиоуыэюяйь".indexOf(before) >= 0 || lower.endsWith("ами") || lower.endsWith("ями")) {
            return false;
        }
        return "иоэю".indexOf(last) >= 0 || (last == 'у' && n <= 3);
    }

    /** True when {@code text} is letters, a dash at {@code dash}, then digits only. */
    private static boolean isNumberLabel(String text, int dash) {
        if (dash >= text.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > dash ? !Character.isDigit(c) : i < dash && Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * блогосфера = блого + сфера: the longest dictionary word the unknown word ends with. Such a
     * reading weighs above any ending statistics (more than 1).
     */
    private void knownTail(String lower, int minTail, List<MorphReading> out) {
        for (int i = 2; i <= lower.length() - minTail; i++) {
            String tail = lower.substring(i);
            List<MorphReading> found = new ArrayList<>();
            if (!fromDictionary(tail, found)) {
                continue;
            }
            String head = lower.substring(0, i);
            int before = out.size();
            for (MorphReading r : found) {
                AotTag tag = r.tag();
                if (r.proper() || !openClass(tag)) {
                    continue;
                }
                WordForm f = r.form();
                out.add(new MorphReading(new WordForm(head + f.lemma(), f.pos(), f.grammemes(), true),
                        tag, r.paradigmLemma(), head, "", false, 1.0 + 1.0 / found.size()));
            }
            if (out.size() > before) {
                return;
            }
        }
    }

    private static boolean openClass(AotTag tag) {
        if ((tag.grammemes & mask(ABBR, APRO, ANUM, PRNT)) != 0) {
            return false;
        }
        return switch (tag.pos) {
            case NOUN, ADJF, ADJS, COMP, VERB, INFN, GRND, PRTF, PRTS -> true;
            default -> false;
        };
    }

    /** The lower-case letters the analysis looks up for a word (look-alikes, stress marks, dot out). */
    static String lookupForm(String text) {
        String w = text;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                w = cyrillicLookalikes(text);
                if (w == null) {
                    return text.toLowerCase(Locale.ROOT);
                }
                break;
            }
        }
        return cleanForLookup(w).toLowerCase(Locale.ROOT);
    }

    static MorphReading plain(String lemma, PartOfSpeech pos, long grammemes, boolean guessed) {
        return plain(lemma, pos, grammemes, guessed, 0);
    }

    static MorphReading plain(String lemma, PartOfSpeech pos, long grammemes, boolean guessed, double weight) {
        return new MorphReading(new WordForm(lemma, pos, grammemes, guessed), null, lemma, "", "", false, weight);
    }

    static boolean isCyrillic(char c) {
        return (c >= 'А' && c <= 'я') || c == 'ё' || c == 'Ё';
    }

    /** Stress marks and soft hyphens out, a trailing abbreviation dot out. */
    private static String cleanForLookup(String word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u0301' || c == '\u00ad') {
                if (sb == null) {
                    sb = new StringBuilder(word.substring(0, i));
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        String w = sb == null ? word : sb.toString();
        while (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static final String LATIN_LOOKALIKES = "aceopxyABCEHKMOPTX";
    private static final String CYRILLIC_LOOKALIKES = "асеорхуАВСЕНКМОРТХ";

    /** A Cyrillic word typed with some Latin look-alike letters (Cтепанов), repaired; else null. */
    static String cyrillicLookalikes(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                int k = LATIN_LOOKALIKES.indexOf(c);
                if (k < 0) {
                    return null;
                }
                c = CYRILLIC_LOOKALIKES.charAt(k);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
