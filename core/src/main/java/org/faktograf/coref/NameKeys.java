package org.faktograf.coref;

import java.util.Locale;
import org.faktograf.norm.Quotes;

/** Comparison keys of names: lower case, ё as е, no quotation marks, one kind of dash, single spaces. */
final class NameKeys {
    private NameKeys() {
    }

    static String key(String name) {
        if (name == null) {
            return null;
        }
        String s = Quotes.strip(name).toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = SPACED_DASH.matcher(DASHES.matcher(s).replaceAll("-")).replaceAll("-");
        return s.isEmpty() ? null : s;
    }

    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[‐‑‒–—―−]");
    private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("\\s*-\\s*");

    /** A surname with a feminine ending made masculine, so Иванова meets Иванов: иванов. */
    static String surnameKey(String last) {
        String k = key(last);
        if (k == null) {
            return null;
        }
        for (String[] p : FEMININE) {
            if (k.endsWith(p[0]) && k.length() > p[0].length() + 1) {
                return k.substring(0, k.length() - p[0].length()) + p[1];
            }
        }
        return k;
    }

    /**
     * A surname's key without its last vowel, so that forms the normaliser could not put in the
     * nominative still meet: Нетаньяху and Нетаньяха, Крессу and Кресс, Иванова and Иванов.
     */
    static String surnameStem(String last) {
        String k = surnameKey(last);
        if (k == null || k.length() < 4) {
            return k;
        }
        char c = k.charAt(k.length() - 1);
        return "аяуюеиыоьй".indexOf(c) >= 0 ? k.substring(0, k.length() - 1) : k;
    }

    private static final String[][] FEMININE = {
            {"ская", "ский"}, {"цкая", "цкий"}, {"ова", "ов"}, {"ева", "ев"}, {"ёва", "ёв"}, {"ина", "ин"}, {"ына", "ын"}};

    /** Whether a name is an abbreviation written in capitals: ЕС, ОЭЗ, США, МВД. */
    static boolean isAbbreviation(String name) {
        String s = Quotes.strip(name);
        if (s.length() < 2 || s.length() > 8 || s.indexOf(' ') >= 0) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                upper++;
            } else if (c != '-' && !Character.isDigit(c)) {
                return false;
            }
        }
        return upper >= 2;
    }

    /** The first letters of a name's words (and of the parts of hyphenated words), upper case. */
    static String initials(String name, boolean skipFunctionWords) {
        StringBuilder b = new StringBuilder();
        for (String w : Quotes.strip(name).split("[\\s\\-]+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (skipFunctionWords && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            b.append(Character.toUpperCase(w.charAt(0)));
        }
        return b.toString().replace('Ё', 'Е');
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "и", "в", "во", "на", "по", "с", "со", "для", "при", "о", "об", "of", "and", "the", "for", "de");
}
