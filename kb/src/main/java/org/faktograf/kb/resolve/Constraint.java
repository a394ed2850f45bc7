package org.faktograf.kb.resolve;

import java.util.Set;

/**
 * A user correction as it bears on one profile: it must join an entity in {@code together} when
 * one exists (a merge, or the same side of a split), and never one in {@code apart} (the other
 * side of a split).
 */
public record Constraint(long correctionId, String kind, Set<Long> together, Set<Long> apart) {
}
