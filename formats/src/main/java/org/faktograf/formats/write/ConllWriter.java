package org.faktograf.formats.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Mention;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;

/**
 * Writes an analysis in the CoNLL column format for named entities: a {@code # doc_id} comment,
 * then per sentence a {@code # text} comment and one token a line, {@code TOKEN LEMMA POS TAG}
 * separated by tabs, with a blank line after each sentence. Tags are BIO over the mention types
 * (B-PERSON, I-PERSON, O). A flat column cannot show nesting, so a token takes the outermost
 * mention that covers it (ORGANIZATION «администрация Томской области», not the place inside);
 * a mention that crosses an earlier one is left out. Thread-safe.
 */
public final class ConllWriter {

    /** Writes the document; flushes, does not close the stream. */
    public void write(Analysis analysis, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# doc_id = " + oneLine(analysis.document().id()) + "\n");
        List<Token> tokens = analysis.tokens();
        String[] tags = tags(analysis);
        boolean morphology = !analysis.morphology().isEmpty();
        for (Sentence s : analysis.sentences()) {
            w.write("# text = " + oneLine(analysis.text(s.start(), s.end())) + "\n");
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                String lemma = "_";
                String pos = "_";
                if (morphology) {
                    lemma = analysis.morphology().get(i).best().lemma();
                    pos = analysis.morphology().get(i).best().pos().name();
                }
                w.write(column(t.text()) + "\t" + column(lemma) + "\t" + pos + "\t" + tags[i] + "\n");
            }
            w.write("\n");
        }
        w.flush();
    }

    /** The BIO tag of every token by its outermost mention. */
    static String[] tags(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        String[] tags = new String[tokens.size()];
        java.util.Arrays.fill(tags, "O");
        List<Mention> outer = outermost(analysis.mentions());
        int t = 0;
        for (Mention m : outer) {
            while (t < tokens.size() && tokens.get(t).end() <= m.start()) {
                t++;
            }
            boolean first = true;
            for (int k = t; k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
                tags[k] = (first ? "B-" : "I-") + m.type().name();
                first = false;
            }
        }
        return tags;
    }

    /** Mentions not inside another and not crossing an earlier one, in text order. */
    static List<Mention> outermost(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> out = new ArrayList<>();
        int end = -1;
        for (Mention m : sorted) {
            if (m.start() >= end) {
                out.add(m);
                end = m.end();
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** A token's text as one column: no tabs or line breaks inside. */
    private static String column(String s) {
        String c = s.replaceAll("\\s+", "_");
        return c.isEmpty() ? "_" : c;
    }
}
