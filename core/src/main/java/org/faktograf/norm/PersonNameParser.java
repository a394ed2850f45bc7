package org.faktograf.norm;

import static org.faktograf.model.Grammeme.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faktograf.model.Analysis;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.PersonName;
import org.faktograf.model.Token;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;
import org.faktograf.morph.Inflector;

/**
 * Splits a person mention into first name, patronymic, surname and nickname, each in the
 * nominative. The roles come from the dictionary's name marks and the order of the words: first
 * name before surname (Виктор Кресс), surname first when a patronymic closes the name (Путин
 * Владимир Владимирович), initials before or after the surname (В. В. Путин, Путин В. В.), a lone
 * word is a first name only when the dictionary knows it as one and not as a surname first.
 * Words the dictionary does not know are declined only when the morphology guessed a reading for
 * them (Обамой → Обама); a capitalised common noun inside a name (Пен in Ле Пен) stays as written.
 * Thread-safe.
 */
public final class PersonNameParser {
    /** Lower-case particles that belong to a surname: Ле Пен, фон Браун, ван Гог. */
    private static final Set<String> PARTICLES = Set.of(
            "ле", "ла", "де", "ди", "да", "дос", "дю", "дель", "делла", "фон", "ван", "дер", "де ла",
            "аль", "эль", "ибн", "бен", "бин", "van", "von", "de", "der", "la", "le", "di", "da", "al", "el");

    private final Inflector inflector;

    public PersonNameParser(Inflector inflector) {
        this.inflector = inflector;
    }

    /** One word of a name with what the dictionary says it can be. */
    private record Word(int token, String text, boolean initial, boolean particle, boolean first, boolean patronymic,
                        boolean surname, boolean guessed, boolean lowerLatin) {}

    /** The parts of the person named by tokens {@code [from, to)}; {@code null} when no word is there. */
    public PersonName parse(Analysis a, int from, int to) {
        List<Word> words = words(a, from, to);
        if (words.isEmpty()) {
            return null;
        }
        List<Word> initials = new ArrayList<>();
        List<Word> full = new ArrayList<>();
        for (Word w : words) {
            (w.initial ? initials : full).add(w);
        }
        if (full.size() == 1 && full.get(0).lowerLatin && initials.isEmpty()) {
            return new PersonName(null, null, null, full.get(0).text);
        }
        Word first = null;
        Word patronymic = null;
        List<Word> last = new ArrayList<>();
        String firstInitial = null;
        String patronymicInitial = null;
        if (!initials.isEmpty()) {
            firstInitial = initials.get(0).text;
            patronymicInitial = initials.size() > 1 ? initials.get(1).text : null;
            if (full.size() >= 2 && full.get(0).first && !full.get(0).surname) {
                first = full.get(0);
                last.addAll(full.subList(1, full.size()));
                firstInitial = null;
                patronymicInitial = initials.get(0).text;
            } else {
                last.addAll(full);
            }
        } else if (full.size() == 1) {
            Word w = full.get(0);
            if (w.patronymic && patronymicEnding(w.text) && !w.first) {
                patronymic = w;
            } else if (w.first && !surnameFirst(a, w)) {
                first = w;
            } else {
                last.add(w);
            }
        } else {
            int n = full.size();
            Word lastWord = full.get(n - 1);
            if (n >= 3 && isPatronymic(lastWord) && !isPatronymic(full.get(1))) {
                // Путин Владимир Владимирович
                last.add(full.get(0));
                first = full.get(1);
                patronymic = lastWord;
            } else if (n == 2 && isPatronymic(lastWord)) {
                first = full.get(0);
                patronymic = lastWord;
            } else if (n == 2 && full.get(1).first && !full.get(1).surname && full.get(0).surname && !full.get(0).first) {
                // Иванов Иван
                last.add(full.get(0));
                first = full.get(1);
            } else {
                first = full.get(0);
                int k = 1;
                if (n >= 3 && isPatronymic(full.get(1))) {
                    patronymic = full.get(1);
                    k = 2;
                }
                List<Word> rest = full.subList(k, n);
                // a second given name (Реджеп Тайип Эрдоган) stays with the first
                StringBuilder extraFirst = new StringBuilder();
                int s = 0;
                while (rest.size() - s > 1 && !rest.get(s).particle && patronymic == null
                        && (rest.get(s).first || !rest.get(s).surname) && !rest.get(s + 1).particle) {
                    extraFirst.append(' ').append(nominative(a, rest.get(s), FIRST));
                    s++;
                }
                last.addAll(rest.subList(s, rest.size()));
                if (extraFirst.length() > 0) {
                    String f = nominative(a, first, FIRST) + extraFirst;
                    return new PersonName(f, null, surname(a, last, first), null);
                }
            }
        }
        String f = first != null ? nominative(a, first, FIRST) : firstInitial;
        String p = patronymic != null ? nominative(a, patronymic, PATRONYMIC) : patronymicInitial;
        String l = last.isEmpty() ? null : surname(a, last, first);
        return new PersonName(f, p, l, null);
    }

