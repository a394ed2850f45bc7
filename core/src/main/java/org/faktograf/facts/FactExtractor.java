package org.faktograf.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faktograf.facts.pattern.DocumentView;
import org.faktograf.facts.pattern.MentionSpan;
import org.faktograf.facts.pattern.PatternMatcher;
import org.faktograf.facts.pattern.Rule;
import org.faktograf.facts.pattern.TokenTest;
import org.faktograf.facts.pattern.Trigger;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Fact;
import org.faktograf.model.Sentence;
import org.faktograf.model.WordForm;
import org.faktograf.morph.Inflector;
import org.faktograf.pipeline.Stage;

/**
 * The fact stage: matches the rules of {@link FactGrammar} against each sentence and makes facts
 * of the matches (occupations, meetings, deals, ownership, projects), each with its arguments as
 * entities with canonical names, its evidence and its modality. Needs the segment, morphology,
 * mention and entity layers. A sentence is tried only against the rules its words or mention
 * types trigger. Thread-safe; {@link #shared()} loads the rules once.
 */
public final class FactExtractor implements Stage {
    private final FactGrammar grammar;
    private final FactAssembler assembler;

    public FactExtractor(FactGrammar grammar, Inflector inflector) {
        this.grammar = grammar;
        this.assembler = new FactAssembler(inflector);
    }

    private static final class Holder {
        static final FactExtractor INSTANCE = new FactExtractor(FactGrammar.load(), Inflector.shared());
    }

    /** The extractor with the rules shipped in the jar, read on first use. */
    public static FactExtractor shared() {
        return Holder.INSTANCE;
    }

    public FactGrammar grammar() {
        return grammar;
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.withFacts(extract(analysis, null));
    }

    /**
     * The facts of an analysis, from all rules or, when {@code only} is not {@code null}, from
     * those rules alone (for testing a rule on its examples).
     */
    public List<Fact> extract(Analysis analysis, Collection<Rule> only) {
        if (analysis.tokens().isEmpty() || analysis.morphology().size() != analysis.tokens().size()) {
            return List.of();
        }
        DocumentView view = new DocumentView(analysis, grammar.bodyNouns());
        Map<String, CanonicalName> names = new HashMap<>();
        for (CanonicalName n : analysis.names()) {
            names.put(n.mentionId(), n);
        }
        int ruleCount = grammar.rules().size();
        boolean[] allowed = new boolean[ruleCount];
        if (only == null) {
            Arrays.fill(allowed, true);
        } else {
            for (int r = 0; r < ruleCount; r++) {
                allowed[r] = only.contains(grammar.rule(r));
            }
        }
        boolean[] candidate = new boolean[ruleCount];
        int[] lastWord = new int[ruleCount];
        long[] mentionTypes = new long[analysis.tokens().size()];
        List<FactMerger.Candidate> found = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            Arrays.fill(candidate, false);
            Arrays.fill(lastWord, -1);
            markCandidates(view, s, candidate, lastWord, mentionTypes);
            PatternMatcher matcher = null;
            for (int r = 0; r < ruleCount; r++) {
                if (!candidate[r] || !allowed[r]) {
                    continue;
                }
                int lastStart = lastStart(grammar.trigger(r), s, lastWord[r], mentionTypes);
                if (lastStart < s.firstToken()) {
                    continue;
                }
                if (matcher == null) {
                    matcher = new PatternMatcher(view, s.firstToken(), s.endToken());
                }
                Rule rule = grammar.rule(r);
                for (PatternMatcher.Match m : withoutSubReadings(
                        matcher.matchAll(rule.pattern(), grammar.start(r), lastStart))) {
                    for (Fact f : assembler.assemble(view, s, rule, m, names)) {
                        found.add(new FactMerger.Candidate(f, r));
                    }
                }
            }
        }
        return StatePosts.complete(analysis, FactMerger.merge(found));
    }

    /**
     * Drops a match lying inside another match of the same rule whose arguments all overlap
     * arguments of the same role there: a shorter reading of the same words («соглашение между
     * ...» inside «четырехстороннее соглашение между ...», «директор» inside «генеральный
     * директор»), not a second fact told by the inner words.
     */
    static List<PatternMatcher.Match> withoutSubReadings(List<PatternMatcher.Match> matches) {
        if (matches.size() < 2) {
            return matches;
        }
        List<PatternMatcher.Match> out = new ArrayList<>(matches.size());
        for (PatternMatcher.Match inner : matches) {
            boolean sub = false;
            for (PatternMatcher.Match outer : matches) {
                if (outer != inner && outer.from() <= inner.from() && inner.to() <= outer.to()
                        && (outer.to() - outer.from() > inner.to() - inner.from()) && covers(outer, inner)) {
                    sub = true;
                    break;
                }
            }
            if (!sub) {
                out.add(inner);
            }
        }
        return out;
    }

    private static boolean covers(PatternMatcher.Match outer, PatternMatcher.Match inner) {
        for (PatternMatcher.Argument a : inner.arguments()) {
            boolean overlapped = false;
            for (PatternMatcher.Argument b : outer.arguments()) {
                if (a.role().equals(b.role()) && a.from() < b.to() && b.from() < a.to()) {
                    overlapped = true;
                    break;
                }
            }
            if (!overlapped) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last token of the sentence where a match of a rule with this trigger can start: every
     * match holds one of the trigger's words and a mention of one of its types, at or after its
     * start.
     */
    private static int lastStart(Trigger t, Sentence s, int lastWord, long[] mentionTypes) {
        int lastMention = s.endToken() - 1;
        if (t.types() != 0) {
            while (lastMention >= s.firstToken() && (mentionTypes[lastMention] & t.types()) == 0) {
                lastMention--;
            }
        }
        return t.byWords() ? Math.min(lastWord, lastMention) : lastMention;
    }

    /**
     * Marks the rules whose trigger the sentence holds; notes for each rule the last token holding
     * one of its words (as its tests read the token), and for each token the types of the mentions
     * starting there.
     */
    private void markCandidates(DocumentView view, Sentence s, boolean[] candidate, int[] lastWord, long[] mentionTypes) {
        long types = 0;
        boolean[] wordHit = candidate; // word hits first, then narrowed by the mention types
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            List<WordForm> readings = view.morphology(i).readings();
            int[] lemmaNumbers = view.lemmaNumbers(i);
            for (int k = 0; k < readings.size(); k++) {
                // a lemma no rule names triggers nothing; readings of one lemma come together
                if (lemmaNumbers[k] < 0 || k > 0 && lemmaNumbers[k] == lemmaNumbers[k - 1]) {
                    continue;
                }
                for (int r : grammar.rulesForLemma(TokenTest.withoutYo(readings.get(k).lemma()))) {
                    wordHit[r] = true;
                    lastWord[r] = i;
                }
            }
            String token = view.token(i).text();
            if (grammar.hasSurfaceTriggerOfLength(token.length())) {
                String text = token.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
                for (int r : grammar.rulesForSurface(text)) {
                    wordHit[r] = true;
                }
                // the tests compare letter by letter, which may read a rare letter otherwise
                for (int r : grammar.rulesForSurface(view.foldedText(i))) {
                    lastWord[r] = i;
                }
            }
            long here = 0;
            for (MentionSpan m : view.mentionsAt(i)) {
                here |= 1L << m.mention().type().ordinal();
            }
            mentionTypes[i] = here;
            types |= here;
        }
        for (int r = 0; r < candidate.length; r++) {
            Trigger t = grammar.trigger(r);
            candidate[r] = (!t.byWords() || wordHit[r]) && (t.types() == 0 || (t.types() & types) != 0);
        }
    }
}
