package org.faktograf.facts.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.model.EntityType;
import org.faktograf.model.FactType;
import org.faktograf.model.Modality;

/**
 * Reads rule files. The layout, line by line ({@code #} starts a comment line):
 *
 * <pre>
 * fact OCCUPATION                       the type of the file's facts
 * GEO = &lt;COUNTRY|CITY&gt; | регион          a named sub-pattern, usable below and in later files
 * rule post-org-person                  a rule; its attributes follow, indented:
 *   pattern: position:POST (where:ORG)? who:&lt;PERSON&gt;
 *   set: status = current               constant arguments, separated by ;
 *   modality: planned                   asserted | negated | planned | possible | detect
 *   example: [Губернатор|PROFESSION] [Томской области|STATE_OR_PROVINCE] [Виктор Кресс|PERSON] ...
 *   expect: who = Виктор Кресс; position = Губернатор; where = Томской области
 *   not: [писатель|PROFESSION] [Виктор Шендерович|PERSON] провёл митинг.
 * </pre>
 *
 * An indented line that does not start with an attribute name continues the pattern or the
 * definition above it. A rule may have several {@code expect} lines after an example (one per
 * fact); an example with no {@code expect} only has to yield some fact.
 *
 * <p>Patterns, item by item:
 * <ul>
 *   <li>{@code встретиться}: a token with this lemma; {@code глава[NOUN ablt]}: with this lemma
 *       in a reading that is a noun in the instrumental; {@code (назначить | избрать)[PRTS]}: the
 *       test applies to each word of the choice;</li>
 *   <li>{@code {posts}}: a token whose lemma is in the word list {@code posts.txt} beside the
 *       rules (one lemma a line, {@code #} comments);</li>
 *   <li>{@code "с"}: a token with this text (any letter case; {@code "\""} is a quote mark);</li>
 *   <li>{@code [VERB]}, {@code [ADJF|PRTF, gent]}: a token with such a reading;</li>
 *   <li>{@code _}: any token; {@code ...}: up to 8 tokens, as few as possible
 *       ({@code ...{12}}: up to 12); {@code !X}: one token that is not X;</li>
 *   <li>{@code <PERSON>}, {@code <COUNTRY|CITY>}: a mention of one of the types (NEREL's entity
 *       types), consuming its tokens; {@code <PERSON>[ablt]}: whose head word can be
 *       instrumental;</li>
 *   <li>{@code NAME}: a sub-pattern defined with {@code NAME = ...};</li>
 *   <li>{@code (?= X)}, {@code (?! X)}: the match goes on only if X follows here, or does not
 *       (nothing is consumed); {@code (?<= X)}, {@code (?<! X)}: only if the token before is, or
 *       is not, one of the single-word items X;</li>
 *   <li>{@code ( A | B C )}: alternatives; postfix {@code ?}, {@code *}, {@code +}, {@code {2}},
 *       {@code {1,3}}, with a trailing {@code ?} for as few as possible;</li>
 *   <li>{@code role:X}: what X matches fills the argument {@code role} of the fact (a mention
 *       brings its entity); {@code name:X+} is one argument, {@code (participant:X ",")+} one
 *       argument a repetition;</li>
 *   <li>{@code X@c}: tokens or mentions marked with the same label must share a case.</li>
 * </ul>
 */
public final class RuleParser {
    private static final Set<String> ATTRIBUTES = Set.of("pattern", "set", "modality", "example", "expect", "not", "note");
    /** The gap {@code ...} spans at most this many tokens unless a bound is given. */
    static final int DEFAULT_GAP = 8;

    private final Map<String, Pattern> shared;
    private final java.util.function.Function<String, Set<String>> wordLists;

    /** A parser that resolves names against the definitions of earlier files too, and has no word lists. */
    public RuleParser(Map<String, Pattern> sharedDefinitions) {
        this(sharedDefinitions, name -> null);
    }

    /**
     * A parser that resolves names against the definitions of earlier files too, and word lists
     * ({@code {posts}}) by {@code wordLists}, which gives {@code null} for an unknown list.
     */
    public RuleParser(Map<String, Pattern> sharedDefinitions, java.util.function.Function<String, Set<String>> wordLists) {
        this.shared = sharedDefinitions;
        this.wordLists = wordLists;
    }

    public RuleFile parse(String file, String source) {
        return new FileParser(file, source).parse();
    }

    private final class FileParser {
        private final String file;
        private final String[] lines;
        private FactType type;
        private final Map<String, Pattern> definitions = new LinkedHashMap<>();
        private final List<Rule> rules = new ArrayList<>();
        private final Set<String> ruleNames = new HashSet<>();

