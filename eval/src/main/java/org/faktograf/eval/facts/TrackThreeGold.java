package org.faktograf.eval.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.formats.corpus.FactRuDocument;

/**
 * The gold facts of one factRuEval-2016 document as the official track 3 scorer builds them
 * (scripts/dialent of dialogue-evaluation/factRuEval-2016): an entity argument counts as any of
 * the fact's own description of it, the texts of the entity's mentions, and for a person the
 * combinations of first name, surname, patronymic and nickname from the coreference layer, for an
 * organisation or place its names (with descriptor variants and quoted variants); a position
 * counts as the text of any of its spans; other values as written. Modality and difficulty are
 * read and left out of the arguments; a difficult fact is ignored, and the phase argument dropped,
 * as in the scorer's default mode. Facts of other types than the four scored (isPartOf) are kept
 * but never scored.
 *
 * <p>One known difference: the scorer also accepts, for a position, a normalised form from its
 * own table of job titles; that table is not used here, so a response giving a post in another
 * form than the text's can score a little lower here than in the official scorer.
 */
public final class TrackThreeGold {
    private static final Map<String, String> TAGS = Map.of("Person", "per", "Org", "org", "Organization", "org",
            "LocOrg", "locorg", "Location", "loc", "Project", "project");
    private static final Set<String> QUOTES_LEFT = Set.of("\"", "'", "«");
    private static final Set<String> QUOTES_RIGHT = Set.of("\"", "'", "»");

    private TrackThreeGold() {
    }

