package org.faktograf.segment;

import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.pipeline.Stage;

/**
 * The first pipeline stage: splits the document text into tokens and sentences for Russian news.
 * Offsets are UTF-16 indices into the text, end exclusive; every character that is not a space
 * belongs to exactly one token, and every token to exactly one sentence.
 *
 * <p>Stateless and thread-safe; construction costs nothing. The tokens follow the factRuEval-2016
 * conventions (see {@link Tokenizer}), the sentences those of {@link SentenceSplitter}.
 */
public final class Segmenter implements Stage {
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    public Segmenter() {
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        List<Token> tokens = tokenize(text);
        return analysis.withSegments(sentences(text, tokens), tokens);
    }

    /** The tokens of a text, in order. */
    public List<Token> tokenize(String text) {
        return TOKENIZER.tokenize(text);
    }

    /** The sentences of a text given its tokens (as {@link #tokenize} returns them), in order. */
    public List<Sentence> sentences(String text, List<Token> tokens) {
        return SPLITTER.split(text, tokens);
    }

    /** Whether a character counts as a space, i.e. belongs to no token. */
    public static boolean isSpace(char c) {
        return Tokenizer.isSpace(c);
    }
}
