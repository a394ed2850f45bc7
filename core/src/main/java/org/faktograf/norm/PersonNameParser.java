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

    /** Russian surname endings in any case, for telling Иванов Иван from Карлос Симон. */
    private static final java.util.regex.Pattern RUSSIAN_SURNAME = java.util.regex.Pattern.compile(
            "(?iu).*(ов|ев|ёв|ин|ын|ск|цк)(ий|ая|ой|а|у|ым|ом|е|ы|ой|ого|ому|им|ую)?");

    /**
     * Chinese, Korean and Vietnamese surnames, written before the given name. Not Ван, Ян, Хуан:
     * as often a Dutch particle (Ван Гог) or a European given name (Ян Гус, Хуан Карлос).
     */
    private static final Set<String> EAST_ASIAN_SURNAMES = Set.of(
            "ху", "ли", "чжан", "чэнь", "чен", "ши", "мао", "дэн", "си", "вэнь", "лю", "чжао",
            "чжоу", "сунь", "го", "хэ", "линь", "цзян", "ким", "пак", "чхве", "мун", "хван", "нгуен", "чон");

    /** A given name the dictionary lacks that ends so is a foreign one, written the same in every case. */
    private static final java.util.regex.Pattern FOREIGN_ENDING = java.util.regex.Pattern.compile("(?iu).*[еиуоюэ]");

    /**
     * A surname the dictionary lacks ending so is a foreign one, written the same in every case;
     * not -е and -а, the endings of declined surnames (Обаме, Кресса).
     */
    private static final java.util.regex.Pattern FOREIGN_SURNAME_ENDING = java.util.regex.Pattern.compile("(?iu).*[иуоюэ]");
    /** -у and -ю are also a declined surname's dative (Григорию Фингеру): there the first name's case decides. */
    private static final java.util.regex.Pattern DATIVE_ENDING = java.util.regex.Pattern.compile("(?iu).*[ую]");

    /** The see of a bishop, an adjective of a place: Клинский, Смоленского, Волоколамским. */
    private static final java.util.regex.Pattern SEE = java.util.regex.Pattern.compile(
            "(?u)\\p{Lu}\\p{L}*(ск|цк)(ий|ого|ому|им|ом)");

    /** Arabic "son of", lower case: what follows is the father's name, a patronymic (Усама бин Ладен, ибн Сина). */
    private static final Set<String> NASAB = Set.of("ибн", "бин");

    /** Titles of bishops, who are named by a given name and their see (митрополит Кирилл Смоленский). */
    private static final Set<String> HIERARCHS = Set.of("епископ", "архиепископ", "митрополит", "патриарх", "архиерей");

    private final Inflector inflector;

    public PersonNameParser(Inflector inflector) {
        this.inflector = inflector;
    }

    /** Whether the word before the mention is a bishop's title (архиепископ, митрополита). */
    private static boolean hierarchBefore(Analysis a, int from) {
        if (from == 0 || a.morphology().isEmpty() || !a.tokens().get(from - 1).isWord()) {
            return false;
        }
        for (WordForm f : a.morphology().get(from - 1).readings()) {
            if (HIERARCHS.contains(f.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary knows the word as an adjective (клинский; not Ряховский, a surname only). */
    private static boolean placeAdjective(Analysis a, Word w) {
        if (a.morphology().isEmpty()) {
            return false;
        }
        for (WordForm f : a.morphology().get(w.token).readings()) {
            if (f.pos() == PartOfSpeech.ADJF && !f.guessed()) {
                return true;
            }
        }
        return false;
    }

    /** A see in the nominative: its adjective reading in the masculine nominative (Клинского → Клинский). */
    private String see(Analysis a, Word w) {
        for (WordForm f : a.morphology().get(w.token).readings()) {
            if (f.pos() == PartOfSpeech.ADJF && !f.has(PLUR) && f.has(MASC)) {
                return inflector.toNominative(w.text, f);
            }
        }
        return nominativeOf(w.text, a.morphology().get(w.token), SURNAME, MASC.bit(), 0);
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
        if (full.size() >= 2 && initials.isEmpty() && NASAB.contains(full.get(0).text)) {
            // ибн Эзра: "son of", the name a man is known by after his father's
            return new PersonName(null, full.get(0).text + " " + surname(a, full.subList(1, full.size()), null, from, to), null, null);
        }
        if (full.size() == 2 && initials.isEmpty() && full.get(0).first && SEE.matcher(full.get(1).text).matches()
                && placeAdjective(a, full.get(1)) && hierarchBefore(a, from)) {
            // архиепископ Лонгин Клинский: a bishop is named by his see, not by a surname
            return new PersonName(nominative(a, full.get(0), FIRST), null, null, see(a, full.get(1)));
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
            } else if (n == 2 && full.get(1).first && !full.get(1).surname && full.get(0).surname && !full.get(0).first
                    && RUSSIAN_SURNAME.matcher(full.get(0).text).matches()) {
                // Иванов Иван
                last.add(full.get(0));
                first = full.get(1);
            } else if (n >= 2 && eastAsianSurname(full.get(0).text)) {
                // Ху Цзиньтао, Ким Чен Ир: the surname comes first
                last.add(full.get(0));
                long caseBit = a.morphology().isEmpty() ? 0 : caseOfSurname(a.morphology().get(full.get(0).token));
                StringBuilder given = new StringBuilder();
                for (Word w : full.subList(1, n)) {
                    given.append(given.length() == 0 ? "" : " ").append(givenInCase(a, w, caseBit));
                }
                return new PersonName(given.toString(), null, surname(a, last, null, from, to), null);
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
                    return new PersonName(f, null, surname(a, last, first, from, to), null);
                }
            }
        }
        String f = first != null ? firstName(a, first, last) : firstInitial;
        String p = patronymic != null ? nominative(a, patronymic, PATRONYMIC) : patronymicInitial;
        String l = last.isEmpty() ? null : surname(a, last, first, from, to);
        if (p == null && l != null && first != null && NASAB.contains(last.get(0).text)) {
            // Усама бин Ладен: бин, ибн (son of) and the father's name are an Arabic patronymic
            return new PersonName(f, l, null, null);
        }
        return new PersonName(f, p, l, null);
    }

    /** "First Patronymic Last Nickname", the parts there are (Лонгин Клинский: a name and a see). */
    public static String text(PersonName p) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {p.first(), p.patronymic(), p.last(), p.nickname()}) {
            if (part != null) {
                b.append(b.length() == 0 ? "" : " ").append(part);
            }
        }
        return b.toString();
    }

    private List<Word> words(Analysis a, int from, int to) {
        List<Word> out = new ArrayList<>();
        List<Token> tokens = a.tokens();
        boolean morph = !a.morphology().isEmpty();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String text = t.text();
            if (text.equals("(") && !out.isEmpty()) {
                // Екатерина Аталык (Половникова): a maiden or other name in brackets, not a surname
                // part; James (Buddy) McGirt: a nickname in brackets, the name goes on after it
                int close = i + 1;
                while (close < to && !tokens.get(close).text().equals(")")) {
                    close++;
                }
                if (close >= to) {
                    break;
                }
                i = close;
                continue;
            }
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
                    patr |= f.has(PATR) && !f.guessed(); // Бозович, Петрович: a guessed -ович is a surname
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

    private static final java.util.regex.Pattern PATRONYMIC_ENDING = java.util.regex.Pattern.compile(
            "(?iu).*(ович|евич|ич|овн|евн|ичн|инич)(а|у|ем|ом|е|ой|ою|ы|ну|на|ной|не)?");

    private static boolean patronymicEnding(String text) {
        return PATRONYMIC_ENDING.matcher(text).matches();
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

    /** The case of a surname's first singular noun reading as ranked in context; 0 if unknown. */
    private static long caseOfSurname(TokenMorphology m) {
        for (WordForm f : m.readings()) {
            if (f.pos() == PartOfSpeech.NOUN && !f.has(PLUR)) {
                long c = f.grammemes() & CASE_MASK;
                return Long.bitCount(c) == 1 ? c : 0;
            }
        }
        return 0;
    }

    /** A given name after a surname in {@code caseBit} (Кима Чен Ира → Чен Ир); in the nominative if the case is unknown. */
    private String givenInCase(Analysis a, Word w, long caseBit) {
        if (caseBit == 0 || caseBit == NOMN.bit()) {
            return nominative(a, w, FIRST);
        }
        for (WordForm f : a.morphology().get(w.token).readings()) {
            if (f.pos() == PartOfSpeech.NOUN && !f.has(PLUR) && (f.grammemes() & caseBit) != 0 && !f.has(FEMN)) {
                return inflector.toNominative(w.text, f);
            }
        }
        return w.text;
    }

    /**
     * A first name in the nominative; one the dictionary does not know as a name takes the case of
     * a surname the dictionary knows (Сулима Ямадаева: the genitive of Сулим, though the dictionary
     * reads Сулима only as a form of сулить); where none of its readings is in that case, a man's
     * name in an oblique case loses the case ending of the consonant declension (Сулима → Сулим).
     */
    private String firstName(Analysis a, Word first, List<Word> last) {
        if (!a.morphology().isEmpty() && indeclinableBeside(a, first, last)) {
            return first.text;
        }
        if (a.morphology().isEmpty() || first.first || last.size() != 1 || last.get(0).guessed) {
            return nominative(a, first, FIRST);
        }
        TokenMorphology m = a.morphology().get(first.token);
        if (FOREIGN_ENDING.matcher(first.text).matches()) {
            // a foreign name the dictionary lacks stays as written; a word it knows declines (Бесселю → Бессель)
            return first.guessed ? first.text : nominative(a, first, FIRST);
        }
        WordForm surname = null;
        for (WordForm f : a.morphology().get(last.get(0).token).readings()) {
            if (f.has(SURN) && !f.guessed() && !f.has(PLUR)) {
                surname = f;
                break;
            }
        }
        long caseBit = 0;
        if (surname != null) {
            long c = surname.grammemes() & CASE_MASK;
            caseBit = Long.bitCount(c) == 1 ? c : 0;
        }
        if (caseBit == 0 || caseBit == NOMN.bit()) {
            return nominative(a, first, FIRST);
        }
        for (WordForm f : m.readings()) {
            if (f.pos() == PartOfSpeech.NOUN && !f.has(PLUR) && (f.grammemes() & caseBit) != 0) {
                return inflector.toNominative(first.text, f);
            }
        }
        if (surname.has(MASC)) {
            String stem = masculineStem(first.text, caseBit);
            if (stem != null) {
                return stem;
            }
        }
        return nominative(a, first, FIRST);
    }

    /** Case endings of a man's name in a consonant (Сулима, Сулиму, Сулимом, Сулиме), by case. */
    private static String masculineStem(String word, long caseBit) {
        String ending = caseBit == GENT.bit() || caseBit == ACCS.bit() ? "а"
                : caseBit == DATV.bit() ? "у" : caseBit == ABLT.bit() ? "ом" : caseBit == LOCT.bit() ? "е" : null;
        if (ending == null || word.length() < ending.length() + 3 || !word.toLowerCase(Locale.ROOT).endsWith(ending)) {
            return null;
        }
        String stem = word.substring(0, word.length() - ending.length());
        char last = Character.toLowerCase(stem.charAt(stem.length() - 1));
        return "аеёиоуыэюяьй".indexOf(last) >= 0 ? null : stem;
    }

    /** A given name or patronymic in the nominative (see {@link #nominativeOf}). */
    private String nominative(Analysis a, Word w, long mark) {
        if (a.morphology().isEmpty()) {
            return w.text;
        }
        TokenMorphology m = a.morphology().get(w.token);
        if ((m.best().guessed() || (mark == FIRST && !m.any(NAME) && !m.any(SURN) && !m.any(PATR))) && FOREIGN_ENDING.matcher(w.text).matches()) {
            // Фелипе, Саломе, Масахару: foreign given names do not decline; nor do those the
            // dictionary knows only as common words (Тору is not тора, Хорхе not хорх); a known
            // name in another case still declines (Бесселю → Бессель)
            return w.text;
        }
        return nominativeOf(w.text, m, mark, 0, 0);
    }

    /**
     * A name word in the nominative singular. A word the dictionary knows as this kind of name takes
     * its first such reading (of the wanted gender and the case of the first name beside it, when
     * known). Any other word (a foreign name, a name the dictionary knows only as a common noun)
     * stays as written beside a first name in the nominative (Барак Обама), takes the case of a
     * first name in another case (Марка Цукерберга), and otherwise stays as written when any of its
     * singular noun readings is a nominative (Обама, Кресс, Харада, Нетаньяху), else is declined
     * from its first singular noun reading (Обамой → Обама, Ньютона → Ньютон). Plural readings never
     * count: a name names one person. Left wrong: a foreign genitive that also reads as a nominative
     * (Кими Райкконена); nothing in the word tells the two apart.
     */
    private String nominativeOf(String text, TokenMorphology m, long mark, long gender, long caseBit) {
        WordForm chosen = null;
        for (WordForm f : m.readings()) {
            if ((f.grammemes() & mark) != 0 && !f.guessed() && !f.has(PLUR)) {
                if ((gender == 0 || (f.grammemes() & gender) != 0 || f.has(MSF)) && (caseBit == 0 || (f.grammemes() & caseBit) != 0)) {
                    chosen = f;
                    break;
                }
                if (chosen == null) {
                    chosen = f;
                }
            }
        }
        if (chosen != null) {
            return inflector.toNominative(text, chosen);
        }
        if (caseBit == NOMN.bit()) {
            return text; // beside a first name in the nominative: Барак Обама
        }
        if (caseBit != 0) {
            // beside a first name in another case, the surname's reading in that case: Марка Цукерберга
            for (WordForm f : m.readings()) {
                if (!f.has(PLUR) && f.pos() == PartOfSpeech.NOUN && (f.grammemes() & caseBit) != 0) {
                    return inflector.toNominative(text, f);
                }
            }
        }
        WordForm firstSingular = null;
        for (WordForm f : m.readings()) {
            if (f.has(PLUR) || f.pos() != PartOfSpeech.NOUN) {
                continue;
            }
            if (f.has(NOMN) || f.has(FIXD)) {
                return text; // a foreign name reads as a nominative more often than not: Синдзи Харада, Нетаньяху
            }
            if (firstSingular == null) {
                firstSingular = f;
            }
        }
        return firstSingular == null ? text : inflector.toNominative(text, firstSingular);
    }

    /**
     * The surname words: particles as written, each other word in the nominative, in the gender of
     * the first name when the surname has forms for both (Анна Иванова).
     */
    private String surname(Analysis a, List<Word> last, Word firstName, int from, int to) {
        long gender = firstName == null || a.morphology().isEmpty() ? 0 : genderOf(a.morphology().get(firstName.token));
        long caseBit = firstName == null || a.morphology().isEmpty() ? 0 : firstNameCase(a, firstName, from, to);
        long ownCase = firstName == null || a.morphology().isEmpty() ? 0 : caseOf(a.morphology().get(firstName.token));
        StringBuilder b = new StringBuilder();
        for (Word w : last) {
            String s;
            if (w.particle || w.initial || a.morphology().isEmpty()) {
                s = w.text;
            } else {
                TokenMorphology m = a.morphology().get(w.token);
                WordForm r = last.size() == 1 && gender == 0 ? feminineSubject(a, w, m) : null;
                if (r == null && last.size() == 1 && firstName == null) {
                    r = genitiveAfterThing(a, w, m);
                }
                if (r == null && m.best().guessed() && FOREIGN_SURNAME_ENDING.matcher(w.text).matches()
                        && (ownCase == 0 || ownCase == NOMN.bit() || !DATIVE_ENDING.matcher(w.text).matches())) {
                    // Нетаньяху, эль-Масри, Нисипяну, у Криштиану Роналду: foreign surnames in these vowels
                    // do not decline; unless the first name itself shows the case (Григорию Фингеру,
                    // Василия Небензю), not only the words around it
                    s = w.text;
                } else {
                    s = r != null ? inflector.toNominative(w.text, r) : nominativeOf(w.text, m, SURNAME, gender, caseBit);
                }
            }
            b.append(b.length() == 0 ? "" : " ").append(s);
        }
        return b.toString();
    }

    /** Ху, Кима, Хвана: a surname of the list, in any case. */
    private static boolean eastAsianSurname(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (EAST_ASIAN_SURNAMES.contains(w)) {
            return true;
        }
        for (String ending : new String[] {"а", "у", "ом", "е"}) {
            if (w.endsWith(ending) && EAST_ASIAN_SURNAMES.contains(w.substring(0, w.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The case of a first name as the dictionary reads it in context, as a grammeme bit; 0 if unknown. */
    private static long caseOf(TokenMorphology m) {
        for (WordForm f : m.readings()) {
            if (f.has(NAME) && !f.guessed() && !f.has(FIXD) && !f.has(PLUR)) {
                long c = f.grammemes() & CASE_MASK;
                return Long.bitCount(c) == 1 ? c : 0;
            }
        }
        return 0;
    }

    private static final long CASE_MASK = mask(NOMN, GENT, DATV, ACCS, ABLT, LOCT);

    /**
     * The case of a first name: as the dictionary reads it in context ({@link #caseOf}); for a word
     * the dictionary does not know as a name, the one case all its singular name and surname readings
     * share (Аксары: only the genitive of Аксара; Франк: only a nominative); for an indeclinable given
     * name (Кими), the case its context shows (see {@link #contextCase}); 0 if unknown.
     */
    private static long firstNameCase(Analysis a, Word first, int from, int to) {
        TokenMorphology m = a.morphology().get(first.token);
        long c = caseOf(m);
        if (c != 0 || first.initial) {
            return c;
        }
        boolean knownName = false;
        long cases = 0;
        for (WordForm f : m.readings()) {
            knownName |= f.has(NAME) && !f.guessed() && !f.has(FIXD);
            if (f.pos() == PartOfSpeech.NOUN && !f.has(PLUR) && (f.has(NAME) || f.has(SURN)) && !f.has(FIXD)) {
                cases |= f.grammemes() & CASE_MASK;
            }
        }
        if (knownName || first.text.length() < 3) {
            return 0; // not Дж. (Дж.Джонса), not дева (Дева Пателя): no name reading tells
        }
        if (!m.best().has(FIXD) && !FOREIGN_ENDING.matcher(first.text).matches()) {
            return Long.bitCount(cases) == 1 ? cases : 0;
        }
        return contextCase(a, from, to);
    }

    /**
     * The case the words around a person mention require, for a name whose own words do not show
     * it: a preposition before it that governs one case (у Кими Райкконена), or a name joined to it
     * by и whose first name the dictionary reads in one case (Кими Райкконена и Марка Уэббера,
     * Марка Уэббера и Кими Райкконена); 0 if none.
     */
    private static long contextCase(Analysis a, int from, int to) {
        List<Token> tokens = a.tokens();
        if (from > 0) {
            String before = tokens.get(from - 1).text().toLowerCase(Locale.ROOT);
            long governed = org.faktograf.morph.Prepositions.governedCases(before) & CASE_MASK;
            if (governed != 0 && a.morphology().get(from - 1).best().pos() == PartOfSpeech.PREP) {
                return Long.bitCount(governed) == 1 ? governed : 0;
            }
        }
        if (to + 1 < tokens.size() && tokens.get(to).text().equals("и")) {
            long c = caseOfGivenName(a, to + 1);
            if (c != 0) {
                return c;
            }
        }
        if (from >= 3 && tokens.get(from - 1).text().equals("и")) {
            // the name before и: its first name one or two words back (Марка Уэббера и ...)
            for (int i = from - 2; i >= Math.max(0, from - 4); i--) {
                if (!tokens.get(i).isWord() || !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                    break;
                }
                long c = caseOfGivenName(a, i);
                if (c != 0) {
                    return c;
                }
            }
        }
        return 0;
    }

    /** The case of token {@code i} as a capitalised first name the dictionary knows; 0 otherwise. */
    private static long caseOfGivenName(Analysis a, int i) {
        Token t = a.tokens().get(i);
        if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) {
            return 0;
        }
        return caseOf(a.morphology().get(i));
    }

    /**
     * A given name the dictionary knows both as an indeclinable word and, in an oblique case, as
     * another name (Аркади: also the genitive of Аркадя), beside a surname that shows no case
     * (Аркади Патаркацишвили): it stays as written, as nothing says it is declined.
     */
    private static boolean indeclinableBeside(Analysis a, Word first, List<Word> last) {
        TokenMorphology m = a.morphology().get(first.token);
        boolean fixed = false;
        WordForm name = null;
        for (WordForm f : m.readings()) {
            fixed |= f.has(FIXD) && f.has(ANIM) && !f.guessed(); // not саше, a sachet, beside Саше
            if (name == null && f.has(NAME) && !f.guessed() && !f.has(PLUR)) {
                name = f;
            }
        }
        if (!fixed || name == null || name.has(NOMN) || name.has(FIXD) || last.isEmpty()) {
            return false;
        }
        for (Word w : last) {
            if (w.particle || w.initial) {
                continue;
            }
            long c = caseOfSurname(a.morphology().get(w.token));
            if (c != 0 && c != NOMN.bit()) {
                return false;
            }
        }
        return true;
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
     * A lone surname in -а or -я the dictionary lacks right after a noun naming a thing (закон Гука,
     * квартира Кристенсена) is that thing's owner, in the genitive, though a foreign name in -а also
     * reads as a nominative; after a word for a person (президент Обама) it would be in apposition,
     * and before a verb it is the subject (1990 года Роттоли завершил): both left alone. {@code
     * null} when that does not apply.
     */
    private static WordForm genitiveAfterThing(Analysis a, Word w, TokenMorphology m) {
        int prev = w.token - 1;
        int next = w.token + 1;
        if (next < a.tokens().size() && a.tokens().get(next).isWord() && a.morphology().get(next).best().pos() == PartOfSpeech.VERB) {
            return null; // a subject: в апреле 1990 года Роттоли завершил, 14 февраля Рынска писала
        }
        String lower = w.text.toLowerCase(Locale.ROOT);
        if (prev < 0 || !m.best().guessed() || !(lower.endsWith("а") || lower.endsWith("я")) || !a.tokens().get(prev).isWord()
                || !Character.isLowerCase(a.tokens().get(prev).text().charAt(0))) {
            return null;
        }
        TokenMorphology before = a.morphology().get(prev);
        if (before.best().pos() != PartOfSpeech.NOUN || writtenBesideNominativeName(a, w.text)) {
            return null;
        }
        for (WordForm f : before.readings()) {
            if (f.pos() == PartOfSpeech.NOUN && f.has(ANIM)) {
                return null;
            }
        }
        for (WordForm f : m.readings()) {
            if (f.pos() == PartOfSpeech.NOUN && f.has(GENT) && !f.has(PLUR) && f.has(ANIM) && f.has(MASC)
                    && (f.has(SURN) || f.has(NAME))) {
                return f;
            }
        }
        return null;
    }

    /** Whether the text also has {@code word} right after a given name in the nominative (срок Мандела beside Нельсон Мандела). */
    private static boolean writtenBesideNominativeName(Analysis a, String word) {
        List<Token> tokens = a.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word) && caseOf(a.morphology().get(i - 1)) == NOMN.bit()) {
                return true;
            }
        }
        return false;
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

}
