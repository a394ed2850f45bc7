package org.faktograf.kb.query;

/** An entity appearing in documents together with another, and in how many. */
public record Cooccurrence(EntityMatch entity, int documents) {
}
