package org.faktograf.kb.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalised forms of names, the keys entities are compared and found by: lower case, е for ё,
 * quotes and punctuation dropped (НПФ «Микран» → нпф микран), inner hyphens and dots kept
 * between letters only.
 */
public final class NameKeys {
    private NameKeys() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(name.length());
        boolean space = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                c = Character.toLowerCase(c);
                b.append(c == 'ё' ? 'е' : c);
                space = false;
            } else if (c == '-' && !space && i + 1 < name.length() && Character.isLetterOrDigit(name.charAt(i + 1))) {
                b.append('-');
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        while (n > 0 && b.charAt(n - 1) == ' ') {
            n--;
        }
        b.setLength(n);
        return b.toString();
    }

    /** The words of a normalised name. */
    public static List<String> words(String name) {
        String key = normalize(name);
        List<String> out = new ArrayList<>();
        if (key.isEmpty()) {
            return out;
        }
        for (String w : key.split(" ")) {
            out.add(w);
        }
        return out;
    }

    /** One word normalised (for query words and lemmas). */
    public static String word(String w) {
        return w.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
