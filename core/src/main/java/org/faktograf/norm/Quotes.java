package org.faktograf.norm;

/**
 * Quotation marks in names: every kind («», "", „“, “”) becomes « and », the outer pair of a name
 * wholly in quotes is dropped, and a pair left open by the text (ЗАО «НПФ «Микран», where Russian
 * print writes one closing mark for two) is closed.
 */
public final class Quotes {
    private Quotes() {
    }

    public static boolean isQuote(char c) {
        return c == '«' || c == '»' || c == '"' || c == '„' || c == '“' || c == '”' || c == '‟';
    }

    /** All quotation marks as « and », opening where one starts a word, closing elsewhere. */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '«' || c == '„') {
                b.append('«');
            } else if (c == '»') {
                b.append('»');
            } else if (c == '"' || c == '“' || c == '”' || c == '‟') {
                char prev = i == 0 ? ' ' : s.charAt(i - 1);
                boolean opens = Character.isWhitespace(prev) || prev == '(' || prev == '«' || prev == '„'
                        || (i == 0 && s.length() > 1);
                b.append(opens ? '«' : '»');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A name with normalised quotes, without the outer pair when the whole name is quoted, and
     * with pairs balanced: «НПФ «Микран» → НПФ «Микран», «Роснано» → Роснано.
     */
    public static String nameWithoutOuterQuotes(String s) {
        String q = normalize(s).strip();
        int opens = count(q, '«');
        int closes = count(q, '»');
        if (q.startsWith("«")) {
            if (opens > closes) {
                q = q.substring(1).strip();
                opens--;
            } else if (q.endsWith("»") && wholeQuoted(q)) {
                q = q.substring(1, q.length() - 1).strip();
                opens--;
                closes--;
            }
        }
        if (closes > opens && q.endsWith("»")) {
            q = q.substring(0, q.length() - 1).strip();
            closes--;
        }
        StringBuilder b = new StringBuilder(q);
        for (int k = closes; k < opens; k++) {
            b.append('»');
        }
        return b.toString();
    }

    /** Whether the first mark's pair is the last character (the name is one quoted segment). */
    private static boolean wholeQuoted(String q) {
        int depth = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '«') {
                depth++;
            } else if (c == '»') {
                depth--;
                if (depth == 0) {
                    return i == q.length() - 1;
                }
            }
        }
        return false;
    }

    /** The text without any quotation marks, spaces collapsed: for comparing names. */
    public static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isQuote(c)) {
                b.append(c);
            }
        }
        return SPACES.matcher(b).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
