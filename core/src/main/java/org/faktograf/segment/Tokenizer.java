package org.faktograf.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;

/**
 * Splits a text into tokens with one pass over its characters. The conventions follow the
 * factRuEval-2016 token layer: punctuation, quotes, % and the full stop after an abbreviation are
 * tokens of their own; hyphenated words (премьер-министр, 22-летний, ТМА-12) and numbers with
 * separators (1.120.000,99; 3,5; 19:28) are one token, but a range of numbers (2011-2012) is three;
 * domain names (Lenta.ru) are one token. One departure: an initial keeps its full stop (В. Путин
 * gives "В." and "Путин"), so that later stages see it cannot be the preposition в.
 *
 * <p>Stateless; every call works on its own {@link Scan}.
 */
final class Tokenizer {

    /** Top-level domains that make "word.tld" a domain name and ".tld" a token of its own. */
    private static final Set<String> DOMAINS = Set.of(
            "ru", "рф", "su", "com", "org", "net", "info", "biz", "edu", "gov", "int", "mil", "eu",
            "ua", "by", "kz", "uz", "am", "ge", "az", "md", "lv", "lt", "ee", "de", "uk", "fr", "it",
            "es", "pl", "cz", "fi", "se", "no", "nl", "be", "ch", "at", "us", "ca", "jp", "cn", "kr",
            "in", "il", "tr", "tv", "fm", "me", "io", "co", "cc", "ws", "pro", "tel", "name", "mobi",
            "travel", "museum", "aero", "asia", "xxx", "online", "site", "club", "news", "moscow",
            "москва", "дети", "онлайн", "сайт", "укр", "бел", "қаз", "срб");

    List<Token> tokenize(String text) {
        return new Scan(text).run();
    }

    /** One pass over one text. */
    private static final class Scan {
        private final String text;
        private final int n;
        private final List<Token> out;
        private TokenKind kind;

        Scan(String text) {
            this.text = text;
            this.n = text.length();
            this.out = new ArrayList<>(n / 5 + 4);
        }

