package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.faktograf.model.Grammeme;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.WordForm;

/**
 * Generates other forms of a word: Виктором → Виктор, Томской → Томская, Крессом → Кресс. Known
 * words take their forms from the synthesis dictionary; a guessed word changes its ending the way
 * a dictionary word of its paradigm does (Крессом: like a surname in -сс). Indeclinable words,
 * foreign names, numbers and Latin words are returned as they are. The result keeps the letter
 * case of the input (Томск, ТОМСК, МакКейн). Thread-safe; {@link #shared()} is the process-wide
 * instance.
 *
 * <p>A target is a grammeme mask: a case, a number and a gender, each optional; what it leaves out
 * is kept from the reading. A noun keeps its own gender whatever the target says, except a
 * surname, which has both (Иванов, Иванова). Words of a phrase are inflected one by one, each with
 * the reading {@link MorphAnalyzer} chose for it in context: Зверева after Андрея is the man's
 * genitive, so its nominative is Зверев; alone it could be the woman's nominative. Adjectives take
 * their number, gender and animacy from their noun ({@link #agree}).
 */
public final class Inflector {
    private final MorphAnalyzer analyzer;
    private final RussianDictionary dictionary;

    private Inflector(MorphAnalyzer analyzer, RussianDictionary dictionary) {
        this.analyzer = analyzer;
        this.dictionary = dictionary;
    }

    private static final class Holder {
        static final Inflector INSTANCE = new Inflector(MorphAnalyzer.shared(), RussianDictionary.shared());
    }

    public static Inflector shared() {
        return Holder.INSTANCE;
    }