    /**
     * The scored facts of a document.
     *
     * @throws IllegalArgumentException when a fact names an entity the coreference layer lacks
     *         (the official scorer then drops the document's facts; the caller decides)
     */
    public static List<TrackThreeFact> facts(FactRuDocument doc) {
        List<FactRuDocument.Token> tokens = new ArrayList<>(doc.tokens());
        tokens.sort(Comparator.comparingInt(FactRuDocument.Token::start));
        Map<String, Integer> tokenIndex = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenIndex.put(tokens.get(i).id(), i);
        }
        Map<String, SpanTokens> spans = new HashMap<>();
        for (FactRuDocument.Span s : doc.spans()) {
            Integer first = tokenIndex.get(s.firstTokenId());
            if (first == null) {
                continue;
            }
            int end = Math.min(tokens.size(), first + Math.max(1, s.tokenCount()));
            spans.put(s.id(), new SpanTokens(s, first, end));
        }
        Map<String, FactRuDocument.TextObject> objects = new HashMap<>();
        for (FactRuDocument.TextObject o : doc.objects()) {
            objects.put(o.id(), o);
        }
        Map<String, FactRuDocument.CorefEntity> entities = new HashMap<>();
        for (FactRuDocument.CorefEntity e : doc.coref()) {
            entities.put(e.id(), e);
        }
        List<TrackThreeFact> out = new ArrayList<>();
        for (FactRuDocument.Fact f : doc.facts()) {
            String tag = f.type().toLowerCase(Locale.ROOT);
            boolean hard = false;
            List<TrackThreeFact.Argument> args = new ArrayList<>();
            for (FactRuDocument.FactArgument a : f.arguments()) {
                String name = a.role().toLowerCase(Locale.ROOT);
                if (name.equals("job")) {
                    name = "position";
                }
                if (name.equals("сложность")) {
                    hard |= a.text().strip().toLowerCase(Locale.ROOT).equals("повышенная");
                    continue;
                }
                if (name.equals("модальность") || name.equals("фаза")) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                if (!a.refs().isEmpty() && a.refs().get(0).startsWith("span")) {
                    for (String ref : a.refs()) {
                        SpanTokens s = spans.get(ref.substring(4));
                        if (s != null) {
                            values.add(ScoredText.finalise(s.text(tokens)));
                        }
                    }
                } else if (!a.refs().isEmpty() && a.refs().get(0).startsWith("obj")) {
                    String id = a.refs().get(0).substring(3);
                    FactRuDocument.CorefEntity e = entities.get(id);
                    if (e == null) {
                        throw new IllegalArgumentException(doc.id() + ": fact " + f.id() + " names entity " + id
                                + ", which the coreference layer lacks");
                    }
                    Set<String> v = new LinkedHashSet<>();
                    v.add(a.text().strip().toLowerCase(Locale.ROOT));
                    v.addAll(entityValues(e, objects, spans, tokens, doc.text()));
                    for (String s : v) {
                        values.add(ScoredText.finalise(s));
                    }
                } else {
                    for (String alt : a.text().split("\\|")) {
                        values.add(ScoredText.finalise(alt));
                    }
                }
                args.add(new TrackThreeFact.Argument(name, values));
            }
            out.add(new TrackThreeFact(tag, args, hard));
        }
        return out;
    }

    /** The tokens of a span: {@code tokenCount} tokens from its first, in text order. */
    private record SpanTokens(FactRuDocument.Span span, int first, int end) {
        String text(List<FactRuDocument.Token> tokens) {
            StringBuilder b = new StringBuilder();
            for (int i = first; i < end; i++) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(tokens.get(i).text());
            }
            return ScoredText.normalise(b.toString().replace("\n", ""));
        }
    }

    private static Set<String> entityValues(FactRuDocument.CorefEntity e, Map<String, FactRuDocument.TextObject> objects,
                                            Map<String, SpanTokens> spans, List<FactRuDocument.Token> tokens, String text) {
        Set<String> values = new LinkedHashSet<>();
        Set<String> tags = new HashSet<>();
        List<SpanTokens> allSpans = new ArrayList<>();
        for (String id : e.objectIds()) {
            FactRuDocument.TextObject o = objects.get(id);
            if (o != null) {
                tags.add(TAGS.getOrDefault(o.type(), o.type().toLowerCase(Locale.ROOT)));
                List<SpanTokens> own = new ArrayList<>();
                for (String sid : o.spanIds()) {
                    SpanTokens s = spans.get(sid);
                    if (s != null) {
                        own.add(s);
                    }
                }
                allSpans.addAll(own);
                mentionTexts(own, tokens, text, values);
            } else if (spans.containsKey(id)) {
                allSpans.add(spans.get(id));
            }
        }
        String tag = tags.size() > 1 && (tags.contains("locorg") || tags.contains("loc")) ? "loc"
                : tags.size() == 1 ? tags.iterator().next() : "unknown";
        if (tag.equals("locorg")) {
            tag = "loc";
        }
        Map<String, Set<String>> attrs = attributes(e, tag, allSpans, tokens);
        if (tag.equals("per")) {
            List<String> first = list(attrs, "firstname");
            List<String> last = list(attrs, "lastname");
            List<String> patr = list(attrs, "patronymic");
            List<String> nick = list(attrs, "nickname");
            for (String combination : new String[] {"lfp", "fpl", "fp", "fl", "lf", "n", "f", "p", "l", "fn"}) {
                List<String> options = List.of("");
                for (char c : combination.toCharArray()) {
                    List<String> parts = switch (c) {
                        case 'f' -> first;
                        case 'l' -> last;
                        case 'p' -> patr;
                        default -> nick;
                    };
                    List<String> next = new ArrayList<>();
                    for (String part : parts) {
                        if (part.isEmpty()) {
                            continue;
                        }
                        for (String o : options) {
                            next.add(o.isEmpty() ? part : o + " " + part);
                        }
                    }
                    options = next;
                }
                values.addAll(options);
            }
        } else if (tag.equals("org") || tag.equals("loc")) {
            values.addAll(list(attrs, "name"));
        }
        return values;
    }

    /** A mention's text (its tokens joined by spaces) and its stretch of the text. */
    private static void mentionTexts(List<SpanTokens> spans, List<FactRuDocument.Token> tokens, String text,
                                     Set<String> out) {
        if (spans.isEmpty()) {
            return;
        }
        Set<Integer> ids = new java.util.TreeSet<>();
        for (SpanTokens s : spans) {
            for (int i = s.first(); i < s.end(); i++) {
                ids.add(i);
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i : ids) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(i).text());
        }
        out.add(b.toString());
        int first = ((java.util.TreeSet<Integer>) ids).first();
        int last = ((java.util.TreeSet<Integer>) ids).last();
        while (first > 0 && tokens.get(first - 1).text().equals("\"")) {
            first--;
        }
        while (last + 1 < tokens.size() && tokens.get(last + 1).text().equals("\"")) {
            last++;
        }
        out.add(text.substring(tokens.get(first).start(), tokens.get(last).end()));
    }

    /**
     * The entity's attributes as the scorer processes them: names with trailing digits merged
     * (name1, name2 → name), names in quotes in the text also quoted, descriptors combined with
     * every value both ways, wikidata dropped.
     */
    private static Map<String, Set<String>> attributes(FactRuDocument.CorefEntity e, String tag,
                                                       List<SpanTokens> spans, List<FactRuDocument.Token> tokens) {
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        Set<String> descriptors = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> a : e.attributes().entrySet()) {
            String name = a.getKey().strip().toLowerCase(Locale.ROOT);
            for (String raw : a.getValue()) {
                String v = ScoredText.normalise(raw);
                if (name.endsWith("descr") || name.endsWith("descriptor")) {
                    descriptors.add(v);
                } else if (!name.equals("wikidata")) {
                    String trimmed = name.replaceAll("^[0-9]+|[0-9]+$", "");
                    Set<String> set = merged.computeIfAbsent(trimmed, k -> new LinkedHashSet<>());
                    set.add(v);
                    if (name.equals("name") && !tag.equals("per")) {
                        String quoted = quoted(v, spans, tokens);
                        if (quoted != null) {
                            set.add(quoted);
                        }
                    }
                }
            }
        }
        if (!descriptors.isEmpty()) {
            for (Map.Entry<String, Set<String>> a : merged.entrySet()) {
                Set<String> with = new LinkedHashSet<>();
                for (String x : a.getValue()) {
                    for (String y : descriptors) {
                        with.add(x);
                        if ((" " + x + " ").contains(" " + y + " ")) {
                            continue;
                        }
                        with.add(x + " " + y);
                        with.add(y + " " + x);
                    }
                }
                a.setValue(with);
            }
        }
        return merged;
    }

    /** The name with the quotes around one of its name spans in the text, if one is quoted. */
    private static String quoted(String value, List<SpanTokens> spans, List<FactRuDocument.Token> tokens) {
        for (SpanTokens s : spans) {
            if (!s.span().type().contains("name") || !s.text(tokens).equals(value)) {
                continue;
            }
            String left = s.first() > 0 ? tokens.get(s.first() - 1).text() : "";
            String right = s.end() < tokens.size() ? tokens.get(s.end()).text() : "";
            if (QUOTES_LEFT.contains(left) && QUOTES_RIGHT.contains(right)
                    && (left + right).matches("\"\"|''|«»")) {
                return left + value + right;
            }
        }
        return null;
    }

    private static List<String> list(Map<String, Set<String>> attrs, String name) {
        return new ArrayList<>(attrs.getOrDefault(name, Set.of()));
    }
}
