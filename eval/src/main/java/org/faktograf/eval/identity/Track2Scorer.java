package org.faktograf.eval.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.formats.corpus.FactRuDocument;

/**
 * Scores factRuEval-2016 track 2 (entities) the way the official scorer does
 * ({@code scripts/dialent/task2} of the factRuEval-2016 repository), re-implemented here:
 *
 * <ul>
 *   <li><b>Gold entities</b> come from the {@code .coref} layer. Values of one key are
 *       alternatives of one attribute (firstname, lastname, patronymic, nickname, name; a digit
 *       after a key makes a further attribute of that name: firstname1 is a second first name);
 *       descriptors are no attribute but widen the others ("name descr" and "descr name" also
 *       match); a name written in quotes in the text also matches with the quotes; wikidata is
 *       ignored. An entity without attributes is dropped; one whose mentions all lie inside other
 *       mentions (Томской области in администрации Томской области), or are all geo adjectives,
 *       is ignored: matching it neither gains nor costs. LocOrg counts as loc.</li>
 *   <li><b>Response entities</b>: each {@code key:value} line is one attribute.</li>
 *   <li><b>Values</b> compare lower case, with ё as е, all double quotes alike, all dashes alike,
 *       within a Levenshtein distance of 0 (up to 1 character), 1 (up to 8) or 2 (longer).</li>
 *   <li><b>Quality</b> of a pair of entities of the same type: matched gold attributes divided by
 *       (matched gold + unmatched gold + unmatched response attributes).</li>
 *   <li><b>Matching</b>: the official recursive search for the one-to-one matching with the best
 *       F1 (a pair of quality 1 is always taken); past a budget of {@value #SEARCH_BUDGET} complete
 *       matchings per document, it takes the best option at each remaining step.</li>
 *   <li><b>Figures</b>: TP is the sum of the qualities of the pairs; precision is TP over the
 *       response entities, recall TP over the gold entities (ignored ones left out of both),
 *       summed over documents; per type by the gold entity's type.</li>
 * </ul>
 */
public final class Track2Scorer {
    static final int SEARCH_BUDGET = 200_000;
    private static final String[] TAGS = {"per", "loc", "org", "locorg"};
    private static final int[] THRESHOLDS = {0, 0, 1, 1, 1, 1, 1, 1, 1, 2};

