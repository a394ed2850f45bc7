package org.faktograf.norm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.model.Analysis;
import org.faktograf.model.Token;
import org.faktograf.model.TokenMorphology;

/**
 * Legal and organisational forms written before an organisation's name: abbreviations (ОАО, ЗАО,
 * ООО, ПАО, АО, ФГУП, ...), their spelled-out forms (открытое акционерное общество → ОАО) and the
 * words that name a kind of company (концерн, холдинг, госкорпорация, ...). A form counts only
 * before a name: a quotation mark or a capitalised word must follow it.
 */
public final class LegalForms {
    private LegalForms() {
    }

    /**
     * Abbreviated forms, as written (matched without regard to case). Not ГУ, НП, ОО: as often the
     * start of a name (ГУ МЧС России, главное управление) as a form.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "оао", "зао", "ооо", "пао", "ао", "нао", "одо", "тоо", "ип", "чп",
            "фгуп", "гуп", "муп", "фгу", "фгбу", "фгбоу", "фгаоу", "гбу", "гку", "мбу", "мку",
            "ано", "нко", "гк", "нпо", "нпп",
            "ltd", "inc", "llc", "plc", "gmbh", "ag", "sa", "corp", "co");

    /** Words for a kind of company, by lemma. */
    private static final Set<String> KIND_WORDS = Set.of(
            "концерн", "холдинг", "агрохолдинг", "медиахолдинг", "госкорпорация", "госкомпания",
            "корпорация", "госхолдинг");

    /** Spelled-out forms by the lemmas of their words, and the abbreviation they stand for. */
    private static final Map<List<String>, String> SPELLED = Map.of(
            List.of("открытый", "акционерный", "общество"), "ОАО",
            List.of("закрытый", "акционерный", "общество"), "ЗАО",
            List.of("публичный", "акционерный", "общество"), "ПАО",
            List.of("непубличный", "акционерный", "общество"), "НАО",
            List.of("акционерный", "общество"), "АО",
            List.of("общество", "с", "ограниченный", "ответственность"), "ООО",
            List.of("федеральный", "государственный", "унитарный", "предприятие"), "ФГУП",
            List.of("государственный", "унитарный", "предприятие"), "ГУП",
            List.of("муниципальный", "унитарный", "предприятие"), "МУП",
            List.of("группа", "компания"), "группа компаний");

    /** A form found at some tokens: its canonical spelling and the tokens {@code [from, to)} it takes. */
    public record Found(String form, int from, int to) {}

    /** The form starting at token {@code i} and ending before {@code limit}, or {@code null}. */
    public static Found at(Analysis a, int i, int limit) {
        List<Token> tokens = a.tokens();
        if (i >= limit || !tokens.get(i).isWord()) {
            return null;
        }
        String word = tokens.get(i).text();
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) && isUpperAbbreviation(word)) {
            return new Found(word.toUpperCase(Locale.ROOT), i, i + 1);
        }
        List<TokenMorphology> morph = a.morphology();
        if (morph.isEmpty()) {
            return null;
        }
        String lemma = morph.get(i).best().lemma();
        if (KIND_WORDS.contains(lemma)) {
            return new Found(lemma, i, i + 1);
        }
        for (Map.Entry<List<String>, String> e : SPELLED.entrySet()) {
            List<String> lemmas = e.getKey();
            if (i + lemmas.size() > limit) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < lemmas.size() && all; k++) {
                all = tokens.get(i + k).isWord() && hasLemma(morph.get(i + k), lemmas.get(k));
            }
            if (all) {
                return new Found(e.getValue(), i, i + lemmas.size());
            }
        }
        return null;
    }

    /** Whether a name follows token {@code i}: a quotation mark or a capitalised word. */
    public static boolean nameFollows(Analysis a, int i, int limit) {
        if (i >= limit) {
            return false;
        }
        Token t = a.tokens().get(i);
        if (t.kind() == org.faktograf.model.TokenKind.PUNCT) {
            return t.text().length() == 1 && Quotes.isQuote(t.text().charAt(0));
        }
        return t.isWord() && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * A form written just before a name that starts at token {@code start}, skipping an opening
     * quotation mark: ОАО «Роснано», концерна «Российская электроника»; {@code null} if none.
     */
    public static String before(Analysis a, int start) {
        int i = start - 1;
        List<Token> tokens = a.tokens();
        if (i >= 0 && isQuoteToken(tokens.get(i))) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        // forms of up to four words end at token i
        for (int len = 1; len <= 4 && i - len + 1 >= 0; len++) {
            Found f = at(a, i - len + 1, i + 1);
            if (f != null && f.to() == i + 1) {
                return f.form();
            }
        }
        return null;
    }

    private static boolean isQuoteToken(Token t) {
        return t.text().length() == 1 && Quotes.isQuote(t.text().charAt(0));
    }

    private static boolean hasLemma(TokenMorphology m, String lemma) {
        for (var f : m.readings()) {
            if (f.lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpperAbbreviation(String w) {
        boolean latinForm = w.chars().anyMatch(c -> c < 128);
        if (latinForm) {
            return true; // Ltd, Inc, GmbH are written in mixed case
        }
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
