package org.faktograf.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faktograf.facts.pattern.Pattern;
import org.faktograf.facts.pattern.Rule;
import org.faktograf.facts.pattern.RuleFile;
import org.faktograf.facts.pattern.RuleParser;
import org.faktograf.facts.pattern.StartSet;
import org.faktograf.facts.pattern.Trigger;

/**
 * The fact rules, read from their files once, with an index from trigger words to rules so that a
 * sentence is tried only against rules whose words and mention types it holds. Immutable and
 * thread-safe.
 */
public final class FactGrammar {
    /** The rule files on the class path, in load order: shared definitions first, one file a fact type. */
    public static final List<String> FILES = List.of("common", "occupation", "meeting", "deal", "ownership", "project");
    private static final String DIRECTORY = "/org/faktograf/facts/";
    private static final int[] NONE = new int[0];

    private final List<RuleFile> files;
    private final List<Rule> rules;
    private final Trigger[] triggers;
    private final StartSet[] starts;
    private final Map<String, int[]> byLemma;
    private final Map<String, int[]> bySurface;
    private final long surfaceLengths;
    private final java.util.Set<String> bodyNouns;

    private FactGrammar(List<RuleFile> files, java.util.Set<String> bodyNouns) {
        this.files = List.copyOf(files);
        this.bodyNouns = bodyNouns;
        List<Rule> all = new ArrayList<>();
        for (RuleFile f : files) {
            all.addAll(f.rules());
        }
        this.rules = List.copyOf(all);
        this.triggers = new Trigger[rules.size()];
        this.starts = new StartSet[rules.size()];
        Map<String, List<Integer>> lemmas = new HashMap<>();
        Map<String, List<Integer>> surfaces = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            Trigger t = Trigger.of(rules.get(r).pattern());
            triggers[r] = t;
            starts[r] = StartSet.of(rules.get(r).pattern());
            for (String l : t.lemmas()) {
                lemmas.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
            }
            for (String s : t.surfaces()) {
                surfaces.computeIfAbsent(s, k -> new ArrayList<>()).add(r);
            }
        }
        this.byLemma = toArrays(lemmas);
        this.bySurface = toArrays(surfaces);
        long lengths = 0;
        for (String t : surfaces.keySet()) {
            lengths |= t.length() < 64 ? 1L << t.length() : 0;
        }
        this.surfaceLengths = lengths;
    }

    /** The rule files shipped on the class path. */
    public static FactGrammar load() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : FILES) {
            String path = DIRECTORY + name + ".rules";
            try (InputStream in = FactGrammar.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("the rule file " + path + " is missing from the classpath");
                }
                sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return parse(sources);
    }

    /** Rule files from their texts, by name, in load order; word lists come from the class path. */
    public static FactGrammar parse(Map<String, String> sources) {
        Map<String, Pattern> shared = new HashMap<>();
        List<RuleFile> files = new ArrayList<>();
        Map<String, java.util.Set<String>> lists = new HashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            RuleFile f = new RuleParser(shared, name -> lists.computeIfAbsent(name, FactGrammar::wordList))
                    .parse(e.getKey(), e.getValue());
            shared.putAll(f.definitions());
            files.add(f);
        }
        java.util.Set<String> bodies = lists.computeIfAbsent("bodies", FactGrammar::wordList);
        return new FactGrammar(files, bodies != null ? bodies : java.util.Set.of());
    }

    /** A word list of the rules folder: lemmas (ё read as е), one a line, {@code #} comments; {@code null} if none. */
    private static java.util.Set<String> wordList(String name) {
        if (!name.matches("[a-z][a-z0-9_-]*")) {
            return null;
        }
        try (InputStream in = FactGrammar.class.getResourceAsStream(DIRECTORY + name + ".txt")) {
            if (in == null) {
                return null;
            }
            java.util.Set<String> words = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е'));
                }
            }
            return java.util.Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + name, e);
        }
    }

    /** The nouns of bodies.txt (правительство, фракция), by which a post is taken apart from its body. */
    public java.util.Set<String> bodyNouns() {
        return bodyNouns;
    }

    public List<RuleFile> files() {
        return files;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Rule rule(int index) {
        return rules.get(index);
    }

    public Trigger trigger(int index) {
        return triggers[index];
    }

    /** What the first token of a match of the rule can be. */
    public StartSet start(int index) {
        return starts[index];
    }

    /** Rules triggered by a lemma. */
    int[] rulesForLemma(String lemma) {
        return byLemma.getOrDefault(lemma, NONE);
    }

    /** Rules triggered by a token text (lower case, ё as е). */
    int[] rulesForSurface(String text) {
        return bySurface.getOrDefault(text, NONE);
    }

    /** Whether some rule is triggered by a text of this length (so that other tokens need no look-up). */
    boolean hasSurfaceTriggerOfLength(int length) {
        return length < 64 && (surfaceLengths & (1L << length)) != 0;
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> m) {
        // a HashMap: its look-up is the cheapest for the per-token probing of the hot path
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, toArray(v)));
        return out;
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
