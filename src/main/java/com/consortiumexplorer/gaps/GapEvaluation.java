package com.consortiumexplorer.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Proof of quality of the gap score: hides a seeded random share of the COLLABORATES_WITH ties, scores every pair
 * that is not connected in what remains, and measures how well the hidden ties are ranked (AUC and precision@10)
 * by the gap score and by single-signal baselines. The scores are computed on an in-memory copy of the graph
 * without the hidden ties, so no method ever sees them; the database is only read.
 */
public final class GapEvaluation {

    /** Name of the gap-score method in a report. */
    public static final String GAP_FINDER = "gap finder";

    /** Names of the single-signal baselines in a report. */
    public static final List<String> BASELINES =
            List.of("common neighbours", "Adamic–Adar", "preferential attachment", "random");

    /**
     * Seeds of the held-out ties on which the figures of docs/analytics.md are reported: the first three of earlier
     * sessions and twenty new ones, fixed before they were run. The score was chosen on other seeds
     * ({@link #TUNING_SEEDS}), never on these.
     */
    public static final List<Long> EVALUATION_SEEDS = LongStream.concat(
                    LongStream.of(42, 7, 2026), LongStream.rangeClosed(101, 120))
            .boxed()
            .toList();

    /** Seeds of the held-out ties the forms and weights of the score were compared on. */
    public static final List<Long> TUNING_SEEDS =
            LongStream.rangeClosed(1, 20).boxed().toList();

    private static final int TOP = 10;

    private GapEvaluation() {}

    /**
     * How well one method ranks the hidden ties.
     *
     * @param method the method's name
     * @param auc probability that a hidden tie scores above a non-tie (ties count one half)
     * @param precisionAt10 share of hidden ties among the ten best-scored pairs
     */
    public record MethodResult(String method, double auc, double precisionAt10) {}

    /**
     * The outcome of one evaluation run.
     *
     * @param organizations organizations in the graph
     * @param ties collaboration ties in the graph
     * @param hidden ties hidden from the methods
     * @param positives hidden ties among the candidate pairs (a hidden tie whose pair also shares a flow, program
     *     or project stays connected and is not a candidate)
     * @param candidates pairs that are not connected once the hidden ties are removed
     * @param seed the seed of the random choice of hidden ties and of the random baseline
     * @param results one result per method, the gap finder first
     */
    public record Report(
            int organizations,
            int ties,
            int hidden,
            int positives,
            long candidates,
            long seed,
            List<MethodResult> results) {

        /** The result of the named method. */
        public MethodResult result(String method) {
            return results.stream()
                    .filter(r -> r.method().equals(method))
                    .findFirst()
                    .orElseThrow();
        }

        /** The baseline with the highest AUC. */
        public MethodResult bestBaseline() {
            return results.stream()
                    .filter(r -> !r.method().equals(GAP_FINDER))
                    .max((x, y) -> Double.compare(x.auc(), y.auc()))
                    .orElseThrow();
        }
    }

    /**
     * Evaluates on the organizations whose ids start with a prefix (a generated city shares a database with
     * others that way), or on all organizations.
     *
     * @param neo4j the client; it only reads
     * @param weights the weights of the gap score
     * @param seed seed of the random choices
     * @param hiddenShare share of ties to hide, between 0 and 1 exclusive
     * @param idPrefix the prefix of the city's organization ids, or null or empty for every organization
     */
    public static Report evaluate(
            Neo4jClient neo4j, GapWeights weights, long seed, double hiddenShare, String idPrefix) {
        List<String> scope = null;
        if (idPrefix != null && !idPrefix.isEmpty()) {
            scope = neo4j
                    .query("MATCH (o:Organization) WHERE o.id STARTS WITH $prefix RETURN o.id AS id")
                    .bind(idPrefix)
                    .to("prefix")
                    .fetchAs(String.class)
                    .all()
                    .stream()
                    .toList();
        }
        return evaluate(CityGraph.load(neo4j, scope), weights, seed, hiddenShare);
    }

