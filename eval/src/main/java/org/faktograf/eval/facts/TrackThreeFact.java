package org.faktograf.eval.facts;

import java.util.List;

/**
 * A fact as the track 3 scorer sees it, gold or response: its type tag ({@code occupation},
 * {@code meeting}, {@code deal}, {@code ownership}, ...) and arguments, each a name with the
 * values that count as it (a gold entity has many: its names, its mentions' texts, a person's
 * name combinations; a response argument has one).
 *
 * @param ignored a gold fact marked difficult, left out of the default scoring
 */
public record TrackThreeFact(String tag, List<Argument> arguments, boolean ignored) {
    public TrackThreeFact {
        arguments = List.copyOf(arguments);
    }

    /** An argument: its name and the values that count as it. */
    public record Argument(String name, List<String> values) {
        public Argument {
            values = List.copyOf(values);
        }

        /** The weight of the argument in the quality of a match: a position counts half. */
        double weight() {
            return name.equals("position") || name.equals("фаза") ? 0.5 : 1.0;
        }

        /** Whether this (gold) argument accepts the value of a response argument. */
        boolean accepts(Argument response) {
            if (!name.equals(response.name)) {
                return false;
            }
            for (String x : values) {
                for (String y : response.values) {
                    if (ScoredText.close(x, y)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Whether this gold fact can be paired with a response fact: some argument other than a position agrees. */
    boolean canMatch(TrackThreeFact response) {
        if (!tag.equals(response.tag)) {
            return false;
        }
        for (Argument a : arguments) {
            if (a.name().equals("position")) {
                continue;
            }
            for (Argument b : response.arguments) {
                if (a.accepts(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
