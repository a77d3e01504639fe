package com.consortiumexplorer.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class SampledBetweennessTests {

    private static Graph<Integer, DefaultEdge> randomGraph(int n, int edges, long seed) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        while (graph.edgeSet().size() < edges) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                graph.addEdge(a, b);
            }
        }
        return graph;
    }

    @Test
    void samplingEverySourceGivesJGraphTsExactBetweenness() {
        Graph<Integer, DefaultEdge> graph = randomGraph(60, 150, 1);
        Map<Integer, Double> exact = new BetweennessCentrality<>(graph).getScores();
        Map<Integer, Double> sampled = SampledBetweenness.scores(graph, 60, 9);
        exact.forEach(
                (v, score) -> assertThat(sampled.get(v)).as("vertex %d", v).isCloseTo(score, within(1e-6)));
    }

    @Test
    void aSampleFindsTheBridgeOfTwoClusters() {
        Graph<Integer, DefaultEdge> graph = randomGraph(40, 120, 2);
        Graph<Integer, DefaultEdge> other = randomGraph(40, 120, 3);
        other.vertexSet().forEach(v -> graph.addVertex(v + 100));
        other.edgeSet().forEach(e -> graph.addEdge(other.getEdgeSource(e) + 100, other.getEdgeTarget(e) + 100));
        graph.addVertex(999);
        graph.addEdge(0, 999);
        graph.addEdge(999, 100);
        Map<Integer, Double> sampled = SampledBetweenness.scores(graph, 20, 4);
        Integer top = sampled.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertThat(top).isIn(0, 999, 100);
    }

    @Test
    void tripleHelixBalanceIsOneWhenEqualAndZeroWhenOneSided() {
        assertThat(ConsortiumHealth.balance(4, 4, 4)).isCloseTo(1, within(1e-12));
        assertThat(ConsortiumHealth.balance(0, 7, 0)).isZero();
        assertThat(ConsortiumHealth.balance(0, 0, 0)).isZero();
        assertThat(ConsortiumHealth.balance(1, 1, 0)).isCloseTo(Math.log(2) / Math.log(3), within(1e-12));
    }
}