    /**
     * The form of {@code word}, read as {@code reading} (one of the readings
     * {@link MorphAnalyzer} gives it), with the target's grammemes; empty when the lexeme has no
     * such form (a short adjective has no cases) or the reading is not one of the word's.
     */
    public Optional<String> inflect(String word, WordForm reading, long target) {
        if (unchangeable(reading)) {
            return Optional.of(word);
        }
        MorphReading found = null;
        for (MorphReading r : analyzer.candidates(word)) {
            if (r.form().equals(reading)) {
                found = r;
                break;
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        return generate(word, found, target);
    }

    /**
     * The form of {@code word} with the target's grammemes, taking the first of its ranked readings
     * (as in the middle of a sentence) that has one; the word itself when none has.
     */
    public String inflect(String word, long target) {
        for (MorphReading r : analyzer.rankedReadings(word, false)) {
            if (unchangeable(r.form())) {
                return word;
            }
            Optional<String> form = generate(word, r, target);
            if (form.isPresent()) {
                return form.get();
            }
        }
        return word;
    }

    /** The nominative of {@code word} in its reading, number and gender kept; the word if none. */
    public String toNominative(String word, WordForm reading) {
        return inflect(word, reading, NOMN.bit()).orElse(word);
    }

    /**
     * An adjective, participle or ordinal agreeing with a noun: case {@code targetCase}, and the
     * number, gender and animacy of {@code head} (the noun's reading in the form it will have):
     * (Томской, its reading, NOMN, reading of область) → Томская.
     */
    public Optional<String> agree(String adjective, WordForm reading, Grammeme targetCase, WordForm head) {
        return inflect(adjective, reading, agreementTarget(targetCase, head.grammemes()));
    }

    /** The target mask for a word agreeing with a noun whose grammemes are {@code head}. */
    public static long agreementTarget(Grammeme targetCase, long head) {
        long target = targetCase.bit();
        if ((head & PLUR.bit()) != 0) {
            target |= PLUR.bit();
        } else {
            target |= SING.bit();
            Grammeme gender = AotTag.genderOf(head);
            target |= gender != null ? gender.bit() : (head & MSF.bit()) != 0 ? MASC.bit() : 0;
        }
        return target | (head & (ANIM.bit() | INAN.bit()));
    }

    private static boolean unchangeable(WordForm f) {
        PartOfSpeech p = f.pos();
        return f.has(FIXD) || f.has(INIT) || p == PartOfSpeech.NUMBER || p == PartOfSpeech.PUNCT
                || p == PartOfSpeech.LATN || p == PartOfSpeech.UNKN;
    }

    private Optional<String> generate(String word, MorphReading r, long target) {
        if (r.tag() == null || unchangeable(r.form())) {
            return Optional.of(word);
        }
        String tag = r.tag().retarget(target);
        if (tag == null) {
            return Optional.empty();
        }
        String lower = WordAnalyzer.lookupForm(word);
        String suffix = r.suffix();
        if (!lower.endsWith(suffix)) {
            return Optional.empty();
        }
        lower = lower.substring(0, lower.length() - suffix.length());
        String form;
        if (r.analogy()) {
            form = byAnalogy(lower, r, tag, target);
        } else {
            form = pick(r.paradigmLemma(), dictionary.synthesize(r.paradigmLemma(), tag), tag, target);
            form = form == null ? null : r.prefix() + form;
        }
        return form == null ? Optional.empty() : Optional.of(matchCase(word, form + suffix));
    }

    /**
     * A guessed word's form: the model lemma's form under the word's tag, and under the target
     * tag, differ in their endings; the word's ending changes the same way.
     */
    private String byAnalogy(String lower, MorphReading r, String tag, long target) {
        String prefix = r.prefix();
        if (!lower.startsWith(prefix)) {
            return null;
        }
        String part = lower.substring(prefix.length());
        String model = r.paradigmLemma();
        String source = closestEnding(dictionary.synthesize(model, r.tag().text), part);
        String goal = pick(model, dictionary.synthesize(model, tag), tag, target);
        if (source == null || goal == null) {
            return null;
        }
        int common = MorphTableBuilder.commonPrefix(source, goal);
        String oldEnding = source.substring(common);
        if (!part.endsWith(oldEnding) || part.length() - oldEnding.length() < 1) {
            return null;
        }
        return prefix + part.substring(0, part.length() - oldEnding.length()) + goal.substring(common);
    }

    private static String closestEnding(List<String> forms, String word) {
        String best = null;
        int bestShared = -1;
        for (String f : forms) {
            int shared = 0;
            while (shared < f.length() && shared < word.length()
                    && f.charAt(f.length() - 1 - shared) == word.charAt(word.length() - 1 - shared)) {
                shared++;
            }
            if (shared > bestShared) {
                best = f;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * One form out of several: an accusative that is the genitive for animate nouns and the
     * nominative for inanimate ones (томского / томский) by the target's animacy, else the shortest,
     * -ой and -ей before the bookish -ою and -ею (Анной, not Анною).
     */
    private String pick(String lemma, List<String> forms, String tag, long target) {
        if (forms.isEmpty()) {
            return null;
        }
        if (forms.size() > 1 && (target & ACCS.bit()) != 0 && (target & (ANIM.bit() | INAN.bit())) != 0) {
            long like = (target & ANIM.bit()) != 0 ? GENT.bit() : NOMN.bit();
            String other = AotTag.of(tag).retarget(like);
            List<String> alike = other == null ? List.of() : dictionary.synthesize(lemma, other);
            for (String f : forms) {
                if (alike.contains(f)) {
                    return f;
                }
            }
        }
        String best = null;
        int bestCost = Integer.MAX_VALUE;
        for (String f : forms) {
            int cost = f.length() * 2 + (f.endsWith("ою") || f.endsWith("ею") ? 1 : 0);
            if (cost < bestCost) {
                best = f;
                bestCost = cost;
            }
        }
        return best;
    }

    /**
     * The form spelled with the input's letter case: all capitals stay all capitals; otherwise the
     * letters the form shares with the input at its start are copied (Нью-Йорк, МакКейн, Семёнов)
     * and a capital first letter is kept.
     */
    static String matchCase(String original, String form) {
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
            }
        }
        if (letters > 1 && allUpper) {
            return form.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(form);
        int n = Math.min(original.length(), form.length());
        for (int i = 0; i < n; i++) {
            char o = original.charAt(i);
            char lo = Character.toLowerCase(o);
            char f = form.charAt(i);
            if (lo == f || (lo == 'ё' && f == 'е')) {
                sb.setCharAt(i, o);
            } else {
                break;
            }
        }
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0)) && sb.length() > 0) {
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        }
        return sb.toString();
    }
}
