package org.faktograf.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;

/**
 * Joins the facts found in one document:
 * <ul>
 *   <li>a post in the text is one person's: of two occupations on the same post words with
 *       different persons, the one from the earlier rule stays (rules are written from the
 *       surest);</li>
 *   <li>of two occupations of the same person and organisation on overlapping post words
 *       (генеральный директор, директор), the one with the longer post stays;</li>
 *   <li>a fact stated twice is kept once (the first time), and a fact whose arguments are all among
 *       those of another fact of the same type is dropped (the occupation without its
 *       organisation when the text also names it); deals and ownership only within a sentence,
 *       since told in another sentence they are mostly another deal or stake.</li>
 * </ul>
 * Arguments compare by entity, or by value ignoring letter case; {@code status} is not compared.
 */
final class FactMerger {
    /**
     * Types whose statements in different sentences stay apart: a purchase or an ownership told
     * again is often another purchase (another stake, another date), and factRuEval annotates
     * each statement.
     */
    private static final Set<FactType> SEPARATE = Set.of(FactType.DEAL, FactType.OWNERSHIP);

    private FactMerger() {
    }

    /** A fact found by the rule of index {@code rule} (lower is surer). */
    record Candidate(Fact fact, int rule) {
    }

    static List<Fact> merge(List<Candidate> found) {
        List<Candidate> facts = new ArrayList<>(found);
        facts.sort(Comparator.comparingInt((Candidate c) -> c.fact().evidenceStart()).thenComparingInt(Candidate::rule));
        int n = facts.size();
        boolean[] dropped = new boolean[n];
        List<Set<String>> keys = new ArrayList<>(n);
        for (Candidate c : facts) {
            keys.add(key(c.fact()));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n && !dropped[i]; j++) {
                if (i == j || dropped[j] || facts.get(i).fact().type() != facts.get(j).fact().type()) {
                    continue;
                }
                if (facts.get(i).fact().type() == FactType.OCCUPATION && losesPost(facts.get(i), facts.get(j))) {
                    dropped[i] = true;
                    continue;
                }
                if (SEPARATE.contains(facts.get(i).fact().type()) && !sameSentence(facts.get(i).fact(), facts.get(j).fact())) {
                    continue;
                }
                Set<String> a = keys.get(i);
                Set<String> b = keys.get(j);
                if (b.containsAll(a) && (b.size() > a.size() || j < i)) {
                    dropped[i] = true;
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!dropped[i]) {
                Fact f = facts.get(i).fact();
                out.add(new Fact("f" + out.size(), f.type(), f.arguments(), f.modality(), f.evidenceStart(),
                        f.evidenceEnd(), f.rule()));
            }
        }
        return out;
    }

    /** Whether occupation {@code a} gives way to {@code b} over the post words they share. */
    private static boolean losesPost(Candidate a, Candidate b) {
        FactArgument pa = first(a.fact(), "position");
        FactArgument pb = first(b.fact(), "position");
        if (pa == null || pb == null || pa.start() < 0 || pb.start() < 0
                || pa.end() <= pb.start() || pb.end() <= pa.start()) {
            return false;
        }
        boolean samePost = pa.start() == pb.start() && pa.end() == pb.end();
        boolean samePerson = same(first(a.fact(), "who"), first(b.fact(), "who"));
        if (samePost && !samePerson) {
            return b.rule() < a.rule() || b.rule() == a.rule() && distance(b.fact()) < distance(a.fact());
        }
        if (samePerson && same(first(a.fact(), "where"), first(b.fact(), "where")) && !samePost) {
            int la = pa.end() - pa.start();
            int lb = pb.end() - pb.start();
            return lb > la;
        }
        return false;
    }

    /** Characters between the post and the person of an occupation. */
    private static int distance(Fact f) {
        FactArgument p = first(f, "position");
        FactArgument w = first(f, "who");
        if (p == null || w == null || w.start() < 0) {
            return Integer.MAX_VALUE;
        }
        return w.start() >= p.end() ? w.start() - p.end() : p.start() - w.end();
    }

    private static boolean sameSentence(Fact a, Fact b) {
        return a.evidenceStart() < b.evidenceEnd() && b.evidenceStart() < a.evidenceEnd();
    }

    private static boolean same(FactArgument a, FactArgument b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.entityId() != null ? a.entityId().equals(b.entityId())
                : b.entityId() == null && a.value().equalsIgnoreCase(b.value());
    }

    private static FactArgument first(Fact f, String role) {
        for (FactArgument a : f.arguments()) {
            if (a.role().equals(role)) {
                return a;
            }
        }
        return null;
    }

    private static Set<String> key(Fact f) {
        Set<String> k = new HashSet<>();
        for (FactArgument a : f.arguments()) {
            if (a.role().equals("status")) {
                continue;
            }
            k.add(a.role() + "=" + (a.entityId() != null ? "#" + a.entityId() : a.value().toLowerCase(Locale.ROOT)));
        }
        return k;
    }
}
