package org.faktograf.kb.resolve;

import org.faktograf.model.EntityType;

/**
 * The classes within which entities of different documents may be joined. A city tagged CITY in
 * one article and LOCATION in another is still one place, so all places share {@link #LOC}.
 * Types that name no individual thing (posts, dates, amounts, numbers) have no class and are never
 * joined across documents.
 */
public enum EntityClass {
    PER, ORG, LOC, FAC, EVENT, WORK;

    /** The class of a type, or {@code null} when entities of that type are not joined across documents. */
    public static EntityClass of(EntityType type) {
        return switch (type) {
            case PERSON -> PER;
            case ORGANIZATION -> ORG;
            case COUNTRY, STATE_OR_PROVINCE, CITY, DISTRICT, LOCATION -> LOC;
            case FACILITY -> FAC;
            case EVENT, PROJECT -> EVENT;
            case PRODUCT, WORK_OF_ART, LAW, AWARD -> WORK;
            default -> null;
        };
    }

    /** Prefix of this class's blocking keys: per:, org:, loc:, ... */
    public String prefix() {
        return name().toLowerCase(java.util.Locale.ROOT) + ":";
    }
}
