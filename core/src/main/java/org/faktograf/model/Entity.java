package org.faktograf.model;

import java.util.List;

/**
 * One real-world thing within a document: the mentions that refer to it and its canonical name.
 *
 * @param id         unique within the analysis ("e0", "e1", ...)
 * @param type       entity type
 * @param name       canonical name (Виктор Кресс, Томская область, НПФ «Микран»)
 * @param person     name parts for a person, else {@code null}
 * @param legalForm  legal form for an organisation, else {@code null}
 * @param aliases    other canonical names of the same entity (ЕС for Европейский союз)
 * @param mentionIds the mentions grouped into it, in text order
 */
public record Entity(String id, EntityType type, String name, PersonName person, String legalForm,
                     List<String> aliases, List<String> mentionIds) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentionIds = List.copyOf(mentionIds);
    }
}
