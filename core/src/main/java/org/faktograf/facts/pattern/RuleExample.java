package org.faktograf.facts.pattern;

import java.util.List;
import java.util.Map;

/**
 * A sentence a rule was written for. A positive example lists the facts it must yield, each as
 * role → the texts of the spans filling it ({@code who = Виктором Крессом}); a negative example
 * ({@code not:}) must yield no fact from the rule.
 *
 * @param line the line of the example in its rule file
 */
public record RuleExample(MarkedText text, List<Map<String, List<String>>> expected, boolean negative, int line) {
    public RuleExample {
        expected = List.copyOf(expected);
    }
}
