package org.faktograf.facts.pattern;

import java.util.List;
import java.util.Map;
import org.faktograf.model.FactType;

/**
 * One parsed rule file: the fact type its rules make ({@code null} for a file of shared
 * definitions only), its named sub-patterns and its rules in file order.
 */
public record RuleFile(String name, FactType type, Map<String, Pattern> definitions, List<Rule> rules) {
    public RuleFile {
        definitions = Map.copyOf(definitions);
        rules = List.copyOf(rules);
    }
}
