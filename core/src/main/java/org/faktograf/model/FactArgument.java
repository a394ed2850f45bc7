package org.faktograf.model;

/**
 * One argument of a fact.
 *
 * @param role      argument role: who, position, where, participant, place, date, kind, subject, owner, property, ...
 * @param entityId  the entity filling the role, or {@code null} for a plain value
 * @param value     the canonical text of the value ("Виктор Кресс", "губернатор")
 * @param start     UTF-16 start of the text the value came from, or -1
 * @param end       UTF-16 end of that text, or -1
 */
public record FactArgument(String role, String entityId, String value, int start, int end) {
    public static FactArgument ofEntity(String role, Entity entity) {
        return new FactArgument(role, entity.id(), entity.name(), -1, -1);
    }

    public static FactArgument ofValue(String role, String value, int start, int end) {
        return new FactArgument(role, null, value, start, end);
    }
}
