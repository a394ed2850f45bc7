package org.faktograf.kb.resolve;

/**
 * Where a profile goes: an existing entity, or a new one ({@code entityId} 0), with the rule that
 * decided and a one-line reason a user can check.
 */
public record Decision(long entityId, String rule, String reason, double score) {
    public static final long NEW = 0;

    public boolean isNew() {
        return entityId == NEW;
    }

    public static Decision createNew(String rule, String reason) {
        return new Decision(NEW, rule, reason, 0);
    }
}
