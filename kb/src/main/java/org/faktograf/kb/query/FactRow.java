package org.faktograf.kb.query;

import java.util.List;

/** A fact with its document, date, evidence and arguments. Offsets are code points. */
public record FactRow(long id, String type, String modality, String date, String document, String evidence,
                      int evidenceStart, int evidenceEnd, List<Argument> arguments) {

    /** An argument: its role, canonical value and the kb entity it names ({@code null} for a plain value). */
    public record Argument(String role, String value, Long entityId, String entityName) {}
}
