package org.faktograf.eval.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores track 3 the way the official factRuEval-2016 scorer does (scripts/dialent/task3/eval.py,
 * default mode). Per document and fact type, every response fact is paired with a gold fact it
 * can match (same type, some argument other than the position agreeing) or left alone, choosing
 * the pairing with the best F1. A gold fact with its paired response facts forms a cluster of
 * quality {@code (a + a·i) / 2}, where {@code a} is the weighted share of agreeing arguments
 * (matched / (matched + extra + missing), a position weighing half) and {@code i} says how much
 * one response fact holds the gold's arguments together (1 for a single response fact). Recall
 * sums the qualities per gold fact, precision per response fact; difficult gold facts are ignored
 * together with the response facts paired with them. Figures add up over documents.
 *
 * <p>The scorer searches the pairings exhaustively, keeping the first of equal F1; so does this
 * one up to a million pairings a document and type, in the same order, so that ties (which change
 * the response count) resolve the same way. Past that, the response facts split into groups that
 * share no gold fact, each group is searched exhaustively (or, past a million pairings, greedily),
 * and the groups' Pareto-best results are combined, which reaches the same best F1.
 */
public final class TrackThreeScorer {
    /** The scored fact types, in the scorer's order. */
    public static final List<String> TAGS = List.of("ownership", "occupation", "meeting", "deal");
    private static final long EXHAUSTIVE_LIMIT = 1_000_000;

    /** Summed figures: quality-weighted true positives on the gold and the response side, and counts. */
    public record Counts(double tpGold, double tpResponse, int gold, int response) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public double precision() {
            return response > 0 ? tpResponse / response : 1.0;
        }

        public double recall() {
            return gold > 0 ? tpGold / gold : 1.0;
        }

        public double f1() {
            if (gold + response == 0) {
                return 1.0;
            }
            double p = precision();
            double r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }

