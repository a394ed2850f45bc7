package org.faktograf.facts;

import org.faktograf.facts.pattern.DocumentView;
import org.faktograf.model.Grammeme;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.Token;
import org.faktograf.model.WordForm;
import org.faktograf.morph.Inflector;

/**
 * The dictionary form of a noun phrase taken from the text: its head noun (the first noun) in the
 * nominative, the adjectives before it agreeing, the words after it as written; a leading
 * preposition dropped. «генеральным директором» → «генеральный директор», «о создании в Томске
 * инновационных производств» → «создание в Томске инновационных производств». Posts are put in
 * the singular («одному из президентов» → «президент»).
 */
final class NominativePhrase {
    private static final long CASES = Grammeme.mask(Grammeme.cases());

    private final Inflector inflector;

    NominativePhrase(Inflector inflector) {
        this.inflector = inflector;
    }

    /** The phrase of tokens {@code [from, to)}; {@code singular} puts the head in the singular. */
    String of(DocumentView view, int from, int to, boolean singular) {
        while (from < to && !view.token(from).isWord()) {
            from++;
        }
        while (to > from && view.token(to - 1).kind() == org.faktograf.model.TokenKind.PUNCT
                && !isClosingQuote(view.token(to - 1).text())) {
            to--;
        }
        if (from < to - 1 && view.morphology(from).best().pos() == PartOfSpeech.PREP) {
            from++;
        }
        if (from >= to) {
            return "";
        }
        int head = -1;
        for (int i = from; i < to; i++) {
            if (view.token(i).isWord() && view.morphology(i).best().pos() == PartOfSpeech.NOUN) {
                head = i;
                break;
            }
            if (!isModifier(view, i)) {
                break;
            }
        }
        String text = view.analysis().text();
        if (head < 0) {
            return text.substring(view.token(from).start(), view.token(to - 1).end());
        }
        WordForm h = view.morphology(head).best();
        long target = Grammeme.NOMN.bit() | (singular ? Grammeme.SING.bit() : 0);
        String headWord = h.has(Grammeme.NOMN) && (!singular || !h.has(Grammeme.PLUR))
                ? view.token(head).text()
                : inflector.inflect(view.token(head).text(), h, target).orElse(view.token(head).text());
        long headGrammemes = (h.grammemes() & ~CASES) | Grammeme.NOMN.bit();
        if (singular && (headGrammemes & Grammeme.PLUR.bit()) != 0) {
            headGrammemes = (headGrammemes & ~Grammeme.PLUR.bit()) | Grammeme.SING.bit();
        }
        WordForm headNominative = new WordForm(h.lemma(), h.pos(), headGrammemes, h.guessed());
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = view.token(i);
            if (i > from) {
                out.append(text, view.token(i - 1).end(), t.start());
            }
            if (i < head) {
                WordForm f = view.morphology(i).best();
                out.append(inflector.agree(t.text(), f, Grammeme.NOMN, headNominative).orElse(t.text()));
            } else if (i == head) {
                out.append(headWord);
            } else if (coordinated(view, i, head, h)) {
                // a noun joined to the head by «и» takes its case: «о создании ... и сотрудничестве»
                WordForm f = caseReading(view.morphology(i), h);
                out.append(inflector.inflect(t.text(), f, Grammeme.NOMN.bit()).orElse(t.text()));
            } else {
                out.append(t.text());
            }
        }
        return out.toString();
    }

    /** Whether token {@code i} is a noun right after «и» in the case of the head. */
    private static boolean coordinated(DocumentView view, int i, int head, WordForm h) {
        if (i <= head + 1 || !view.token(i - 1).text().equalsIgnoreCase("и") || !view.token(i).isWord()) {
            return false;
        }
        return caseReading(view.morphology(i), h) != null;
    }

    /** A noun reading of the token in the head's case, or {@code null}. */
    private static WordForm caseReading(org.faktograf.model.TokenMorphology m, WordForm head) {
        long headCase = head.grammemes() & CASES;
        for (WordForm f : m.readings()) {
            if (f.pos() == PartOfSpeech.NOUN && (f.grammemes() & headCase) != 0) {
                return f;
            }
        }
        return null;
    }

    private static boolean isModifier(DocumentView view, int i) {
        PartOfSpeech p = view.morphology(i).best().pos();
        return p == PartOfSpeech.ADJF || p == PartOfSpeech.PRTF || view.token(i).text().equals("-");
    }

    private static boolean isClosingQuote(String s) {
        return s.equals("»") || s.equals("\"") || s.equals("”");
    }
}
