package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.OrganizationBrief;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graphs;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Structure of the organization network of the city or of one consortium's current members: centrality, brokers
 * between types, and communities. The network is projected into memory and analysed with JGraphT.
 */
@Service
@Transactional(readOnly = true)
public class StructureAnalysis {

    /** Largest number of results a caller may ask for. */
    public static final int MAX_FIRST = 1000;

    /** Source vertices sampled by approximate betweenness. */
    public static final int BETWEENNESS_SAMPLES = 256;

    private static final long SEED = 20_260_101L;

    private final NetworkCache networks;

    StructureAnalysis(NetworkCache networks) {
        this.networks = networks;
    }

    /**
     * The most central organizations, most central first.
     *
     * @param measure the measure
     * @param consortiumId the consortium whose current members form the network, or null for the whole city
     * @param types kinds of organization to list (the network always holds all kinds), or null or empty for all
     * @param first how many to return, 1 to {@link #MAX_FIRST}
     * @param approximate for betweenness: sample {@link #BETWEENNESS_SAMPLES} sources instead of all
     */
    public List<CentralityScore> centrality(
            CentralityMeasure measure,
            String consortiumId,
            Collection<OrganizationType> types,
            int first,
            boolean approximate) {
        if (first < 1 || first > MAX_FIRST) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_FIRST + ", was " + first);
        }
        if (measure == null) {
            throw new IllegalArgumentException("measure is required");
        }
        OrganizationNetwork network = networks.network(consortiumId);
        Map<String, Double> scores = switch (measure) {
            case DEGREE -> {
                Map<String, Double> degrees = new HashMap<>();
                network.graph.vertexSet().forEach(v -> degrees.put(v, (double) network.graph.degreeOf(v)));
                yield degrees;
            }
            case BETWEENNESS ->
                approximate
                        ? SampledBetweenness.scores(network.graph, BETWEENNESS_SAMPLES, SEED)
                        : new BetweennessCentrality<>(network.graph).getScores();
            case PAGERANK -> network.graph.vertexSet().isEmpty() ? Map.of() : new PageRank<>(network.graph).getScores();
        };
        Set<OrganizationType> wanted =
                types == null || types.isEmpty() ? EnumSet.allOf(OrganizationType.class) : EnumSet.copyOf(types);
        return scores.entrySet().stream()
                .filter(e -> wanted.contains(network.type(e.getKey())))
                .map(e -> new CentralityScore(network.organizations.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingDouble(CentralityScore::score)
                        .reversed()
                        .thenComparing(s -> s.organization().id()))
                .limit(first)
                .toList();
    }

    /**
     * Organizations that bridge types: for each, the pairs of its partners that differ in type and have no tie
     * with each other; most such pairs first, organizations that bridge none left out.
     *
     * @param consortiumId the consortium whose current members form the network, or null for the whole city
     * @param first how many to return, 1 to {@link #MAX_FIRST}
     */
    public List<Broker> brokers(String consortiumId, int first) {
        if (first < 1 || first > MAX_FIRST) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_FIRST + ", was " + first);
        }
        OrganizationNetwork network = networks.network(consortiumId);
        List<Broker> brokers = new ArrayList<>();
        for (String v : network.graph.vertexSet()) {
            List<String> partners = Graphs.neighborListOf(network.graph, v);
            Map<String, Long> bridges = new TreeMap<>();
            long total = 0;
            for (int i = 0; i < partners.size(); i++) {
                for (int j = i + 1; j < partners.size(); j++) {
                    String a = partners.get(i);
                    String b = partners.get(j);
                    OrganizationType ta = network.type(a);
                    OrganizationType tb = network.type(b);
                    if (ta != null && tb != null && ta != tb && !network.graph.containsEdge(a, b)) {
                        String key = ta.compareTo(tb) < 0 ? ta + "–" + tb : tb + "–" + ta;
                        bridges.merge(key, 1L, Long::sum);
                        total++;
                    }
                }
            }
            if (total > 0) {
                List<Broker.Bridge> list = new ArrayList<>();
                bridges.forEach((k, n) -> list.add(new Broker.Bridge(k, n)));
                list.sort(Comparator.comparingLong(Broker.Bridge::pairs).reversed());
                brokers.add(new Broker(network.organizations.get(v), total, List.copyOf(list)));
            }
        }
        brokers.sort(Comparator.comparingLong(Broker::brokeredPairs)
                .reversed()
                .thenComparing(b -> b.organization().id()));
        return List.copyOf(brokers.subList(0, Math.min(first, brokers.size())));
    }

    /**
     * Communities found by label propagation (seeded, so repeatable), largest first, with their dominant
     * industries; organizations without any tie form communities of one and are left out.
     *
     * @param consortiumId the consortium whose current members form the network, or null for the whole city
     */
    public List<Community> communities(String consortiumId) {
        OrganizationNetwork network = networks.network(consortiumId);
        List<Set<String>> clusters = new LabelPropagationClustering<>(network.graph, new Random(SEED))
                .getClustering()
                .getClusters();
        List<Set<String>> sorted = clusters.stream()
                .filter(c -> c.size() > 1)
                .sorted(Comparator.comparingInt((Set<String> c) -> c.size())
                        .reversed()
                        .thenComparing(c -> c.stream().min(String::compareTo).orElse("")))
                .toList();
        List<Community> communities = new ArrayList<>();
        for (Set<String> cluster : sorted) {
            Map<String, Integer> counts = new HashMap<>();
            cluster.forEach(id -> network.industries.get(id).forEach(code -> counts.merge(code, 1, Integer::sum)));
            List<String> dominant = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(3)
                    .map(Map.Entry::getKey)
                    .toList();
            List<OrganizationBrief> members =
                    cluster.stream().sorted().map(network.organizations::get).toList();
            communities.add(new Community(communities.size(), members, dominant));
        }
        return List.copyOf(communities);
    }
}
