package org.faktograf.model;

/** The kinds of facts extracted; the first four are factRuEval-2016's. */
public enum FactType {
    OCCUPATION, MEETING, DEAL, OWNERSHIP, PROJECT
}
