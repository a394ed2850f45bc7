package org.faktograf.model;

/**
 * One morphological reading of a token.
 *
 * @param lemma      dictionary form, lower case (кресс, путин, томский)
 * @param pos        part of speech
 * @param grammemes  bit mask of {@link Grammeme#bit()}
 * @param guessed    true when the dictionary lacked the word and the guesser produced this reading
 */
public record WordForm(String lemma, PartOfSpeech pos, long grammemes, boolean guessed) {
    public boolean has(Grammeme g) {
        return (grammemes & g.bit()) != 0;
    }
}