        // the rule being read
        private String ruleName;
        private int ruleLine;
        private String patternText;
        private int patternLine;
        private final List<Rule.Constant> constants = new ArrayList<>();
        private Modality modality;
        private boolean modalitySet;
        private final List<RuleExample> examples = new ArrayList<>();
        private MarkedText exampleText;
        private int exampleLine;
        private boolean exampleNegative;
        private final List<Map<String, List<String>>> expected = new ArrayList<>();

        // a definition being read (it may continue on indented lines)
        private String defName;
        private String defText;
        private int defLine;
        private String lastAttribute;

        FileParser(String file, String source) {
            this.file = file;
            this.lines = source.split("\r?\n", -1);
        }

        RuleFile parse() {
            for (int i = 0; i < lines.length; i++) {
                int lineNo = i + 1;
                String raw = lines[i];
                String trimmed = raw.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                boolean indented = Character.isWhitespace(raw.charAt(0));
                if (!indented) {
                    finishDefinition();
                    finishRule();
                    topLevel(trimmed, lineNo);
                } else if (ruleName != null) {
                    attribute(trimmed, lineNo);
                } else if (defName != null) {
                    defText += " " + stripComment(trimmed);
                } else {
                    throw new RuleSyntaxException(file, lineNo, "indented line outside a rule or definition");
                }
            }
            finishDefinition();
            finishRule();
            return new RuleFile(file, type, definitions, rules);
        }

        private void topLevel(String line, int lineNo) {
            if (line.startsWith("fact ")) {
                String t = line.substring(5).strip().toUpperCase(Locale.ROOT);
                try {
                    type = FactType.valueOf(t);
                } catch (IllegalArgumentException e) {
                    throw new RuleSyntaxException(file, lineNo, "unknown fact type '" + t + "'");
                }
            } else if (line.startsWith("rule ")) {
                if (type == null) {
                    throw new RuleSyntaxException(file, lineNo, "a rule before the 'fact TYPE' line");
                }
                ruleName = line.substring(5).strip();
                if (!ruleName.matches("[\\p{L}\\p{N}_.-]+")) {
                    throw new RuleSyntaxException(file, lineNo, "a rule name is one word: '" + ruleName + "'");
                }
                if (!ruleNames.add(ruleName)) {
                    throw new RuleSyntaxException(file, lineNo, "a second rule named '" + ruleName + "'");
                }
                ruleLine = lineNo;
            } else {
                int eq = line.indexOf('=');
                String name = eq < 0 ? "" : line.substring(0, eq).strip();
                if (!name.matches("[A-Z][A-Z0-9_]*")) {
                    throw new RuleSyntaxException(file, lineNo,
                            "expected 'fact TYPE', 'rule NAME' or 'NAME = pattern' (NAME in capitals)");
                }
                defName = name;
                defText = stripComment(line.substring(eq + 1));
                defLine = lineNo;
            }
        }

