package org.faktograf.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;

/**
 * A rough tokenizer for the morphology tests only (the real one is the segment stage): words with
 * inner hyphens, numbers, one token per other visible character; a sentence ends at a line break or
 * after . ! ? followed by a space and a capital letter.
 */
final class SimpleSegments {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<word>[\\p{L}]+(?:-[\\p{L}\\d]+)*)|(?<number>\\d+(?:[.,]\\d+)*(?:-\\d+)?)|(?<other>\\S)");

    private SimpleSegments() {
    }

    static Analysis analysis(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            TokenKind kind;
            if (m.group("word") != null) {
                kind = TokenKind.WORD;
            } else if (m.group("number") != null) {
                kind = TokenKind.NUMBER;
            } else {
                kind = Character.isLetterOrDigit(m.group().charAt(0)) || "%$€№+".contains(m.group())
                        ? TokenKind.SYMBOL : TokenKind.PUNCT;
            }
            tokens.add(new Token(m.start(), m.end(), m.group(), kind));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            if (!last) {
                Token t = tokens.get(i);
                Token next = tokens.get(i + 1);
                String gap = text.substring(t.end(), next.start());
                boolean stop = ".!?".contains(t.text()) && !gap.isEmpty() && Character.isUpperCase(next.text().charAt(0));
                last = gap.contains("\n") || stop;
            }
            if (last) {
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
                first = i + 1;
            }
        }
        return Analysis.of(Document.of("test", text)).withSegments(sentences, tokens);
    }

    static Path root() {
        return Path.of(System.getProperty("faktograf.root", "..")).toAbsolutePath().normalize();
    }

    static String seed() {
        return read(root().resolve("corpora/seed/tomsk-2010.txt"));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the first token with this text at or after {@code from}. */
    static int indexOf(Analysis a, String text, int from) {
        for (int i = from; i < a.tokens().size(); i++) {
            if (a.tokens().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no token " + text);
    }
}