        List<Token> run() {
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    i++;
                    continue;
                }
                int end = scanToken(i);
                out.add(new Token(i, end, text.substring(i, end), kind));
                i = end;
            }
            return out;
        }

        /** Returns the end of the token starting at {@code i} (not a space) and sets {@link #kind}. */
        private int scanToken(int i) {
            char c = text.charAt(i);
            int end;
            if ((c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W')
                    && (end = scanUrlWithPrefix(i)) > 0) {
                kind = TokenKind.URL;
                return end;
            }
            if (isWordChar(c) || Character.isHighSurrogate(c) && isWordCodePoint(text.codePointAt(i))) {
                if ((end = scanEmail(i)) > 0) {
                    kind = TokenKind.EMAIL;
                    return end;
                }
                if ((end = scanDomain(i)) > 0) {
                    kind = TokenKind.URL;
                    return end;
                }
                return scanWord(i);
            }
            return scanPunctuation(i);
        }

        // ---- words and numbers ----

        private int scanWord(int start) {
            int j = start;
            boolean letters = false;
            boolean separators = false; // a number already holds '.', ',' or ':'
            boolean comma = false;
            while (true) {
                int segStart = j;
                boolean segDigits = true;
                while (j < n) {
                    char c = text.charAt(j);
                    int cp = c;
                    int w = 1;
                    if (Character.isHighSurrogate(c) && j + 1 < n) {
                        cp = text.codePointAt(j);
                        w = Character.charCount(cp);
                    }
                    if (isDigit(cp)) {
                        j += w;
                        continue;
                    }
                    if (isLetter(cp)) {
                        // 2012гг, 10км: Russian unit letters after digits are a token of their own;
                        // Latin and capital letters stay (4G, 3Com, 3D)
                        if (segDigits && j > segStart && isCyrillicLowercase(cp)) {
                            break;
                        }
                        segDigits = false;
                        letters = true;
                        j += w;
                        continue;
                    }
                    if (j > segStart && isInWordMark(cp)) {
                        j += w;
                        continue;
                    }
                    break;
                }
                if (j == segStart) {
                    // cannot happen for the first segment; later ones start on a letter or digit
                    break;
                }
                if (j >= n) {
                    break;
                }
                char d = text.charAt(j);
                if (isHyphen(d)) {
                    if (j + 1 < n && isWordCharAt(j + 1)) {
                        if (segDigits && isDigitAt(j + 1)) {
                            break; // a range: 2011-2012, 2-3
                        }
                        j++;
                        continue;
                    }
                    if (letters && !segDigits && conjunctionFollows(j + 1)) {
                        return endWord(j + 1, true); // теле- и радиоканалы
                    }
                    break;
                }
                if (d == '.') {
                    if (!letters && segDigits && !comma && isDigitAt(j + 1)) {
                        separators = true;
                        j++;
                        continue; // 1.120.000, 06.00, 27.05.2010
                    }
                    if (letters && j - segStart == 1 && j - start == 1 && isInitial(start)) {
                        return endWord(j + 1, true);
                    }
                    if (letters && j - segStart >= 2 && lowercaseLabelFollows(j + 1)) {
                        j++;
                        continue; // Театр.doc, Лента.ру
                    }
                    break;
                }
                if (d == ',') {
                    if (!letters && segDigits && !comma && isDigitAt(j + 1)) {
                        separators = true;
                        comma = true;
                        j++;
                        continue; // 3,5; 1.120.000,99
                    }
                    break;
                }
                if (d == ':') {
                    if (!letters && !separators && j - start <= 2 && isClockMinutes(start, j)) {
                        return endWord(j + 3, false); // 19:28
                    }
                    break;
                }
                if (d == '\'' || d == '\u2019' || d == '\u02BC') {
                    if (letters && !segDigits && j + 1 < n && isLetterAt(j + 1)) {
                        j++;
                        continue; // О’Рейли, Christie’s
                    }
                    break;
                }
                break;
            }
            return endWord(j, letters);
        }

        private int endWord(int end, boolean letters) {
            kind = letters ? TokenKind.WORD : TokenKind.NUMBER;
            return end;
        }

        /**
         * A single capital letter at {@code start} followed by a full stop is an initial when a
         * capitalised word follows on the same line, the letter does not follow a number (8 G.) and
         * the next word is not one that opens sentences (unless it is an initial itself).
         */
        private boolean isInitial(int start) {
            if (!Character.isUpperCase(text.charAt(start))) {
                return false;
            }
            Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && hasLineBreak(prev.end(), start)) {
                prev = null;
            }
            if (prev != null && prev.kind() == TokenKind.NUMBER) {
                return false;
            }
            int k = start + 2;
            while (k < n && isSpace(text.charAt(k))) {
                if (isLineBreak(text.charAt(k))) {
                    return false;
                }
                k++;
            }
            if (k >= n) {
                return false;
            }
            if (!Character.isUpperCase(text.charAt(k))) {
                // after a surname or a first initial: Иванов А. заявил, Иванов А.А., президент
                return prev != null && (isInitialToken(prev) || isCapitalisedWord(prev))
                        && (Character.isLowerCase(text.charAt(k)) || text.charAt(k) == ',');
            }
            int e = k;
            while (e < n && isLetterAt(e)) {
                e++;
            }
            if (e - k == 1 && e < n && text.charAt(e) == '.') {
                return true; // В. В. Путин, В.В.Путин
            }
            return !Abbreviations.isSentenceOpener(text.substring(k, e));
        }

        private boolean isInitialToken(Token t) {
            return t.kind() == TokenKind.WORD && t.end() - t.start() == 2 && text.charAt(t.start() + 1) == '.';
        }

        private boolean isCapitalisedWord(Token t) {
            return t.kind() == TokenKind.WORD && t.end() - t.start() >= 2
                    && Character.isUpperCase(text.charAt(t.start()))
                    && Character.isLowerCase(text.charAt(t.end() - 1));
        }

        /** After a hyphen and spaces: "и" or "или" and a space (теле- и радиоканалы). */
        private boolean conjunctionFollows(int k) {
            int s = k;
            while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
                k++;
            }
            if (k == s) {
                return false;
            }
            if (text.startsWith("и ", k) || text.startsWith("или ", k)) {
                return true;
            }
            return false;
        }

        /** A run of at least two lowercase letters after a dot, not followed by more letters. */
        private boolean lowercaseLabelFollows(int k) {
            int e = k;
            while (e < n && isLetterAt(e) && Character.isLowerCase(text.charAt(e))) {
                e++;
            }
            return e - k >= 2 && (e >= n || !isWordCharAt(e));
        }

        /** {@code h:mm} or {@code hh:mm} with a valid clock reading, digits [start, colon). */
        private boolean isClockMinutes(int start, int colon) {
            if (colon + 2 >= n || !isAsciiDigit(text.charAt(colon + 1)) || !isAsciiDigit(text.charAt(colon + 2))) {
                return false;
            }
            if (colon + 3 < n && (isWordCharAt(colon + 3)
                    || text.charAt(colon + 3) == ':' && colon + 4 < n && isAsciiDigit(text.charAt(colon + 4)))) {
                return false; // 0,5:0,5, 1:0:3 and longer runs are scores, not times
            }
            int hours = 0;
            for (int k = start; k < colon; k++) {
                char c = text.charAt(k);
                if (!isAsciiDigit(c)) {
                    return false;
                }
                hours = hours * 10 + (c - '0');
            }
            int minutes = (text.charAt(colon + 1) - '0') * 10 + (text.charAt(colon + 2) - '0');
            return hours <= 24 && minutes <= 59;
        }

        // ---- URLs, domains, e-mail ----

        private int scanUrlWithPrefix(int i) {
            int body;
            if (text.regionMatches(true, i, "http://", 0, 7)) {
                body = i + 7;
            } else if (text.regionMatches(true, i, "https://", 0, 8)) {
                body = i + 8;
            } else if (text.regionMatches(true, i, "ftp://", 0, 6)) {
                body = i + 6;
            } else if (text.regionMatches(true, i, "www.", 0, 4)) {
                body = i + 4;
            } else {
                return -1;
            }
            if (body >= n || !isWordCharAt(body)) {
                return -1;
            }
            return urlTail(body);
        }

        /** The end of a URL whose host starts at {@code k}: up to a space or quote, less final punctuation. */
        private int urlTail(int k) {
            int open = 0;
            int close = 0;
            while (k < n) {
                char c = text.charAt(k);
                if (isSpace(c) || c == '«' || c == '»' || c == '"' || c == '“' || c == '”' || c == '„'
                        || c == '<' || c == '>' || c == '\'' || c == '‘' || c == '’') {
                    break;
                }
                if (c == '(') {
                    open++;
                } else if (c == ')') {
                    close++;
                }
                k++;
            }
            while (k > 0) {
                char c = text.charAt(k - 1);
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ']') {
                    k--;
                } else if (c == ')' && close > open) {
                    close--;
                    k--;
                } else {
                    break;
                }
            }
            return k;
        }

        /**
         * A domain name without a scheme at {@code i}: labels joined by dots, the last a known
         * top-level domain (lenta.ru, NEWSru.com, кремль.рф), with an optional path.
         */
        private int scanDomain(int i) {
            int k = i;
            int labels = 0;
            int lastStart = i;
            int lastEnd = i;
            while (true) {
                int s = k;
                while (k < n && (isWordCharAt(k) || text.charAt(k) == '-' && k > s && k + 1 < n && isWordCharAt(k + 1))) {
                    k++;
                }
                if (k == s) {
                    break;
                }
                labels++;
                lastStart = s;
                lastEnd = k;
                if (k + 1 < n && text.charAt(k) == '.' && isWordCharAt(k + 1)) {
                    k++;
                    continue;
                }
                break;
            }
            if (labels < 2 || !isDomainLabel(lastStart, lastEnd)) {
                return -1;
            }
            if (lastEnd < n && (text.charAt(lastEnd) == '/') && lastEnd + 1 < n && !isSpace(text.charAt(lastEnd + 1))) {
                return urlTail(lastEnd);
            }
            return lastEnd;
        }

        private boolean isDomainLabel(int s, int e) {
            if (e - s < 2 || e - s > 8) {
                return false;
            }
            for (int k = s; k < e; k++) {
                if (!isLetterAt(k)) {
                    return false;
                }
            }
            return DOMAINS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
        }

        private int scanEmail(int i) {
            int k = i;
            while (k < n) {
                char c = text.charAt(k);
                if (isWordChar(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%') {
                    k++;
                } else {
                    break;
                }
            }
            if (k >= n || text.charAt(k) != '@' || text.charAt(k - 1) == '.') {
                return -1;
            }
            int host = k + 1;
            int e = host;
            int dots = 0;
            int lastDot = -1;
            while (e < n) {
                char c = text.charAt(e);
                if (isWordChar(c) || c == '-') {
                    e++;
                } else if (c == '.' && e + 1 < n && isWordCharAt(e + 1) && e > host && text.charAt(e - 1) != '.') {
                    dots++;
                    lastDot = e;
                    e++;
                } else {
                    break;
                }
            }
            if (dots == 0 || e - lastDot < 3) {
                return -1;
            }
            return e;
        }

        // ---- punctuation and symbols ----

        private int scanPunctuation(int i) {
            char c = text.charAt(i);
            if (c == '.') {
                int e = i + 1;
                while (e < n && text.charAt(e) == '.') {
                    e++;
                }
                if (e - i >= 2) {
                    kind = TokenKind.PUNCT;
                    return e; // ... and ..
                }
                if (i + 1 < n && isLetterAt(i + 1) && (i == 0 || !isWordCharAt(i - 1))) {
                    int le = i + 1;
                    while (le < n && isLetterAt(le)) {
                        le++;
                    }
                    boolean labelEnds = le >= n || !isWordCharAt(le)
                            && !(text.charAt(le) == '.' && le + 1 < n && isWordCharAt(le + 1));
                    if (labelEnds && isDomainLabel(i + 1, le)) {
                        kind = TokenKind.URL;
                        return le; // the zone: .РФ, .eu
                    }
                }
                kind = TokenKind.PUNCT;
                return e;
            }
            if (c == '?' || c == '!') {
                int e = i + 1;
                while (e < n && (text.charAt(e) == '?' || text.charAt(e) == '!')) {
                    e++;
                }
                while (e < n && (text.charAt(e) == '.' || text.charAt(e) == '…')) {
                    e++;
                }
                kind = TokenKind.PUNCT;
                return e; // ?!, !!!, ?!..
            }
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int e = i + 1;
                while (e < n && text.charAt(e) == '-') {
                    e++;
                }
                kind = TokenKind.PUNCT;
                return e; // -- written for a dash
            }
            int cp = text.codePointAt(i);
            int e = i + Character.charCount(cp);
            kind = punctuationKind(cp);
            if (kind == TokenKind.SYMBOL) {
                e = absorbEmojiTail(e);
            }
            return e;
        }

        /** Variation selectors, skin tones and joined parts of an emoji sequence. */
        private int absorbEmojiTail(int e) {
            int first = text.codePointBefore(e);
            if (isRegionalIndicator(first) && e < n && isRegionalIndicator(text.codePointAt(e))) {
                e += 2; // a flag is a pair of regional indicators
            }
            while (e < n) {
                int cp = text.codePointAt(e);
                if (cp == 0xFE0F || cp == 0xFE0E || cp >= 0x1F3FB && cp <= 0x1F3FF || cp == 0x20E3
                        || cp >= 0xE0020 && cp <= 0xE007F) {
                    e += Character.charCount(cp);
                } else if (cp == 0x200D && e + 1 < n && !isSpace(text.charAt(e + 1))) {
                    e += 1;
                    e += Character.charCount(text.codePointAt(e));
                } else {
                    break;
                }
            }
            return e;
        }

        // ---- character tests on the text ----

        private boolean isWordCharAt(int k) {
            char c = text.charAt(k);
            if (Character.isHighSurrogate(c)) {
                return isWordCodePoint(text.codePointAt(k));
            }
            return isWordChar(c);
        }

        private boolean isLetterAt(int k) {
            char c = text.charAt(k);
            return Character.isHighSurrogate(c) ? isLetter(text.codePointAt(k)) : isLetter(c);
        }

        private boolean isDigitAt(int k) {
            return k < n && isDigit(text.charAt(k));
        }

        private boolean hasLineBreak(int from, int to) {
            for (int k = from; k < to; k++) {
                if (isLineBreak(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- character classes ----

    /** Whitespace of any kind, including no-break spaces and the zero-width space. */
    static boolean isSpace(char c) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            return true;
        }
        if (c < 0x80) {
            return c == '\f' || c == 0x0B || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
                || c == '\u0085';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == 0x0B
                || c == '\f';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 0x80 && Character.isDigit(cp);
    }

    private static boolean isLetter(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        }
        if (cp >= 0x0410 && cp <= 0x044F || cp == 0x0401 || cp == 0x0451) {
            return true;
        }
        return Character.isLetter(cp);
    }

    private static boolean isCyrillicLowercase(int cp) {
        return cp >= 0x0430 && cp <= 0x044F || cp == 0x0451;
    }

    static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isWordCodePoint(int cp) {
        return isLetter(cp) || isDigit(cp);
    }

    /** Marks that belong inside a word: combining accents (stress marks), soft hyphen, joiners. */
    private static boolean isInWordMark(int cp) {
        if (cp == 0x00AD || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static TokenKind punctuationKind(int cp) {
        switch (cp) {
            case '%', '‰', '‱', '#', '&', '@', '§', '№', '°', '+', '=', '<', '>', '~', '^', '|', '$', '€', '£':
                return TokenKind.SYMBOL;
            default:
                break;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
                return TokenKind.PUNCT;
            default:
                return TokenKind.SYMBOL;
        }
    }
}