        private void attribute(String line, int lineNo) {
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!ATTRIBUTES.contains(key)) {
                if ("pattern".equals(lastAttribute)) {
                    patternText += " " + stripComment(line);
                    return;
                }
                throw new RuleSyntaxException(file, lineNo, "expected one of " + ATTRIBUTES + " followed by ':'");
            }
            lastAttribute = key;
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "pattern" -> {
                    if (patternText != null) {
                        throw new RuleSyntaxException(file, lineNo, "a second pattern in rule " + ruleName);
                    }
                    patternText = stripComment(value);
                    patternLine = lineNo;
                }
                case "set" -> {
                    for (Map.Entry<String, String> e : assignments(value, lineNo).entrySet()) {
                        constants.add(new Rule.Constant(e.getKey(), e.getValue()));
                    }
                }
                case "modality" -> {
                    modalitySet = true;
                    modality = value.equalsIgnoreCase("detect") ? null : modality(value, lineNo);
                }
                case "example", "not" -> {
                    finishExample();
                    try {
                        exampleText = MarkedText.parse(value);
                    } catch (IllegalArgumentException e) {
                        throw new RuleSyntaxException(file, lineNo, e.getMessage());
                    }
                    exampleLine = lineNo;
                    exampleNegative = key.equals("not");
                }
                case "expect" -> {
                    if (exampleText == null || exampleNegative) {
                        throw new RuleSyntaxException(file, lineNo, "'expect' belongs after an 'example'");
                    }
                    Map<String, List<String>> fact = new LinkedHashMap<>();
                    for (String part : value.split(";")) {
                        if (part.isBlank()) {
                            continue;
                        }
                        int eq = part.indexOf('=');
                        if (eq < 0) {
                            throw new RuleSyntaxException(file, lineNo, "expected 'role = text' in '" + part.strip() + "'");
                        }
                        fact.computeIfAbsent(part.substring(0, eq).strip(), k -> new ArrayList<>())
                                .add(part.substring(eq + 1).strip());
                    }
                    expected.add(fact);
                }
                default -> {
                    // note: free text for the reader
                }
            }
        }

        private Map<String, String> assignments(String value, int lineNo) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String part : value.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw new RuleSyntaxException(file, lineNo, "expected 'role = value' in '" + part.strip() + "'");
                }
                out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
            return out;
        }

        private Modality modality(String value, int lineNo) {
            try {
                return Modality.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleSyntaxException(file, lineNo, "modality is asserted, negated, planned, possible or detect");
            }
        }

        private void finishExample() {
            if (exampleText != null) {
                examples.add(new RuleExample(exampleText, new ArrayList<>(expected), exampleNegative, exampleLine));
            }
            exampleText = null;
            expected.clear();
        }

        private void finishDefinition() {
            if (defName == null) {
                return;
            }
            if (definitions.containsKey(defName) || shared.containsKey(defName)) {
                throw new RuleSyntaxException(file, defLine, "'" + defName + "' is defined twice");
            }
            definitions.put(defName, compile(defText, defLine));
            defName = null;
        }

        private void finishRule() {
            if (ruleName == null) {
                return;
            }
            finishExample();
            if (patternText == null) {
                throw new RuleSyntaxException(file, ruleLine, "rule " + ruleName + " has no pattern");
            }
            Pattern p = compile(patternText, patternLine);
            Modality m = modalitySet ? modality : type == FactType.OCCUPATION ? Modality.ASSERTED : null;
            rules.add(new Rule(file, ruleName, type, p, constants, m, examples, ruleLine));
            ruleName = null;
            patternText = null;
            constants.clear();
            modality = null;
            modalitySet = false;
            examples.clear();
            lastAttribute = null;
        }

        private Pattern compile(String text, int lineNo) {
            try {
                return new PatternReader(text).read();
            } catch (IllegalArgumentException e) {
                throw new RuleSyntaxException(file, lineNo, e.getMessage());
            }
        }

        /** Drops a {@code #} comment that follows a space outside quotes. */
        private static String stripComment(String s) {
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                    return s.substring(0, i).strip();
                }
            }
            return s.strip();
        }

        /** Recursive-descent reader of one pattern. */
        private final class PatternReader {
            private final String s;
            private int i;

            PatternReader(String s) {
                this.s = s;
            }

            Pattern read() {
                Pattern p = choice();
                skipSpace();
                if (i < s.length()) {
                    throw error("unexpected '" + s.charAt(i) + "'");
                }
                return p;
            }

            private Pattern choice() {
                List<Pattern> options = new ArrayList<>();
                options.add(sequence());
                while (peek('|')) {
                    i++;
                    options.add(sequence());
                }
                return options.size() == 1 ? options.get(0) : new Pattern.Choice(options.toArray(new Pattern[0]));
            }

            private Pattern sequence() {
                List<Pattern> items = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (i >= s.length() || s.charAt(i) == '|' || s.charAt(i) == ')') {
                        break;
                    }
                    items.add(item());
                }
                if (items.isEmpty()) {
                    throw error("empty pattern or alternative");
                }
                return items.size() == 1 ? items.get(0) : new Pattern.Sequence(items.toArray(new Pattern[0]));
            }

            private Pattern item() {
                skipSpace();
                String role = null;
                int save = i;
                String word = word();
                if (word != null && i < s.length() && s.charAt(i) == ':' && word.matches("[a-z][a-z_]*")) {
                    role = word;
                    i++;
                } else {
                    i = save;
                }
                Pattern atom = atom();
                atom = postfix(atom);
                // the role takes in the quantifier: name:X{1,6} is one argument; (role:X)* is one a repetition
                return role != null ? new Pattern.Capture(role, atom) : atom;
            }

            private Pattern atom() {
                skipSpace();
                if (i >= s.length()) {
                    throw error("a pattern item is missing");
                }
                char c = s.charAt(i);
                if (s.startsWith("(?<=", i) || s.startsWith("(?<!", i)) {
                    boolean negated = s.charAt(i + 3) == '!';
                    i += 4;
                    Pattern p = choice();
                    expect(')');
                    List<TokenTest> tests = new ArrayList<>();
                    if (!singleTokens(p, tests)) {
                        throw error("a look behind holds single words, \"texts\" or [tests]");
                    }
                    return new Pattern.LookBehind(tests.toArray(new TokenTest[0]), negated);
                }
                if (s.startsWith("(?=", i) || s.startsWith("(?!", i)) {
                    boolean negated = s.charAt(i + 2) == '!';
                    i += 3;
                    Pattern p = choice();
                    expect(')');
                    return new Pattern.Look(p, negated);
                }
                if (c == '(') {
                    i++;
                    Pattern p = choice();
                    expect(')');
                    return p;
                }
                if (c == '!') {
                    i++;
                    Pattern p = atom();
                    List<TokenTest> tests = new ArrayList<>();
                    if (!singleTokens(p, tests)) {
                        throw error("'!' goes before a word, a \"text\", a [test] or a choice of these");
                    }
                    return tests.size() == 1 ? new Pattern.TokenAtom(tests.get(0), true, null)
                            : new Pattern.NotToken(tests.toArray(new TokenTest[0]));
                }
                if (c == '<') {
                    int close = s.indexOf('>', i);
                    if (close < 0) {
                        throw error("'<' without '>'");
                    }
                    long types = 0;
                    for (String t : s.substring(i + 1, close).split("\\|")) {
                        String name = t.strip().toUpperCase(Locale.ROOT);
                        if (name.equals("*")) {
                            types = -1L;
                            continue;
                        }
                        try {
                            types |= 1L << EntityType.valueOf(name).ordinal();
                        } catch (IllegalArgumentException e) {
                            throw error("unknown mention type '" + t.strip() + "'");
                        }
                    }
                    i = close + 1;
                    MorphTest head = morph();
                    return new Pattern.MentionAtom(types, new TokenTest(null, null, head), null);
                }
                if (c == '"') {
                    StringBuilder literal = new StringBuilder();
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) != '"') {
                        if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                            j++;
                        }
                        literal.append(s.charAt(j++));
                    }
                    if (j >= s.length() || literal.length() == 0) {
                        throw error("unclosed or empty \"text\" (write \\\" for a quote mark)");
                    }
                    String surface = normalise(literal.toString());
                    i = j + 1;
                    return new Pattern.TokenAtom(new TokenTest(surface, null, morph()), false, null);
                }
                if (c == '[') {
                    MorphTest m = morph();
                    return new Pattern.TokenAtom(new TokenTest(null, null, m), false, null);
                }
                if (c == '{') {
                    int close = s.indexOf('}', i);
                    if (close < 0) {
                        throw error("'{' without '}'");
                    }
                    String name = s.substring(i + 1, close).strip();
                    Set<String> words = wordLists.apply(name);
                    if (words == null) {
                        throw error("no word list '" + name + "' (a file " + name + ".txt beside the rules)");
                    }
                    i = close + 1;
                    return new Pattern.TokenAtom(new TokenTest(null, words, morph()), false, null);
                }
                if (s.startsWith("...", i)) {
                    i += 3;
                    int max = DEFAULT_GAP;
                    if (peek('{')) {
                        int close = s.indexOf('}', i);
                        max = number(s.substring(i + 1, close));
                        i = close + 1;
                    }
                    return new Pattern.Repeat(any(), 0, max, true);
                }
                if (c == '_') {
                    i++;
                    return any();
                }
                String w = word();
                if (w == null) {
                    throw error("unexpected '" + c + "'");
                }
                if (w.matches("[A-Z][A-Z0-9_]*")) {
                    Pattern p = definitions.get(w);
                    if (p == null) {
                        p = shared.get(w);
                    }
                    if (p == null) {
                        throw error("'" + w + "' is not defined (define it above its use)");
                    }
                    return p;
                }
                if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                    throw error("a lemma is written in lower case: '" + w + "' (names of sub-patterns in capitals)");
                }
                return new Pattern.TokenAtom(new TokenTest(null, Set.of(w.replace('ё', 'е')), morph()), false, null);
            }

            /** Collects the tests of a token atom or a choice of them; false for anything else. */
            private boolean singleTokens(Pattern p, List<TokenTest> out) {
                if (p instanceof Pattern.TokenAtom t && !t.negated()) {
                    out.add(t.test());
                    return true;
                }
                if (p instanceof Pattern.Choice c) {
                    for (Pattern o : c.options()) {
                        if (!singleTokens(o, out)) {
                            return false;
                        }
                    }
                    return true;
                }
                return false;
            }

            private Pattern any() {
                return new Pattern.TokenAtom(new TokenTest(null, null, null), false, null);
            }

            private MorphTest morph() {
                if (i < s.length() && s.charAt(i) == '[') {
                    int close = s.indexOf(']', i);
                    if (close < 0) {
                        throw error("'[' without ']'");
                    }
                    String spec = s.substring(i + 1, close);
                    i = close + 1;
                    return MorphTest.parse(spec);
                }
                return null;
            }

            private Pattern postfix(Pattern atom) {
                while (i < s.length()) {
                    char c = s.charAt(i);
                    if (c == '?' || c == '*' || c == '+' || c == '{') {
                        int min;
                        int max;
                        if (c == '{') {
                            int close = s.indexOf('}', i);
                            if (close < 0) {
                                throw error("'{' without '}'");
                            }
                            String[] parts = s.substring(i + 1, close).split(",", -1);
                            min = parts[0].isBlank() ? 0 : number(parts[0]);
                            max = parts.length == 1 ? min : parts[1].isBlank() ? Integer.MAX_VALUE : number(parts[1]);
                            if (max < min || max == 0) {
                                throw error("bad repeat bounds {" + s.substring(i + 1, close) + "}");
                            }
                            i = close + 1;
                        } else {
                            min = c == '+' ? 1 : 0;
                            max = c == '?' ? 1 : Integer.MAX_VALUE;
                            i++;
                        }
                        boolean lazy = false;
                        if (i < s.length() && s.charAt(i) == '?') {
                            lazy = true;
                            i++;
                        }
                        atom = new Pattern.Repeat(atom, min, max, lazy);
                    } else if (c == '[') {
                        atom = withMorph(atom, morph());
                    } else if (c == '@') {
                        i++;
                        String label = word();
                        if (label == null) {
                            throw error("'@' needs a label");
                        }
                        atom = withAgreement(atom, label);
                    } else {
                        break;
                    }
                }
                return atom;
            }

            /** A choice of words followed by a test: {@code (назначить | избрать)[PRTS]} tests each. */
            private Pattern withMorph(Pattern atom, MorphTest m) {
                if (atom instanceof Pattern.TokenAtom t && !t.negated() && t.test().morph() == null) {
                    return new Pattern.TokenAtom(new TokenTest(t.test().surface(), t.test().lemmas(), m), false,
                            t.agreement());
                }
                if (atom instanceof Pattern.MentionAtom a && a.head().morph() == null) {
                    return new Pattern.MentionAtom(a.types(), new TokenTest(null, null, m), a.agreement());
                }
                if (atom instanceof Pattern.Choice c) {
                    Pattern[] options = new Pattern[c.options().length];
                    for (int k = 0; k < options.length; k++) {
                        options[k] = withMorph(c.options()[k], m);
                    }
                    return new Pattern.Choice(options);
                }
                throw error("a [test] after a group applies to a choice of single words or mentions without tests");
            }

            private Pattern withAgreement(Pattern atom, String label) {
                if (atom instanceof Pattern.TokenAtom t && !t.negated()) {
                    return new Pattern.TokenAtom(t.test(), false, label);
                }
                if (atom instanceof Pattern.MentionAtom m) {
                    return new Pattern.MentionAtom(m.types(), m.head(), label);
                }
                throw error("'@" + label + "' goes right after a word, a [test] or a <MENTION>");
            }

            private String word() {
                int start = i;
                while (i < s.length()) {
                    char c = s.charAt(i);
                    if (Character.isLetterOrDigit(c) || c == '_' && i > start || c == '-' && i > start) {
                        i++;
                    } else {
                        break;
                    }
                }
                return i > start ? s.substring(start, i) : null;
            }

            private int number(String t) {
                try {
                    return Integer.parseInt(t.strip());
                } catch (NumberFormatException e) {
                    throw error("'" + t + "' is not a number");
                }
            }

            private boolean peek(char c) {
                skipSpace();
                return i < s.length() && s.charAt(i) == c;
            }

            private void expect(char c) {
                if (!peek(c)) {
                    throw error("expected '" + c + "'");
                }
                i++;
            }

            private void skipSpace() {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
            }

            private IllegalArgumentException error(String message) {
                return new IllegalArgumentException(message + " at column " + (i + 1) + " of: " + s);
            }
        }
    }

    /** Lower case with ё read as е, as {@link TokenTest} compares texts. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
