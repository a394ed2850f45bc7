package org.faktograf.segment;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;

/**
 * Groups tokens into sentences by looking at each gap between two tokens once. A sentence ends at
 * a line break (a paragraph or a title line), before a list bullet, before a quotation that follows
 * a colon (as factRuEval marks direct speech), and after a run of final punctuation (. ! ? … and
 * the closing quotes and brackets after them) when what follows may open a sentence. A full stop
 * after an initial or an abbreviation that goes on (им., ул., т.е.) ends nothing; after one that
 * may close a sentence (г., млн., др.) it ends the sentence only before a capital letter.
 *
 * <p>Stateless.
 */
final class SentenceSplitter {

    /** How strongly a run of final punctuation ends a sentence. */
    private static final int NO_END = 0;
    private static final int END_BEFORE_CAPITAL = 1;
    private static final int END = 2;

    List<Sentence> split(String text, List<Token> tokens) {
        int n = tokens.size();
        List<Sentence> out = new ArrayList<>(n / 12 + 1);
        if (n == 0) {
            return out;
        }
        int first = 0;
        for (int i = 1; i < n; i++) {
            if (endsBefore(text, tokens, i, first)) {
                out.add(sentence(tokens, first, i));
                first = i;
            }
        }
        out.add(sentence(tokens, first, n));
        return out;
    }

    private static Sentence sentence(List<Token> tokens, int first, int end) {
        return new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
    }

    /** Whether a sentence that began at token {@code first} ends before token {@code i}. */
    private static boolean endsBefore(String text, List<Token> tokens, int i, int first) {
        Token prev = tokens.get(i - 1);
        Token cur = tokens.get(i);
        for (int k = prev.end(); k < cur.start(); k++) {
            if (Tokenizer.isLineBreak(text.charAt(k))) {
                return true;
            }
        }
        char c = text.charAt(cur.start());
        if (isBullet(c) && cur.end() - cur.start() == 1) {
            return !isBullet(text.charAt(prev.start())); // "• •" is one empty item
        }
        if (isNextListItem(text, tokens, i, first)) {
            return true;
        }
        if (cur.kind() != TokenKind.WORD && cur.kind() != TokenKind.NUMBER && cur.start() == prev.end()) {
            return false; // "?»." and "<…>" go on: punctuation written close belongs to the run
        }
        if (isChar(prev, text, ':')) {
            // direct speech after a colon is a sentence of its own: сказал: «Мы ...»
            if (isOpeningQuote(text, cur) && (startsWithCapital(text, tokens, i + 1)
                    || i + 1 < tokens.size() && isEllipsis(text, tokens.get(i + 1)))) {
                return true;
            }
            return isDash(c) && i + 1 < tokens.size() && isOpeningQuote(text, tokens.get(i + 1))
                    && startsWithCapital(text, tokens, i + 2);
        }

        int strength = -1;
        boolean quoteSeen = false;
        boolean endInsideQuote = false;
        for (int k = i - 1; k >= first; k--) {
            Token t = tokens.get(k);
            if (isCloser(text, tokens, k)) {
                quoteSeen |= isQuote(text.charAt(t.start()));
            } else if (isFinal(text, t)) {
                strength = Math.max(strength, strengthOfFinal(text, tokens, k, first));
                endInsideQuote |= quoteSeen;
            } else {
                break;
            }
        }
        if (strength < 0 || strength == NO_END) {
            return false;
        }
        if (strength == END_BEFORE_CAPITAL) {
            return startsWithCapital(text, tokens, i)
                    || isOpeningQuote(text, cur) && startsWithCapital(text, tokens, i + 1);
        }
        int cp = text.codePointAt(cur.start());
        if (Character.isLowerCase(cp) || c == ',' || c == ';' || c == ':' || isCloser(text, tokens, i)) {
            return false;
        }
        // «Куда?» — спросил он: the author's words after a quotation continue its sentence
        if (endInsideQuote && isDash(c) && i + 1 < tokens.size()
                && Character.isLowerCase(text.codePointAt(tokens.get(i + 1).start()))) {
            return false;
        }
        return true;
    }

