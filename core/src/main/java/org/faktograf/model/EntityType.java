package org.faktograf.model;

/**
 * Mention and entity types: NEREL's entity types (the reference set), plus {@link #PROJECT} for
 * named projects and programmes (ИНО-ТОМСК 2020), which NEREL has no type for.
 */
public enum EntityType {
    PERSON(Coarse.PER),
    ORGANIZATION(Coarse.ORG),
    COUNTRY(Coarse.LOC),
    STATE_OR_PROVINCE(Coarse.LOC),
    CITY(Coarse.LOC),
    DISTRICT(Coarse.LOC),
    LOCATION(Coarse.LOC),
    FACILITY(Coarse.FAC),
    PROFESSION(Coarse.POS),
    DATE(Coarse.DATE),
    TIME(Coarse.DATE),
    MONEY(Coarse.MONEY),
    PERCENT(Coarse.NUM),
    NUMBER(Coarse.NUM),
    ORDINAL(Coarse.NUM),
    AGE(Coarse.NUM),
    EVENT(Coarse.EVENT),
    PROJECT(Coarse.EVENT),
    PRODUCT(Coarse.MISC),
    WORK_OF_ART(Coarse.MISC),
    LAW(Coarse.MISC),
    AWARD(Coarse.MISC),
    NATIONALITY(Coarse.MISC),
    RELIGION(Coarse.MISC),
    IDEOLOGY(Coarse.MISC),
    LANGUAGE(Coarse.MISC),
    DISEASE(Coarse.MISC),
    CRIME(Coarse.MISC),
    PENALTY(Coarse.MISC),
    FAMILY(Coarse.MISC);

    /** The coarse classes most users and most Russian NER benchmarks speak of. */
    public enum Coarse { PER, ORG, LOC, FAC, POS, DATE, MONEY, NUM, EVENT, MISC }

    private final Coarse coarse;

    EntityType(Coarse coarse) {
        this.coarse = coarse;
    }

    public Coarse coarse() {
        return coarse;
    }

    /** Places that can act as political bodies (factRuEval's LocOrg when so used). */
    public boolean isGeoPolitical() {
        return this == COUNTRY || this == STATE_OR_PROVINCE || this == CITY || this == DISTRICT;
    }
}
