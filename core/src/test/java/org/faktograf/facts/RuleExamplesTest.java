package org.faktograf.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.faktograf.facts.pattern.MarkedText;
import org.faktograf.facts.pattern.Rule;
import org.faktograf.facts.pattern.RuleExample;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.Mention;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.segment.Segmenter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule on the sentences it was written for: the marked mentions stand in for the
 * recognizer, tokens and morphology are real. A positive example must yield each expected fact
 * (the captured arguments exactly, compared by their text), a negative one nothing.
 */
class RuleExamplesTest {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final FactExtractor EXTRACTOR = FactExtractor.shared();

    @TestFactory
    Stream<DynamicTest> everyRuleYieldsItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : EXTRACTOR.grammar().rules()) {
            for (RuleExample ex : rule.examples()) {
                String name = rule.file() + ".rules:" + ex.line() + " " + rule.name() + (ex.negative() ? " (not)" : "");
                tests.add(DynamicTest.dynamicTest(name, () -> check(rule, ex)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasAPositiveExample() {
        for (Rule rule : EXTRACTOR.grammar().rules()) {
            assertTrue(rule.examples().stream().anyMatch(e -> !e.negative()),
                    rule.file() + ".rules:" + rule.line() + " " + rule.name() + " has no example");
        }
    }

    @Test
    void examplesUseRealMorphology() {
        Analysis a = analysis(MarkedText.parse("[Виктором Крессом|PERSON] встретился."));
        assertFalse(a.morphology().isEmpty());
    }

    private static void check(Rule rule, RuleExample ex) {
        Analysis a = analysis(ex.text());
        List<Fact> facts = EXTRACTOR.extract(a, List.of(rule));
        if (ex.negative()) {
            if (!facts.isEmpty()) {
                fail("expected no fact, got " + describe(a, facts) + " in: " + a.text());
            }
            return;
        }
        if (ex.expected().isEmpty()) {
            assertFalse(facts.isEmpty(), "expected a fact in: " + a.text());
            return;
        }
        for (Map<String, List<String>> want : ex.expected()) {
            boolean found = facts.stream().anyMatch(f -> agrees(a, f, want));
            if (!found) {
                fail("expected " + want + ", got " + describe(a, facts) + " in: " + a.text());
            }
        }
    }

    /** The fact's captured arguments are exactly those expected; constants are compared when expected. */
    private static boolean agrees(Analysis a, Fact f, Map<String, List<String>> want) {
        Map<String, List<String>> got = new HashMap<>();
        for (FactArgument arg : f.arguments()) {
            if (arg.start() >= 0) {
                got.computeIfAbsent(arg.role(), k -> new ArrayList<>()).add(a.text(arg.start(), arg.end()));
            } else if (want.containsKey(arg.role())) {
                got.computeIfAbsent(arg.role(), k -> new ArrayList<>()).add(arg.value());
            }
        }
        if (!got.keySet().equals(want.keySet())) {
            return false;
        }
        for (Map.Entry<String, List<String>> e : want.entrySet()) {
            List<String> g = new ArrayList<>(got.get(e.getKey()));
            List<String> w = new ArrayList<>(e.getValue());
            g.sort(null);
            w.sort(null);
            if (!g.equals(w)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Analysis a, List<Fact> facts) {
        List<String> out = new ArrayList<>();
        for (Fact f : facts) {
            List<String> args = new ArrayList<>();
            for (FactArgument arg : f.arguments()) {
                args.add(arg.role() + "=" + (arg.start() >= 0 ? a.text(arg.start(), arg.end()) : arg.value()));
            }
            out.add(f.type() + args.toString());
        }
        return out.toString();
    }

    /** Tokens and morphology from the real stages; mentions and entities from the marks. */
    static Analysis analysis(MarkedText marked) {
        Analysis a = MorphAnalyzer.shared().apply(SEGMENTER.apply(Analysis.of(Document.of("example", marked.text()))));
        List<Mention> mentions = new ArrayList<>();
        Map<String, List<String>> byKey = new java.util.LinkedHashMap<>();
        Map<String, EntityType> typeOfKey = new HashMap<>();
        Map<String, String> nameOfKey = new HashMap<>();
        for (MarkedText.Marked m : marked.mentions()) {
            String id = "m" + mentions.size();
            mentions.add(new Mention(id, m.start(), m.end(), m.type(), false, 1.0));
            if (m.type() == EntityType.PROFESSION) {
                continue;
            }
            String key = m.key() != null ? m.key() : id;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            typeOfKey.putIfAbsent(key, m.type());
            nameOfKey.putIfAbsent(key, marked.text().substring(m.start(), m.end()));
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byKey.entrySet()) {
            entities.add(new Entity("e" + entities.size(), typeOfKey.get(e.getKey()), nameOfKey.get(e.getKey()),
                    null, null, List.of(), e.getValue()));
        }
        return a.withMentions(mentions).withEntities(entities);
    }
}
