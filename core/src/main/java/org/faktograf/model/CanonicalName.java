package org.faktograf.model;

/**
 * The canonical (nominative, normalised) form of one mention.
 *
 * @param mentionId  the mention named
 * @param text       canonical form: Виктором Крессом → Виктор Кресс, Томской области → Томская область
 * @param person     name parts when the mention is a person, else {@code null}
 * @param legalForm  legal or organisational form kept apart from an organisation's name (ЗАО, концерн), else {@code null}
 */
public record CanonicalName(String mentionId, String text, PersonName person, String legalForm) {
}
