package org.faktograf.facts;

import java.util.Set;
import org.faktograf.facts.pattern.DocumentView;
import org.faktograf.model.Grammeme;
import org.faktograf.model.Modality;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;

/**
 * The modality of a fact from the words around its match: a negation before a verb (не
 * подписали) makes it negated; a word of possibility (может, возможно, не исключено) possible; a
 * word of intention (планирует, намерен, собирается, предстоящий) or a verb in the future
 * (подпишет, будет подписано) planned; otherwise asserted. The words looked at are those of the
 * match and the few before it within its sentence, not crossing a clause boundary.
 */
final class ModalityCues {
    /** How many tokens before the match are looked at. */
    private static final int BEFORE = 6;

    private static final Set<String> POSSIBLE = Set.of("мочь", "возможно", "возможный", "вероятно", "вероятный",
            "предположительно", "допускать", "исключать", "исключить", "предполагаться", "видимо", "якобы");
    private static final Set<String> PLANNED = Set.of("планировать", "запланировать", "намереваться", "намерен",
            "собираться", "намечать", "наметить", "предстоящий", "будущий", "планироваться", "готовиться",
            "рассчитывать", "хотеть", "пообещать", "обещать", "решить", "договориться", "предполагать");

    private ModalityCues() {
    }

    static Modality detect(DocumentView view, int sentenceStart, int from, int to) {
        int start = from;
        while (start > sentenceStart && from - start < BEFORE && !isClauseBoundary(view, start - 1)) {
            start--;
        }
        boolean possible = false;
        boolean planned = false;
        for (int i = start; i < to; i++) {
            if (!view.token(i).isWord()) {
                continue;
            }
            TokenMorphology m = view.morphology(i);
            WordForm f = m.best();
            String lemma = f.lemma();
            if (lemma.equals("не") && i + 1 < to && isVerbal(view.morphology(i + 1).best())) {
                return "исключать".equals(view.morphology(i + 1).best().lemma()) ? Modality.POSSIBLE : Modality.NEGATED;
            }
            if (POSSIBLE.contains(lemma) && !lemma.equals("исключать")) {
                possible = true;
            } else if (PLANNED.contains(lemma)) {
                planned = true;
            } else if (f.pos() == PartOfSpeech.VERB && (f.has(Grammeme.FUTR)
                    || lemma.equals("быть") && f.has(Grammeme.FUTR))) {
                planned = true;
            }
        }
        return possible ? Modality.POSSIBLE : planned ? Modality.PLANNED : Modality.ASSERTED;
    }

    private static boolean isVerbal(WordForm f) {
        PartOfSpeech p = f.pos();
        return p == PartOfSpeech.VERB || p == PartOfSpeech.INFN || p == PartOfSpeech.PRTS || p == PartOfSpeech.GRND
                || p == PartOfSpeech.PRED;
    }

    private static boolean isClauseBoundary(DocumentView view, int i) {
        String t = view.token(i).text();
        return t.equals(",") || t.equals(";") || t.equals(":") || t.equals("—") || t.equals("(") || t.equals(")");
    }
}
