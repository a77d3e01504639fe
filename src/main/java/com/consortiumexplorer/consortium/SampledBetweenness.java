package com.consortiumexplorer.consortium;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Approximate betweenness centrality of an unweighted undirected graph: Brandes' dependency accumulation from a
 * seeded random sample of source vertices, scaled by n / samples (Brandes and Pich, 2007). JGraphT computes only
 * the exact measure, whose cost (vertices × edges) is too high for a whole large city.
 */
final class SampledBetweenness {

    private SampledBetweenness() {}

    static <V, E> Map<V, Double> scores(Graph<V, E> graph, int samples, long seed) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Double> centrality = new HashMap<>();
        vertices.forEach(v -> centrality.put(v, 0.0));
        if (vertices.isEmpty()) {
            return centrality;
        }
        Collections.shuffle(vertices, new Random(seed));
        int k = Math.min(samples, vertices.size());
        for (V source : vertices.subList(0, k)) {
            Deque<V> stack = new ArrayDeque<>();
            Map<V, List<V>> predecessors = new HashMap<>();
            Map<V, Long> paths = new HashMap<>();
            Map<V, Integer> distance = new HashMap<>();
            paths.put(source, 1L);
            distance.put(source, 0);
            Deque<V> queue = new ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty()) {
                V v = queue.poll();
                stack.push(v);
                for (V w : Graphs.neighborListOf(graph, v)) {
                    if (!distance.containsKey(w)) {
                        distance.put(w, distance.get(v) + 1);
                        queue.add(w);
                    }
                    if (distance.get(w) == distance.get(v) + 1) {
                        paths.merge(w, paths.get(v), Long::sum);
                        predecessors.computeIfAbsent(w, x -> new ArrayList<>()).add(v);
                    }
                }
            }
            Map<V, Double> dependency = new HashMap<>();
            while (!stack.isEmpty()) {
                V w = stack.pop();
                for (V v : predecessors.getOrDefault(w, List.of())) {
                    double share = (double) paths.get(v) / paths.get(w) * (1 + dependency.getOrDefault(w, 0.0));
                    dependency.merge(v, share, Double::sum);
                }
                if (!w.equals(source)) {
                    centrality.merge(w, dependency.getOrDefault(w, 0.0), Double::sum);
                }
            }
        }
        // each undirected path is seen from both ends when every vertex is a source, hence the half
        double scale = (double) vertices.size() / k / 2;
        centrality.replaceAll((v, c) -> c * scale);
        return centrality;
    }
}
