package org.faktograf.norm;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.segment.Segmenter;

/**
 * A test text run through the real segmenter and morphology, with mentions placed by hand where
 * NER would put them: {@code mention("Виктором Крессом", PERSON)} marks the next whole-word
 * occurrence of that text after the previous mention of the same text. Mentions are numbered m0,
 * m1, ... in text order, as NER numbers them.
 */
public final class MentionedText {
    private static final Segmenter SEGMENTER = new Segmenter();

    private final String text;
    private final List<Mention> mentions = new ArrayList<>();

    public MentionedText(String text) {
        this.text = text;
    }

    public MentionedText mention(String surface, EntityType type) {
        return mention(surface, type, false);
    }

    public MentionedText mention(String surface, EntityType type, boolean politicalBody) {
        int from = 0;
        for (Mention m : mentions) {
            if (text.substring(m.start(), m.end()).equals(surface)) {
                from = Math.max(from, m.start() + 1);
            }
        }
        int start = text.indexOf(surface, from);
        while (start >= 0 && !wholeWords(start, start + surface.length())) {
            start = text.indexOf(surface, start + 1);
        }
        if (start < 0) {
            throw new IllegalArgumentException("no '" + surface + "' in the text after " + from);
        }
        mentions.add(new Mention("m" + mentions.size(), start, start + surface.length(), type, politicalBody, 1.0));
        return this;
    }

    private boolean wholeWords(int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** Segmented, morphologically analysed, with the mentions (in text order, ids as added). */
    public Analysis analysis() {
        Analysis a = MorphAnalyzer.shared().apply(SEGMENTER.apply(Analysis.of(Document.of("test", text))));
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
        List<Mention> numbered = new ArrayList<>(sorted.size());
        for (Mention m : sorted) {
            numbered.add(new Mention("m" + numbered.size(), m.start(), m.end(), m.type(), m.politicalBody(), m.score()));
        }
        return a.withMentions(numbered);
    }

    /** The analysis with canonical names. */
    public Analysis normalized() {
        return new NameNormalizer().apply(analysis());
    }
}