    static Report evaluate(CityGraph full, GapWeights weights, long seed, double hiddenShare) {
        if (!(hiddenShare > 0 && hiddenShare < 1)) {
            throw new IllegalArgumentException("hiddenShare must be between 0 and 1, was " + hiddenShare);
        }
        List<long[]> ties = new ArrayList<>();
        full.forEachTie((a, b) -> ties.add(new long[] {a, b}));
        Random random = new Random(seed);
        Collections.shuffle(ties, random);
        List<long[]> hidden = ties.subList(0, (int) Math.round(ties.size() * hiddenShare));
        Set<Long> hiddenKeys = new HashSet<>();
        hidden.forEach(t -> hiddenKeys.add(key((int) t[0], (int) t[1])));
        CityGraph train = full.withoutTies(hidden);

        int n = train.size();
        int[] first = new int[n * (n - 1) / 2];
        int[] second = new int[first.length];
        int count = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (!train.connected(a, b)) {
                    first[count] = a;
                    second[count] = b;
                    count++;
                }
            }
        }
        boolean[] positive = new boolean[count];
        int positives = 0;
        double[][] scores = new double[1 + BASELINES.size()][count];
        for (int p = 0; p < count; p++) {
            int a = first[p];
            int b = second[p];
            positive[p] = hiddenKeys.contains(key(a, b));
            positives += positive[p] ? 1 : 0;
            GapEvidence evidence = train.evidence(a, b);
            scores[0][p] = GapScoring.score(evidence, weights);
            scores[1][p] = evidence.commonPartners().size();
            scores[2][p] = evidence.adamicAdar();
            scores[3][p] = (double) train.degree(a) * train.degree(b);
            scores[4][p] = random.nextDouble();
        }
        double[] tieBreak = new double[count];
        for (int p = 0; p < count; p++) {
            tieBreak[p] = random.nextDouble();
        }
        List<String> methods = new ArrayList<>();
        methods.add(GAP_FINDER);
        methods.addAll(BASELINES);
        List<MethodResult> results = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            results.add(new MethodResult(
                    methods.get(m),
                    auc(scores[m], positive, count),
                    precisionAtTop(scores[m], tieBreak, positive, count)));
        }
        return new Report(n, ties.size(), hidden.size(), positives, count, seed, List.copyOf(results));
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /**
     * AUC by the rank-sum (Mann–Whitney) formula, with average ranks for equal scores. Only the few positives need
     * a rank, so the scores are sorted as primitives and each positive's rank range is found by binary search
     * (boxed index sorts of half a million pairs per method were most of an evaluation's time).
     */
    static double auc(double[] scores, boolean[] positive, int count) {
        double[] sorted = Arrays.copyOf(scores, count);
        Arrays.sort(sorted);
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < count; i++) {
            if (positive[i]) {
                int below = firstAtLeast(sorted, scores[i], false);
                int upTo = firstAtLeast(sorted, scores[i], true);
                // ranks below + 1 … upTo share their average
                rankSum += (below + 1 + upTo) / 2.0;
                positives++;
            }
        }
        long negatives = count - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The first index whose value is at least (or, with {@code above}, above) the given one. */
    private static int firstAtLeast(double[] sorted, double value, boolean above) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int c = Double.compare(sorted[middle], value);
            if (c < 0 || (above && c == 0)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Share of positives among the best-scored pairs; equal scores are ordered by a seeded random key. One pass
     * keeps the best few in order, instead of sorting every pair.
     */
    static double precisionAtTop(double[] scores, double[] tieBreak, boolean[] positive, int count) {
        int top = Math.min(TOP, count);
        int[] best = new int[top];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == top && !before(i, best[top - 1], scores, tieBreak)) {
                continue;
            }
            int at = kept < top ? kept++ : top - 1;
            while (at > 0 && before(i, best[at - 1], scores, tieBreak)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        int hits = 0;
        for (int i = 0; i < top; i++) {
            hits += positive[best[i]] ? 1 : 0;
        }
        return top == 0 ? 0 : (double) hits / top;
    }

    /** Whether pair x ranks above pair y: a higher score, or an equal score and a lower random key. */
    private static boolean before(int x, int y, double[] scores, double[] tieBreak) {
        int byScore = Double.compare(scores[y], scores[x]);
        return byScore != 0 ? byScore < 0 : Double.compare(tieBreak[x], tieBreak[y]) < 0;
    }
}