    /**
     * An inline numbered list: the sentence began with the item marker "N." and token {@code i}
     * is "N+1." before a capital (1. Саакашвили — 52 % 2. Гацелицадзе — 24 %).
     */
    private static boolean isNextListItem(String text, List<Token> tokens, int i, int first) {
        Token cur = tokens.get(i);
        if (cur.kind() != TokenKind.NUMBER || cur.end() - cur.start() > 2 || i + 2 >= tokens.size()
                || first + 2 >= i || !isListMarker(text, tokens, first)
                || !isChar(tokens.get(i + 1), text, '.') || tokens.get(i + 1).start() != cur.end()
                || !startsWithCapital(text, tokens, i + 2)) {
            return false;
        }
        return Integer.parseInt(cur.text()) == Integer.parseInt(tokens.get(first).text()) + 1;
    }

    /** Token {@code k} is a number of one or two digits followed by a full stop: "1." */
    private static boolean isListMarker(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.kind() == TokenKind.NUMBER && t.end() - t.start() <= 2 && isAsciiDigits(t.text())
                && k + 1 < tokens.size() && isChar(tokens.get(k + 1), text, '.')
                && tokens.get(k + 1).start() == t.end();
    }

    private static boolean isAsciiDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The strength of the final punctuation token {@code k}. */
    private static int strengthOfFinal(String text, List<Token> tokens, int k, int first) {
        Token t = tokens.get(k);
        if (!isChar(t, text, '.')) {
            return END; // ! ? ?! … ...
        }
        if (k - 1 < first) {
            return END;
        }
        Token w = tokens.get(k - 1);
        if (w.end() != t.start()) {
            return END;
        }
        if (w.kind() == TokenKind.NUMBER) {
            // "1. Михаил ..." at the start of a sentence is a list item, not a sentence
            return k - 1 == first && isListMarker(text, tokens, first) ? NO_END : END;
        }
        if (w.kind() != TokenKind.WORD) {
            return END;
        }
        // dotted compounds (т.е., т.д., с.г.) are read as one abbreviation
        int wk = k - 1;
        String key = w.text();
        while (wk - 2 >= first && isSingleLetter(tokens.get(wk))
                && isChar(tokens.get(wk - 1), text, '.') && isSingleLetter(tokens.get(wk - 2))
                && tokens.get(wk - 2).end() == tokens.get(wk - 1).start()) {
            wk -= 2;
            key = tokens.get(wk).text() + "." + key;
            if (key.length() > 8) {
                break;
            }
        }
        boolean afterNumber = wk - 1 >= first && tokens.get(wk - 1).kind() == TokenKind.NUMBER;
        return switch (Abbreviations.classify(key, afterNumber)) {
            case PREFIX -> NO_END;
            case POSTFIX -> END_BEFORE_CAPITAL;
            case NONE -> END;
        };
    }

    private static boolean isSingleLetter(Token t) {
        return t.kind() == TokenKind.WORD && t.end() - t.start() == 1;
    }

    /** Final punctuation: . ! ? … and their runs (..., ?!, !!!). */
    private static boolean isFinal(String text, Token t) {
        if (t.kind() != TokenKind.PUNCT) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /**
     * Closing quotes and brackets. A quote that can open or close (", ', “) closes when it is
     * written right after the previous token.
     */
    private static boolean isCloser(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.end() - t.start() != 1 || t.kind() != TokenKind.PUNCT) {
            return false;
        }
        char c = text.charAt(t.start());
        switch (c) {
            case '»', '”', ')', ']', '}', '’':
                return true;
            case '"', '\'', '“':
                return k > 0 && tokens.get(k - 1).end() == t.start();
            default:
                return false;
        }
    }

    private static boolean isOpeningQuote(String text, Token t) {
        if (t.end() - t.start() != 1) {
            return false;
        }
        char c = text.charAt(t.start());
        boolean quote = c == '«' || c == '„' || c == '“' || c == '"' || c == '‘' || c == '\'';
        return quote && t.end() < text.length() && !Tokenizer.isSpace(text.charAt(t.end()));
    }

    private static boolean isQuote(char c) {
        return c == '»' || c == '”' || c == '“' || c == '"' || c == '\'' || c == '’';
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '-' || c == '―';
    }

    private static boolean isBullet(char c) {
        return c == '•' || c == '◦' || c == '▪' || c == '●' || c == '■' || c == '‣' || c == '►';
    }

    private static boolean isEllipsis(String text, Token t) {
        return t.kind() == TokenKind.PUNCT && (text.startsWith("..", t.start()) || text.charAt(t.start()) == '…');
    }

    private static boolean isChar(Token t, String text, char c) {
        return t.end() - t.start() == 1 && text.charAt(t.start()) == c;
    }

    private static boolean startsWithCapital(String text, List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        int cp = text.codePointAt(tokens.get(i).start());
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }
}
