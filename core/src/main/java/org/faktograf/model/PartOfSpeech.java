package org.faktograf.model;

/** Parts of speech, named after the OpenCorpora tag set (the one pymorphy2 and Natasha use). */
public enum PartOfSpeech {
    NOUN, ADJF, ADJS, COMP, VERB, INFN, PRTF, PRTS, GRND, NUMR, ADVB, NPRO, PRED, PREP, CONJ, PRCL, INTJ,
    /** Not a word: digits. */
    NUMBER,
    /** Not a word: punctuation or a symbol. */
    PUNCT,
    /** A word in Latin letters not analysed further. */
    LATN,
    /** Unknown. */
    UNKN
}
