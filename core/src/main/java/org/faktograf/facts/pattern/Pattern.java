package org.faktograf.facts.pattern;

/**
 * A compiled pattern: a tree of nodes that {@link PatternMatcher} walks over the tokens and
 * mentions of a sentence. Built by {@link RuleParser}; immutable.
 */
public sealed interface Pattern {

    /** The items one after another. */
    record Sequence(Pattern[] items) implements Pattern {
    }

    /** One of the options, tried in order. */
    record Choice(Pattern[] options) implements Pattern {
    }

    /** The body from {@code min} to {@code max} times; lazy repeats try fewer times first. */
    record Repeat(Pattern body, int min, int max, boolean lazy) implements Pattern {
    }

    /**
     * One token passing the test (or, negated, one token failing it). {@code agreement} names a
     * case-agreement group, or is {@code null}.
     */
    record TokenAtom(TokenTest test, boolean negated, String agreement) implements Pattern {
    }

    /** One token passing none of the tests: {@code !("," | [VERB])}. */
    record NotToken(TokenTest[] tests) implements Pattern {
    }

    /**
     * One mention whose type is in {@code types} (bits of {@code EntityType} ordinals) and whose
     * head token passes {@code head}; it consumes the mention's tokens.
     */
    record MentionAtom(long types, TokenTest head, String agreement) implements Pattern {
    }

    /**
     * A look at what follows without consuming it: the match goes on when the body matches here
     * ({@code (?= X)}) or, negated, when it does not ({@code (?! X)}).
     */
    record Look(Pattern body, boolean negated) implements Pattern {
    }

    /**
     * A look at the token before without consuming it: the match goes on when that token passes
     * none of the tests ({@code (?<! X)}), or one of them ({@code (?<= X)}).
     */
    record LookBehind(TokenTest[] tests, boolean negated) implements Pattern {
    }

    /** What the body matched fills the fact argument {@code role}. */
    record Capture(String role, Pattern body) implements Pattern {
    }
}
