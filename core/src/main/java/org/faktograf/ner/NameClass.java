package org.faktograf.ner;

import org.faktograf.model.EntityType;

/**
 * The classes of factRuEval-2016's name layer, which the name tagger predicts: a person (the
 * whole name), an organisation's name without its descriptor words, and a place's name, as a
 * place or as a political body.
 */
public enum NameClass {
    PER, ORG, LOC, LOCORG;

    /** Whether a mention of {@code type} can carry a name of this class. */
    public boolean fits(EntityType type) {
        return switch (this) {
            case PER -> type == EntityType.PERSON;
            case ORG -> type == EntityType.ORGANIZATION;
            case LOC, LOCORG -> type.coarse() == EntityType.Coarse.LOC || type == EntityType.FACILITY;
        };
    }

    /** The factRuEval class a mention of {@code type} with a name counts for, or null. */
    public static NameClass of(EntityType type) {
        if (type == EntityType.PERSON) {
            return PER;
        }
        if (type == EntityType.ORGANIZATION) {
            return ORG;
        }
        if (type.coarse() == EntityType.Coarse.LOC || type == EntityType.FACILITY) {
            return LOC;
        }
        return null;
    }
}
