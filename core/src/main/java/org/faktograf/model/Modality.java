package org.faktograf.model;

/** Whether a fact is stated as real, denied, planned or only possible. */
public enum Modality {
    ASSERTED, NEGATED, PLANNED, POSSIBLE
}
