package org.faktograf.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faktograf.model.Analysis;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;
import org.faktograf.pipeline.Stage;

/**
 * A stand-in tokenizer and sentence splitter for training experiments until the project's
 * segmenter is merged: words with inner hyphens, digit runs, single punctuation marks; sentence
 * ends at . ! ? … before a capital or quote, never after an initial or a short abbreviation.
 */
final class InterimSegmenter implements Stage {
    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "т", "е", "ул", "им", "ст", "св", "см", "др",
            "пр", "т.е", "руб", "млн", "млрд", "тыс", "н", "э", "в", "вв", "д", "обл", "р", "пос", "просп", "ген", "акад", "проф");

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        List<Token> tokens = tokenize(text);
        return analysis.withSegments(split(text, tokens), tokens);
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                boolean digits = Character.isDigit(c);
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetter(d) || (Character.isDigit(d))) {
                        i++;
                    } else if ((d == '-' || d == '\'' || d == '’') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                            && !digits) {
                        i++;
                    } else if ((d == '.' || d == ',') && digits && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                String t = text.substring(start, i);
                TokenKind kind = Character.isDigit(t.charAt(0)) && t.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == ',')
                        ? TokenKind.NUMBER : TokenKind.WORD;
                out.add(new Token(start, i, t, kind));
            } else {
                i += Character.charCount(text.codePointAt(i));
                String t = text.substring(start, i);
                TokenKind kind = Character.getType(t.codePointAt(0)) == Character.MATH_SYMBOL
                        || Character.getType(t.codePointAt(0)) == Character.CURRENCY_SYMBOL || "%№".contains(t)
                        ? TokenKind.SYMBOL : TokenKind.PUNCT;
                out.add(new Token(start, i, t, kind));
            }
        }
        return out;
    }

    static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean end = false;
            Token t = tokens.get(i);
            boolean last = i + 1 == tokens.size();
            if (!last) {
                Token next = tokens.get(i + 1);
                String gap = text.substring(t.end(), next.start());
                if (gap.contains("\n")) {
                    end = true;
                } else if (isTerminal(t.text()) && !gap.isEmpty()) {
                    char c = next.text().charAt(0);
                    boolean capital = Character.isUpperCase(c) || c == '«' || c == '"' || c == '—' || c == '-' || Character.isDigit(c);
                    String before = i > 0 ? tokens.get(i - 1).text() : "";
                    boolean initial = t.text().equals(".") && before.length() == 1 && Character.isUpperCase(before.charAt(0));
                    boolean abbreviation = t.text().equals(".") && ABBREVIATIONS.contains(before.toLowerCase());
                    end = capital && !initial && !abbreviation;
                }
            }
            if (end || last) {
                out.add(new Sentence(tokens.get(first).start(), t.end(), first, i + 1));
                first = i + 1;
            }
        }
        return out;
    }

    private static boolean isTerminal(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…");
    }
}