    /** "First Patronymic Last", the parts there are; the nickname when there is nothing else. */
    public static String text(PersonName p) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {p.first(), p.patronymic(), p.last()}) {
            if (part != null) {
                b.append(b.length() == 0 ? "" : " ").append(part);
            }
        }
        return b.length() == 0 ? p.nickname() : b.toString();
    }

    private List<Word> words(Analysis a, int from, int to) {
        List<Word> out = new ArrayList<>();
        List<Token> tokens = a.tokens();
        boolean morph = !a.morphology().isEmpty();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String text = t.text();
            if (!t.isWord()) {
                continue;
            }
            boolean initial = isInitial(text) || (text.length() == 1 && Character.isUpperCase(text.charAt(0))
                    && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("."));
            if (initial) {
                out.add(new Word(i, text.endsWith(".") ? text : text + ".", true, false, false, false, false, false, false));
                continue;
            }
            // capitalised too (Ле Пен), but never as the name's first word
            boolean particle = PARTICLES.contains(text.toLowerCase(Locale.ROOT)) && !out.isEmpty();
            boolean first = false;
            boolean patr = false;
            boolean surn = false;
            boolean guessed = true;
            if (morph) {
                TokenMorphology m = a.morphology().get(i);
                guessed = m.best().guessed();
                for (WordForm f : m.readings()) {
                    first |= f.has(NAME) && !f.guessed();
                    patr |= f.has(PATR);
                    surn |= f.has(SURN) && !f.guessed();
                }
                // a guessed surname counts when nothing in the dictionary says otherwise
                surn |= guessed && m.best().has(SURN);
            }
            boolean lowerLatin = text.chars().allMatch(c -> c < 128) && !Character.isUpperCase(text.charAt(0));
            out.add(new Word(i, text, false, particle, first, patr, surn, guessed, lowerLatin));
        }
        return out;
    }

    private static boolean isInitial(String text) {
        return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
    }

    private static boolean isPatronymic(Word w) {
        return w.patronymic && patronymicEnding(w.text);
    }

    private static boolean patronymicEnding(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        return l.matches(".*(ович|евич|ич|овн|евн|ичн|инич)(а|у|ем|ом|е|ой|ою|ы|ну|на|ной|не)?");
    }

    /** A lone word that is both a name and a surname: which reading the morphology put first. */
    private static boolean surnameFirst(Analysis a, Word w) {
        if (!w.surname || a.morphology().isEmpty()) {
            return false;
        }
        for (WordForm f : a.morphology().get(w.token).readings()) {
            if (f.has(NAME)) {
                return false;
            }
            if (f.has(SURN)) {
                return true;
            }
        }
        return false;
    }

    private static final long FIRST = NAME.bit();
    private static final long PATRONYMIC = PATR.bit();
    private static final long SURNAME = SURN.bit();

    /** A word in the nominative read with its first reading carrying {@code mark}. */
    private String nominative(Analysis a, Word w, long mark) {
        if (a.morphology().isEmpty()) {
            return w.text;
        }
        WordForm r = properReading(a.morphology().get(w.token), mark, 0);
        return r == null ? w.text : inflector.toNominative(w.text, r);
    }

    /**
     * The surname words: particles as written, each other word in the nominative, in the gender of
     * the first name when the surname has forms for both (Анна Иванова).
     */
    private String surname(Analysis a, List<Word> last, Word firstName) {
        long gender = firstName == null || a.morphology().isEmpty() ? 0 : genderOf(a.morphology().get(firstName.token));
        StringBuilder b = new StringBuilder();
        for (Word w : last) {
            String s;
            if (w.particle || w.initial || a.morphology().isEmpty()) {
                s = w.text;
            } else {
                TokenMorphology m = a.morphology().get(w.token);
                WordForm r = last.size() == 1 && gender == 0 ? feminineSubject(a, w, m) : null;
                if (r == null) {
                    r = properReading(m, SURNAME, gender);
                }
                s = r == null ? w.text : inflector.toNominative(w.text, r);
            }
            b.append(b.length() == 0 ? "" : " ").append(s);
        }
        return b.toString();
    }

    /** The gender of a first name's first name reading, as a grammeme bit; 0 if none. */
    private static long genderOf(TokenMorphology m) {
        for (WordForm f : m.readings()) {
            if (f.has(NAME)) {
                return f.grammemes() & (MASC.bit() | FEMN.bit());
            }
        }
        return 0;
    }

    /**
     * A lone surname before a past-tense verb in the feminine (Иванова сказала) is a woman's in the
     * nominative, though a man's genitive reads the same; {@code null} when that does not apply.
     */
    private static WordForm feminineSubject(Analysis a, Word w, TokenMorphology m) {
        int next = w.token + 1;
        if (next >= a.tokens().size() || !a.tokens().get(next).isWord()) {
            return null;
        }
        WordForm verb = a.morphology().get(next).best();
        if (verb.pos() != PartOfSpeech.VERB || !verb.has(PAST) || !verb.has(FEMN)) {
            return null;
        }
        for (WordForm f : m.readings()) {
            if (f.has(SURN) && f.has(NOMN) && f.has(FEMN)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The first reading with the mark (of the wanted gender when one is given); for a word the
     * dictionary lacks, its best guess; {@code null} for a common word, which stays as written.
     */
    private static WordForm properReading(TokenMorphology m, long mark, long gender) {
        WordForm any = null;
        for (WordForm f : m.readings()) {
            if ((f.grammemes() & mark) != 0) {
                if (gender == 0 || (f.grammemes() & gender) != 0) {
                    return f;
                }
                if (any == null) {
                    any = f;
                }
            }
        }
        if (any != null) {
            return any;
        }
        for (WordForm f : m.readings()) {
            if ((f.grammemes() & (NAME.bit() | SURN.bit() | PATR.bit())) != 0) {
                return f;
            }
        }
        WordForm best = m.best();
        if (best.guessed() && best.pos() == PartOfSpeech.NOUN) {
            return best;
        }
        return null;
    }
}
