package org.faktograf.model;

/** What a token is made of; morphology and NER treat the kinds differently. */
public enum TokenKind {
    /** Letters, possibly with inner hyphens or apostrophes: премьер-министр, ИНО-ТОМСК, Nokia, 4G. */
    WORD,
    /** Digits with separators: 2010, 1.120.000,99, 10, 2011-2012. */
    NUMBER,
    /** Punctuation, including quotes and dashes. */
    PUNCT,
    /** Other symbols: %, №, $, €, +. */
    SYMBOL,
    URL,
    EMAIL
}