    /** One attribute: its name and its alternative values (normalised). */
    public record Attribute(String name, Set<String> values) {
        boolean matches(Attribute other) {
            if (!name.equals(other.name)) {
                return false;
            }
            for (String a : values) {
                for (String b : other.values) {
                    if (similar(a, b)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A gold or response entity: type per, loc, org (or something the scorer skips), attributes, ignored mark. */
    public record ScoredEntity(String id, String tag, List<Attribute> attributes, boolean ignored) {}

    /** True positives with the gold and response counts, as the official Metrics. */
    public record Counts(double tp, int gold, int found) {
        public double precision() {
            return found > 0 ? tp / found : 1.0;
        }

        public double recall() {
            return gold > 0 ? tp / gold : 1.0;
        }

        public double f1() {
            if (gold + found == 0) {
                return 1.0;
            }
            double p = precision();
            double r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, gold + o.gold, found + o.found);
        }

        public static final Counts ZERO = new Counts(0, 0, 0);
    }

    /** The scores of one document or of a whole set: per, loc, org and overall. */
    public record Scores(Map<String, Counts> byTag) {
        public Counts get(String tag) {
            return byTag.getOrDefault(tag, Counts.ZERO);
        }

        public Scores plus(Scores o) {
            Map<String, Counts> sum = new LinkedHashMap<>();
            for (String t : List.of("per", "loc", "org", "overall")) {
                sum.put(t, get(t).plus(o.get(t)));
            }
            return new Scores(sum);
        }

        public static Scores empty() {
            return new Scores(Map.of());
        }
    }

    // ---- strings

    /** The official normalisation of values: lower case, trimmed, one kind of quote and dash, ё as е. */
    static String safeNormalize(String s) {
        String r = s.toLowerCase(Locale.ROOT).strip();
        r = r.replaceAll("[«»“”„]", "\"").replaceAll("[’`]", "'").replace('ё', 'е');
        return r.replaceAll("[‐−‒–—―]", "-");
    }

    /** {@link #safeNormalize} and no space on the wrong side of punctuation. */
    static String normalize(String s) {
        return safeNormalize(s).replace(" ,", ",").replace(" .", ".").replace(" -", "-").replace("- ", "-")
                .replace("( ", "(").replace(" )", ")");
    }

    static boolean similar(String a, String b) {
        int longest = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        int threshold = THRESHOLDS[Math.min(longest, THRESHOLDS.length - 1)];
        return distance(a, b) <= threshold;
    }

    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    // ---- gold

    /** A gold mention: its tag, spans and the interval they cover. */
    private record GoldMention(String id, String tag, List<FactRuDocument.Span> spans, int start, int end) {
        boolean geoAdjectiveOnly() {
            return spans.stream().allMatch(s -> s.type().equals("geo_adj"));
        }
    }

    private static final Map<String, List<String>> PARENT_TAGS = Map.of(
            "per", List.of("loc", "org", "locorg"),
            "loc", List.of("loc", "org", "locorg"),
            "org", List.of("org", "locorg"),
            "locorg", List.of("org", "locorg"),
            "project", List.of("org", "locorg"));

    /** The gold entities of a document (those without attributes already left out). */
    public static List<ScoredEntity> standard(FactRuDocument d) {
        Map<String, FactRuDocument.Span> spans = new HashMap<>();
        for (FactRuDocument.Span s : d.spans()) {
            spans.putIfAbsent(s.id(), s);
        }
        Map<String, GoldMention> mentions = new LinkedHashMap<>();
        for (FactRuDocument.TextObject o : d.objects()) {
            String tag = switch (o.type()) {
                case "Person" -> "per";
                case "Org", "Organization" -> "org";
                case "LocOrg" -> "locorg";
                case "Location" -> "loc";
                case "Project" -> "project";
                default -> null;
            };
            List<FactRuDocument.Span> ss = new ArrayList<>();
            for (String id : o.spanIds()) {
                if (spans.containsKey(id)) {
                    ss.add(spans.get(id));
                }
            }
            if (tag == null || ss.isEmpty()) {
                continue;
            }
            int start = ss.stream().mapToInt(FactRuDocument.Span::start).min().orElseThrow();
            int end = ss.stream().mapToInt(FactRuDocument.Span::end).max().orElseThrow();
            mentions.put(o.id(), new GoldMention(o.id(), tag, ss, start, end));
        }
        Set<String> embedded = embeddedMentions(mentions.values());
        SpanTexts texts = new SpanTexts(d);
        List<ScoredEntity> out = new ArrayList<>();
        for (FactRuDocument.CorefEntity e : d.coref()) {
            List<GoldMention> ms = new ArrayList<>();
            List<FactRuDocument.Span> ownSpans = new ArrayList<>();
            for (String id : e.objectIds()) {
                if (mentions.containsKey(id)) {
                    ms.add(mentions.get(id));
                } else if (spans.containsKey(id)) {
                    ownSpans.add(spans.get(id));
                }
            }
            String tag = entityTag(ms);
            List<FactRuDocument.Span> allSpans = new ArrayList<>(ownSpans);
            ms.forEach(m -> allSpans.addAll(m.spans()));
            List<Attribute> attributes = attributes(e, tag, allSpans, texts);
            if (attributes.isEmpty()) {
                continue;
            }
            boolean ignored = !ms.isEmpty()
                    && (ms.stream().allMatch(m -> embedded.contains(m.id())) || ms.stream().allMatch(GoldMention::geoAdjectiveOnly));
            out.add(new ScoredEntity(e.id(), tag, attributes, ignored));
        }
        return out;
    }

    /** loc when a place is among several tags, else the one tag; locorg counts as loc. */
    private static String entityTag(List<GoldMention> ms) {
        Set<String> tags = new LinkedHashSet<>();
        ms.forEach(m -> tags.add(m.tag()));
        if (tags.isEmpty()) {
            return "unknown";
        }
        if (tags.size() > 1 && (tags.contains("locorg") || tags.contains("loc"))) {
            return "loc";
        }
        String t = tags.iterator().next();
        return t.equals("locorg") ? "loc" : t;
    }

    /** Mentions inside another of a tag that may hold them (or as long as an org holding a person or place). */
    private static Set<String> embeddedMentions(java.util.Collection<GoldMention> ms) {
        Set<String> out = new java.util.HashSet<>();
        for (GoldMention m : ms) {
            List<String> parents = PARENT_TAGS.get(m.tag());
            for (GoldMention p : ms) {
                if (p == m || parents == null || !parents.contains(p.tag())) {
                    continue;
                }
                boolean equal = m.start() == p.start() && m.end() == p.end();
                boolean inside = m.start() >= p.start() && m.end() <= p.end() && !equal;
                if (inside || (equal && (m.tag().equals("per") || m.tag().equals("loc")) && p.tag().equals("org"))) {
                    out.add(m.id());
                    break;
                }
            }
        }
        return out;
    }

    private static List<Attribute> attributes(FactRuDocument.CorefEntity e, String tag, List<FactRuDocument.Span> spans,
                                              SpanTexts texts) {
        Map<String, Set<String>> byName = new LinkedHashMap<>();
        Set<String> descriptors = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> a : e.attributes().entrySet()) {
            String name = a.getKey().strip().toLowerCase(Locale.ROOT);
            for (String raw : a.getValue()) {
                String v = normalize(raw);
                if (name.endsWith("descr") || name.endsWith("descriptor")) {
                    descriptors.add(v);
                } else if (!name.equals("wikidata")) {
                    byName.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(v);
                }
            }
        }
        List<Attribute> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> a : byName.entrySet()) {
            Set<String> values = new LinkedHashSet<>(a.getValue());
            if (a.getKey().equals("name") && !tag.equals("per")) {
                for (String v : a.getValue()) {
                    String quoted = texts.quoted(spans, v);
                    if (quoted != null) {
                        values.add(quoted);
                    }
                }
            }
            if (!descriptors.isEmpty()) {
                Set<String> widened = new LinkedHashSet<>();
                for (String x : values) {
                    for (String y : descriptors) {
                        widened.add(x);
                        if ((" " + x + " ").contains(" " + y + " ")) {
                            continue;
                        }
                        widened.add(x + " " + y);
                        widened.add(y + " " + x);
                    }
                }
                values = widened;
            }
            out.add(new Attribute(a.getKey().replaceAll("^[0-9]+|[0-9]+$", ""), values));
        }
        return out;
    }

    /** Span texts as the official scorer makes them (tokens joined by spaces, normalised) and the quotes around them. */
    private static final class SpanTexts {
        private final List<FactRuDocument.Token> tokens;
        private final Map<String, Integer> index = new HashMap<>();

        SpanTexts(FactRuDocument d) {
            this.tokens = new ArrayList<>(d.tokens());
            this.tokens.sort(Comparator.comparingInt(FactRuDocument.Token::start));
            for (int i = 0; i < tokens.size(); i++) {
                index.put(tokens.get(i).id(), i);
            }
        }

        /** The value in the quotes around a name span of the same text, or {@code null}. */
        String quoted(List<FactRuDocument.Span> spans, String value) {
            for (FactRuDocument.Span s : spans) {
                Integer first = index.get(s.firstTokenId());
                if (first == null || !s.type().contains("name")) {
                    continue;
                }
                int last = Math.min(tokens.size() - 1, first + Math.max(1, s.tokenCount()) - 1);
                StringBuilder text = new StringBuilder();
                for (int i = first; i <= last; i++) {
                    text.append(i > first ? " " : "").append(tokens.get(i).text());
                }
                String t = normalize(text.toString()).replace("\n", "");
                if (!t.replace('ё', 'е').equals(value)) {
                    continue;
                }
                String left = first > 0 ? tokens.get(first - 1).text() : "";
                String right = last + 1 < tokens.size() ? tokens.get(last + 1).text() : "";
                left = List.of("\"", "'", "«").contains(left) ? left : "";
                right = List.of("\"", "'", "»").contains(right) ? right : "";
                if (List.of("\"\"", "''", "«»").contains(left + right)) {
                    return left + value + right;
                }
            }
            return null;
        }
    }

    // ---- responses

    /** The entities of a {@code .task2} response text. */
    public static List<ScoredEntity> response(String text) {
        List<ScoredEntity> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String raw : (text + "\n").split("\r?\n", -1)) {
            String line = normalize(raw.replace("\uFEFF", ""));
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    out.add(responseEntity(block));
                    block.clear();
                }
            } else {
                block.add(line);
            }
        }
        return out;
    }

    private static ScoredEntity responseEntity(List<String> block) {
        String tag = block.get(0).toLowerCase(Locale.ROOT).replaceAll("^[ :\\t]+|[ :\\t]+$", "");
        if (tag.equals("locorg")) {
            tag = "loc";
        }
        List<Attribute> attributes = new ArrayList<>();
        for (String line : block.subList(1, block.size())) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("no colon in the attribute line '" + line + "'");
            }
            attributes.add(new Attribute(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    Set.of(normalize(line.substring(colon + 1)))));
        }
        return new ScoredEntity("", tag, attributes, false);
    }

    // ---- matching

    /** Quality of a gold and a response entity, whatever their types. */
    static double quality(ScoredEntity s, ScoredEntity t) {
        boolean[] matchedStd = new boolean[s.attributes().size()];
        boolean[] matchedTest = new boolean[t.attributes().size()];
        for (int j = 0; j < t.attributes().size(); j++) {
            for (int i = 0; i < s.attributes().size(); i++) {
                if (s.attributes().get(i).matches(t.attributes().get(j))) {
                    matchedStd[i] = true;
                    matchedTest[j] = true;
                }
            }
        }
        int tp = count(matchedStd, true);
        int fn = count(matchedStd, false);
        int fp = count(matchedTest, false);
        int d = tp + fn + fp;
        return d > 0 ? (double) tp / d : 0.0;
    }

    private static int count(boolean[] xs, boolean v) {
        int n = 0;
        for (boolean x : xs) {
            if (x == v) {
                n++;
            }
        }
        return n;
    }

    /** Scores one document's response against its gold. */
    public static Scores score(List<ScoredEntity> gold, List<ScoredEntity> response) {
        return new Matching(gold, response).solve();
    }

    /** The official EvaluationMatrix: entities grouped by type, the recursive search for the best matching. */
    private static final class Matching {
        final List<ScoredEntity> std = new ArrayList<>();
        final List<ScoredEntity> test = new ArrayList<>();
        final double[][] q;
        final double[][] m;
        int leaves;

        Matching(List<ScoredEntity> gold, List<ScoredEntity> response) {
            for (String tag : TAGS) {
                List<ScoredEntity> g = new ArrayList<>(gold.stream().filter(e -> e.tag().equals(tag)).toList());
                g.sort(Comparator.comparing(ScoredEntity::id));
                std.addAll(g);
                test.addAll(response.stream().filter(e -> e.tag().equals(tag)).toList());
            }
            q = new double[std.size()][test.size()];
            m = new double[std.size()][test.size()];
            for (int i = 0; i < std.size(); i++) {
                for (int j = 0; j < test.size(); j++) {
                    q[i][j] = quality(std.get(i), test.get(j));
                    m[i][j] = std.get(i).tag().equals(test.get(j).tag()) ? q[i][j] : 0.0;
                }
            }
        }

        record Result(double f1, List<int[]> pairs) {}

        Scores solve() {
            List<Integer> s = new ArrayList<>();
            List<Integer> t = new ArrayList<>();
            for (int i = 0; i < std.size(); i++) {
                s.add(i);
            }
            for (int j = 0; j < test.size(); j++) {
                t.add(j);
            }
            List<int[]> pairs = search(s, t, new ArrayList<>()).pairs();
            Map<String, Counts> out = new LinkedHashMap<>();
            for (String tag : List.of("per", "loc", "org")) {
                out.put(tag, evaluate(pairs, tag));
            }
            out.put("overall", evaluate(pairs, null));
            return new Scores(out);
        }

        private Result search(List<Integer> s, List<Integer> t, List<int[]> pairs) {
            if (s.isEmpty() || t.isEmpty()) {
                leaves++;
                return new Result(evaluate(pairs, null).f1(), pairs);
            }
            int curr = s.get(0);
            List<Integer> rest = s.subList(1, s.size());
            List<Integer> options = new ArrayList<>();
            boolean perfect = false;
            for (int x : t) {
                if (m[curr][x] == 1.0) {
                    if (!perfect) {
                        options.clear();
                    }
                    perfect = true;
                    options.add(x);
                } else if (!perfect && m[curr][x] > 0.0) {
                    options.add(x);
                }
            }
            if (leaves >= SEARCH_BUDGET && options.size() > 1) {
                int best = options.get(0);
                for (int x : options) {
                    if (m[curr][x] > m[curr][best]) {
                        best = x;
                    }
                }
                options = List.of(best);
            }
            Result max = null;
            int possible = 0;
            int maxAlternatives = 0;
            for (int x : options) {
                int alternatives = 0;
                boolean skip = false;
                for (int k : rest) {
                    if (m[k][x] == 1.0 && m[curr][x] < 1.0) {
                        skip = true;
                    }
                    if (m[k][x] != 0.0) {
                        alternatives++;
                    }
                    maxAlternatives = Math.max(maxAlternatives, alternatives);
                }
                if (skip) {
                    continue;
                }
                possible++;
                List<Integer> t2 = new ArrayList<>(t);
                t2.remove(Integer.valueOf(x));
                List<int[]> p2 = new ArrayList<>(pairs);
                p2.add(new int[] {curr, x});
                Result r = search(rest, t2, p2);
                if (max == null || r.f1() > max.f1()) {
                    max = r;
                }
            }
            if (possible == 0 || (possible == 1 && maxAlternatives > 0 && !perfect)) {
                Result r = search(rest, t, pairs);
                if (max == null || r.f1() > max.f1()) {
                    max = r;
                }
            }
            return max;
        }

        /** The official calculator: qualities of the pairs whose gold is not ignored, unmatched gold and response. */
        Counts evaluate(List<int[]> pairs, String tag) {
            boolean[] matchedStd = new boolean[std.size()];
            boolean[] matchedTest = new boolean[test.size()];
            double tp = 0;
            int relevant = 0;
            for (int[] p : pairs) {
                matchedStd[p[0]] = true;
                matchedTest[p[1]] = true;
                ScoredEntity s = std.get(p[0]);
                if ((tag == null || s.tag().equals(tag)) && !s.ignored()) {
                    relevant++;
                    tp += q[p[0]][p[1]];
                }
            }
            int fn = 0;
            for (int i = 0; i < std.size(); i++) {
                ScoredEntity s = std.get(i);
                if (!matchedStd[i] && !s.ignored() && (tag == null || s.tag().equals(tag))) {
                    fn++;
                }
            }
            int fp = 0;
            for (int j = 0; j < test.size(); j++) {
                if (!matchedTest[j] && (tag == null || test.get(j).tag().equals(tag))) {
                    fp++;
                }
            }
            return new Counts(tp, relevant + fn, relevant + fp);
        }
    }
}