        public Counts plus(Counts o) {
            return new Counts(tpGold + o.tpGold, tpResponse + o.tpResponse, gold + o.gold, response + o.response);
        }
    }

    /** A cluster of the chosen pairing: a gold fact (or none) with its response facts and quality. */
    public record Cluster(TrackThreeFact gold, List<TrackThreeFact> responses, double quality) {
    }

    /** The score of one document: figures per type and the clusters of the chosen pairing. */
    public record DocumentScore(Map<String, Counts> byTag, List<Cluster> clusters) {
        public Counts overall() {
            Counts c = Counts.ZERO;
            for (Counts x : byTag.values()) {
                c = c.plus(x);
            }
            return c;
        }
    }

    public DocumentScore score(List<TrackThreeFact> gold, List<TrackThreeFact> response) {
        Map<String, Counts> byTag = new LinkedHashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (String tag : TAGS) {
            List<TrackThreeFact> g = gold.stream().filter(f -> f.tag().equals(tag)).toList();
            List<TrackThreeFact> r = response.stream().filter(f -> f.tag().equals(tag)).toList();
            TagSearch search = new TagSearch(g, r);
            byTag.put(tag, search.solve());
            clusters.addAll(search.clusters());
        }
        return new DocumentScore(byTag, clusters);
    }

    /** The pairing search for one document and type. */
    private static final class TagSearch {
        private final List<TrackThreeFact> gold;
        private final List<TrackThreeFact> tests;
        private final int[][] options;
        private final List<Map<Long, Double>> qualityMemo = new ArrayList<>();
        private int[] best;

        TagSearch(List<TrackThreeFact> gold, List<TrackThreeFact> tests) {
            this.gold = gold;
            this.tests = tests;
            this.options = new int[tests.size()][];
            for (int t = 0; t < tests.size(); t++) {
                List<Integer> o = new ArrayList<>();
                for (int s = 0; s < gold.size(); s++) {
                    if (gold.get(s).canMatch(tests.get(t))) {
                        o.add(s);
                    }
                }
                options[t] = o.stream().mapToInt(Integer::intValue).toArray();
            }
            for (int s = 0; s < gold.size(); s++) {
                qualityMemo.add(new HashMap<>());
            }
        }

        /** A result of part of the search: figures and the choices that gave them. */
        private record Outcome(double tpGold, double tpTest, int nTest, int[] tests, int[] choice, Outcome previous) {
        }

        Counts solve() {
            long leaves = 1;
            for (int[] o : options) {
                leaves *= o.length + 1;
                if (leaves > EXHAUSTIVE_LIMIT) {
                    break;
                }
            }
            if (leaves <= EXHAUSTIVE_LIMIT && tests.size() <= 63) {
                return searchInScorerOrder();
            }
            return searchByGroups();
        }

        private Counts bestCounts;
        private int[] bestChoice;

        /**
         * The scorer's own search: every pairing in its order (each response fact to each gold
         * fact it can match in gold order, then to none), keeping the first of equal F1, with the
         * sums taken in its order, so that ties resolve as they do there.
         */
        private Counts searchInScorerOrder() {
            bestCounts = null;
            int[] choice = new int[tests.size()];
            searchFrom(0, choice);
            best = bestChoice;
            return bestCounts;
        }

        private void searchFrom(int k, int[] choice) {
            if (k == tests.size()) {
                Counts c = evaluate(choice);
                if (bestCounts == null || bestCounts.f1() < c.f1()) {
                    bestCounts = c;
                    bestChoice = choice.clone();
                }
                return;
            }
            for (int s : options[k]) {
                choice[k] = s;
                searchFrom(k + 1, choice);
            }
            choice[k] = -1;
            searchFrom(k + 1, choice);
        }

        private Counts evaluate(int[] choice) {
            long[] masks = new long[gold.size()];
            for (int t = 0; t < choice.length; t++) {
                if (choice[t] >= 0) {
                    masks[choice[t]] |= bit(t);
                }
            }
            double[] q = new double[gold.size()];
            double tpGold = 0;
            int nGold = 0;
            for (int s = 0; s < gold.size(); s++) {
                q[s] = masks[s] == 0 || gold.get(s).ignored() ? 0 : quality(s, masks[s]);
                tpGold += q[s];
                if (!gold.get(s).ignored()) {
                    nGold++;
                }
            }
            double tpTest = 0;
            int nTest = 0;
            for (int c : choice) {
                if (c < 0) {
                    nTest++;
                } else {
                    tpTest += q[c];
                    if (!gold.get(c).ignored()) {
                        nTest++;
                    }
                }
            }
            return new Counts(tpGold, tpTest, nGold, nTest);
        }

        private Counts searchByGroups() {
            int nGold = 0;
            for (TrackThreeFact g : gold) {
                if (!g.ignored()) {
                    nGold++;
                }
            }
            // tests that can pair with nothing stay alone; the others split into groups sharing gold facts
            int[] group = new int[tests.size()];
            int groups = 0;
            int alone = 0;
            java.util.Arrays.fill(group, -1);
            int[] groupOfGold = new int[gold.size()];
            java.util.Arrays.fill(groupOfGold, -1);
            int[] parent = new int[tests.size()];
            for (int t = 0; t < tests.size(); t++) {
                parent[t] = t;
            }
            for (int t = 0; t < tests.size(); t++) {
                if (options[t].length == 0) {
                    alone++;
                    continue;
                }
                for (int s : options[t]) {
                    if (groupOfGold[s] < 0) {
                        groupOfGold[s] = t;
                    } else {
                        union(parent, groupOfGold[s], t);
                    }
                }
            }
            Map<Integer, List<Integer>> members = new LinkedHashMap<>();
            for (int t = 0; t < tests.size(); t++) {
                if (options[t].length > 0) {
                    members.computeIfAbsent(find(parent, t), k -> new ArrayList<>()).add(t);
                }
            }
            List<Outcome> combined = List.of(new Outcome(0, 0, alone, new int[0], new int[0], null));
            for (List<Integer> m : members.values()) {
                int[] ts = m.stream().mapToInt(Integer::intValue).toArray();
                List<Outcome> own = groupOutcomes(ts);
                List<Outcome> next = new ArrayList<>();
                for (Outcome a : combined) {
                    for (Outcome b : own) {
                        next.add(new Outcome(a.tpGold + b.tpGold, a.tpTest + b.tpTest, a.nTest + b.nTest,
                                b.tests, b.choice, a));
                    }
                }
                combined = pareto(next);
                groups++;
            }
            Outcome top = null;
            double topF1 = -1;
            for (Outcome o : combined) {
                double f1 = new Counts(o.tpGold, o.tpTest, nGold, o.nTest).f1();
                if (f1 > topF1) {
                    topF1 = f1;
                    top = o;
                }
            }
            best = new int[tests.size()];
            java.util.Arrays.fill(best, -1);
            for (Outcome o = top; o != null; o = o.previous) {
                for (int k = 0; k < o.tests.length; k++) {
                    best[o.tests[k]] = o.choice[k];
                }
            }
            return new Counts(top.tpGold, top.tpTest, nGold, top.nTest);
        }

        private List<Outcome> groupOutcomes(int[] ts) {
            long leaves = 1;
            for (int t : ts) {
                leaves *= options[t].length + 1;
                if (leaves > EXHAUSTIVE_LIMIT) {
                    break;
                }
            }
            List<Outcome> out = new ArrayList<>();
            int[] choice = new int[ts.length];
            if (leaves <= EXHAUSTIVE_LIMIT) {
                enumerate(ts, 0, choice, out);
                return pareto(out);
            }
            // too many pairings: each response fact to the gold fact it alone would match best
            for (int k = 0; k < ts.length; k++) {
                int t = ts[k];
                double q = 0;
                choice[k] = -1;
                for (int s : options[t]) {
                    double x = gold.get(s).ignored() ? 0 : quality(s, bit(t));
                    if (x > q) {
                        q = x;
                        choice[k] = s;
                    }
                }
            }
            out.add(outcome(ts, choice.clone()));
            return out;
        }

        private void enumerate(int[] ts, int k, int[] choice, List<Outcome> out) {
            if (k == ts.length) {
                out.add(outcome(ts, choice.clone()));
                return;
            }
            for (int s : options[ts[k]]) {
                choice[k] = s;
                enumerate(ts, k + 1, choice, out);
            }
            choice[k] = -1;
            enumerate(ts, k + 1, choice, out);
        }

        private Outcome outcome(int[] ts, int[] choice) {
            Map<Integer, Long> masks = new LinkedHashMap<>();
            int nTest = 0;
            for (int k = 0; k < ts.length; k++) {
                if (choice[k] < 0) {
                    nTest++;
                } else {
                    masks.merge(choice[k], bit(ts[k]), (a, b) -> a | b);
                }
            }
            double tpGold = 0;
            double tpTest = 0;
            for (Map.Entry<Integer, Long> e : masks.entrySet()) {
                TrackThreeFact g = gold.get(e.getKey());
                int size = Long.bitCount(e.getValue());
                if (g.ignored()) {
                    continue;
                }
                double q = quality(e.getKey(), e.getValue());
                tpGold += q;
                tpTest += q * size;
                nTest += size;
            }
            return new Outcome(tpGold, tpTest, nTest, ts, choice, null);
        }

        private static long bit(int t) {
            if (t > 62) {
                throw new IllegalStateException("more than 63 response facts of one type in a document");
            }
            return 1L << t;
        }

        /** The quality of the cluster of gold fact {@code s} with the response facts in {@code mask}. */
        private double quality(int s, long mask) {
            return qualityMemo.get(s).computeIfAbsent(mask, m -> clusterQuality(gold.get(s), responses(m)));
        }

        private List<TrackThreeFact> responses(long mask) {
            List<TrackThreeFact> r = new ArrayList<>();
            for (int t = 0; t < tests.size() && t < 63; t++) {
                if ((mask & (1L << t)) != 0) {
                    r.add(tests.get(t));
                }
            }
            return r;
        }

        List<Cluster> clusters() {
            List<Cluster> out = new ArrayList<>();
            for (int s = 0; s < gold.size(); s++) {
                List<TrackThreeFact> r = new ArrayList<>();
                long mask = 0;
                for (int t = 0; t < tests.size(); t++) {
                    if (best[t] == s) {
                        r.add(tests.get(t));
                        mask |= bit(t);
                    }
                }
                double q = r.isEmpty() || gold.get(s).ignored() ? 0 : quality(s, mask);
                out.add(new Cluster(gold.get(s), r, q));
            }
            for (int t = 0; t < tests.size(); t++) {
                if (best[t] < 0) {
                    out.add(new Cluster(null, List.of(tests.get(t)), 0));
                }
            }
            return out;
        }

        private static List<Outcome> pareto(List<Outcome> all) {
            Map<Integer, List<Outcome>> byN = new HashMap<>();
            for (Outcome o : all) {
                byN.computeIfAbsent(o.nTest, k -> new ArrayList<>()).add(o);
            }
            List<Outcome> out = new ArrayList<>();
            for (List<Outcome> same : byN.values()) {
                same.sort((a, b) -> a.tpGold != b.tpGold ? Double.compare(b.tpGold, a.tpGold)
                        : Double.compare(b.tpTest, a.tpTest));
                double bestTest = -1;
                for (Outcome o : same) {
                    if (o.tpTest > bestTest + 1e-12) {
                        out.add(o);
                        bestTest = o.tpTest;
                    }
                }
            }
            return out;
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private static void union(int[] parent, int a, int b) {
            parent[find(parent, a)] = find(parent, b);
        }
    }

    /**
     * The quality of a cluster as the scorer computes it, including its reading of pairs of gold
     * arguments by position among all the gold's arguments when it measures how well one response
     * fact holds them together.
     */
    static double clusterQuality(TrackThreeFact gold, List<TrackThreeFact> responses) {
        if (gold == null || responses.isEmpty() || gold.ignored()) {
            return 0;
        }
        List<TrackThreeFact.Argument> goldArgs = gold.arguments();
        List<TrackThreeFact.Argument> matchedGold = new ArrayList<>();
        List<List<Integer>> responsesByGold = new ArrayList<>(); // per gold argument: the response facts agreeing
        for (int i = 0; i < goldArgs.size(); i++) {
            responsesByGold.add(new ArrayList<>());
        }
        double extra = 0;
        for (int r = 0; r < responses.size(); r++) {
            for (TrackThreeFact.Argument t : responses.get(r).arguments()) {
                boolean found = false;
                for (int i = 0; i < goldArgs.size(); i++) {
                    TrackThreeFact.Argument s = goldArgs.get(i);
                    if (s.accepts(t)) {
                        found = true;
                        if (!containsSame(matchedGold, s)) {
                            matchedGold.add(s);
                        }
                        responsesByGold.get(i).add(r);
                        break;
                    }
                }
                if (!found) {
                    extra += t.weight();
                }
            }
        }
        double matched = 0;
        for (TrackThreeFact.Argument s : matchedGold) {
            matched += s.weight();
        }
        double missing = 0;
        for (TrackThreeFact.Argument s : goldArgs) {
            if (!containsSame(matchedGold, s)) {
                missing += s.weight();
            }
        }
        double a = matched + extra + missing > 0 ? matched / (matched + extra + missing) : 0;
        double id;
        int n = matchedGold.size();
        if (responses.size() == 1) {
            id = 1.0;
        } else if (n * (n - 1) / 2.0 == 0) {
            id = 1.0;
        } else {
            int edges = 0;
            for (int i = 0; i < n && i < goldArgs.size(); i++) {
                for (int j = i + 1; j < n && j < goldArgs.size(); j++) {
                    boolean together = false;
                    for (int r1 : responsesByGold.get(i)) {
                        if (responsesByGold.get(j).contains(r1)) {
                            together = true;
                            break;
                        }
                    }
                    if (together) {
                        edges++;
                    }
                }
            }
            id = edges / (n * (n - 1) / 2.0);
        }
        return (a + id * a) / 2.0;
    }

    private static boolean containsSame(List<TrackThreeFact.Argument> list, TrackThreeFact.Argument a) {
        for (TrackThreeFact.Argument x : list) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    /** A figures table: one line per type and one overall, as the official scorer prints it. */
    public static String table(Map<String, Counts> byTag) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s %8s %8s%n",
                "type", "P", "R", "F1", "TP gold", "TP resp", "gold", "response"));
        Counts all = Counts.ZERO;
        for (String tag : TAGS) {
            Counts c = byTag.getOrDefault(tag, Counts.ZERO);
            all = all.plus(c);
            line(b, tag, c);
        }
        line(b, "overall", all);
        return b.toString();
    }

    private static void line(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-12s %8.4f %8.4f %8.4f %8.2f %8.2f %8d %8d%n",
                name, c.precision(), c.recall(), c.f1(), c.tpGold(), c.tpResponse(), c.gold(), c.response()));
    }
}
