package org.faktograf.morph;

import org.faktograf.model.Grammeme;
import org.faktograf.model.WordForm;

/**
 * A reading with what it takes to generate the lexeme's other forms.
 *
 * @param form          the reading as the model shows it
 * @param tag           the AOT tag of the analysed part; {@code null} for readings made without the
 *                      dictionary (numbers, punctuation, Latin, initials, indeclinable guesses)
 * @param paradigmLemma the dictionary lemma whose forms the synthesis dictionary gives: the lemma
 *                      itself, the father's name of a patronymic (the dictionary keys patronymics so),
 *                      the last part of a compound, or for a guessed word a dictionary word of the
 *                      same paradigm whose forms are copied by analogy
 * @param prefix        the letters before the analysed part, kept in every form (научно-, блого)
 * @param suffix        a number label after the analysed part, kept in every form (-1 of Формулы-1)
 * @param analogy       true when {@code paradigmLemma} is only a model: forms are made by changing the
 *                      word's ending the way the model's ending changes
 * @param weight        ranking evidence: a dictionary lemma's frequency class (0..25), or a guess's
 *                      share among the readings of its ending (0..1)
 */
record MorphReading(WordForm form, AotTag tag, String paradigmLemma, String prefix, String suffix, boolean analogy,
                    double weight) {

    boolean guessed() {
        return form.guessed();
    }

    /** A first name, patronymic or surname reading. */
    boolean proper() {
        return (form.grammemes() & PROPER) != 0;
    }

    static final long PROPER = Grammeme.mask(Grammeme.NAME, Grammeme.SURN, Grammeme.PATR);
}
