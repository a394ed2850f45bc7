package org.faktograf.facts.pattern;

import java.util.List;
import org.faktograf.model.FactType;
import org.faktograf.model.Modality;

/**
 * One fact pattern: when {@code pattern} matches, a fact of {@code type} is made of its captures
 * and the constant arguments.
 *
 * @param file      the rule file it was read from
 * @param name      its name, unique in the file
 * @param type      the fact type
 * @param pattern   the compiled pattern
 * @param constants arguments every fact of the rule has ({@code set: type = купля/продажа})
 * @param modality  the modality of its facts, or {@code null} to detect it from the sentence
 * @param examples  the sentences it was written for
 * @param line      the line of the rule in its file
 */
public record Rule(String file, String name, FactType type, Pattern pattern, List<Constant> constants,
                   Modality modality, List<RuleExample> examples, int line) {

    public Rule {
        constants = List.copyOf(constants);
        examples = List.copyOf(examples);
    }

    /** A constant argument. */
    public record Constant(String role, String value) {
    }

    /** "file/name", as facts record it. */
    public String id() {
        return file + "/" + name;
    }
}
