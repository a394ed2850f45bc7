package org.faktograf.model;

import java.util.List;

/**
 * A fact with its evidence.
 *
 * @param id            unique within the analysis ("f0", ...)
 * @param type          fact type
 * @param arguments     its arguments, roles may repeat (participant)
 * @param modality      asserted, negated, planned, possible
 * @param evidenceStart UTF-16 start of the evidence (the sentence or clause)
 * @param evidenceEnd   UTF-16 end of the evidence
 * @param rule          name of the pattern or model that produced it, for inspection
 */
public record Fact(String id, FactType type, List<FactArgument> arguments, Modality modality,
                   int evidenceStart, int evidenceEnd, String rule) {
    public Fact {
        arguments = List.copyOf(arguments);
    }

    public List<FactArgument> arguments(String role) {
        return arguments.stream().filter(a -> a.role().equals(role)).toList();
    }
}
