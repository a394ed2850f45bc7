package org.faktograf.kb.store;

/** What storing one document did. */
public enum StoreOutcome {
    /** A new document. */
    ADDED,
    /** A document with this id was there with other content (or was re-extracted); it was replaced. */
    REPLACED,
    /** The same document (id and content hash) was already stored; nothing changed. */
    UNCHANGED
}
