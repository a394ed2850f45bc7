package org.faktograf.facts.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.faktograf.facts.FactGrammar;
import org.faktograf.facts.pattern.Pattern.Capture;
import org.faktograf.facts.pattern.Pattern.Choice;
import org.faktograf.facts.pattern.Pattern.Look;
import org.faktograf.facts.pattern.Pattern.LookBehind;
import org.faktograf.facts.pattern.Pattern.MentionAtom;
import org.faktograf.facts.pattern.Pattern.NotToken;
import org.faktograf.facts.pattern.Pattern.Repeat;
import org.faktograf.facts.pattern.Pattern.Sequence;
import org.faktograf.facts.pattern.Pattern.TokenAtom;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.segment.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * The view's remembered test outcomes, lemma numbers and folded texts answer as the tests read a
 * token's own text and readings, for every test of the shipped rules on every token of the seed
 * article, and of a line of capitals with Ё in words the rules name as texts («НЫНЁШНИЙ») and a
 * Turkish dotted İ (whose lower case differs between a letter and a string).
 */
class DocumentViewTest {

    @Test
    void rememberedOutcomesAreTheTestsOwn() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("faktograf.root", ".."), "corpora/seed/tomsk-2010.txt"),
                StandardCharsets.UTF_8) + "\nЁЛКА у ЁЖИКА. İSTANBUL и ПАО «Ёлки» ВСЁ ЕЩЁ БУДЁТ МЕЖДУ НЫНЁШНИЙ.";
        Analysis a = MorphAnalyzer.shared().apply(new Segmenter().apply(Analysis.of(Document.of("seed", text))));
        Set<TokenTest> tests = new LinkedHashSet<>();
        for (var rule : FactGrammar.load().rules()) {
            collect(rule.pattern(), tests);
        }
        assertTrue(tests.size() > 100, "tests found: " + tests.size());
        DocumentView view = new DocumentView(a);
        int passed = 0;
        for (int round = 0; round < 2; round++) { // the second round answers from what the first noted
            for (TokenTest t : tests) {
                for (int i = 0; i < a.tokens().size(); i++) {
                    boolean own = t.matches(a.tokens().get(i).text(), a.morphology().get(i));
                    assertEquals(own, t.matches(view, i), t + " on token " + i + " " + a.tokens().get(i).text());
                    passed += own ? 1 : 0;
                }
            }
        }
        assertTrue(passed > 1000, "passes: " + passed);
    }

    private static void collect(Pattern p, Set<TokenTest> out) {
        if (p instanceof TokenAtom t) {
            out.add(t.test());
        } else if (p instanceof MentionAtom m) {
            out.add(m.head());
        } else if (p instanceof NotToken n) {
            out.addAll(java.util.List.of(n.tests()));
        } else if (p instanceof LookBehind b) {
            out.addAll(java.util.List.of(b.tests()));
        } else if (p instanceof Sequence s) {
            for (Pattern item : s.items()) {
                collect(item, out);
            }
        } else if (p instanceof Choice c) {
            for (Pattern o : c.options()) {
                collect(o, out);
            }
        } else if (p instanceof Repeat r) {
            collect(r.body(), out);
        } else if (p instanceof Capture c) {
            collect(c.body(), out);
        } else if (p instanceof Look l) {
            collect(l.body(), out);
        }
    }
}
