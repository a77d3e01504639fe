package com.consortiumexplorer.consortium;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;

/**
 * Approximate betweenness centrality of an unweighted undirected graph: Brandes' dependency accumulation from a
 * seeded random sample of source vertices, scaled by n / samples (Brandes and Pich, 2007). JGraphT computes only
 * the exact measure, whose cost (vertices × edges) is too high for a whole large city. The graph is copied into
 * arrays first (compressed adjacency), so each breadth-first search touches no map: at 100,000 organizations and
 * a million ties a search costs a few milliseconds instead of the hash lookups per edge of a map-based one.
 */
final class SampledBetweenness {

    private SampledBetweenness() {}

    static <V, E> Map<V, Double> scores(Graph<V, E> graph, int samples, long seed) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + graph.degreeOf(vertices.get(i));
        }
        int[] neighbours = new int[start[n]];
        for (int i = 0; i < n; i++) {
            int next = start[i];
            V v = vertices.get(i);
            for (E e : graph.edgesOf(v)) {
                V w = graph.getEdgeSource(e).equals(v) ? graph.getEdgeTarget(e) : graph.getEdgeSource(e);
                neighbours[next++] = index.get(w);
            }
        }
        double[] centrality = new double[n];
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int k = Math.min(samples, n);
        int[] distance = new int[n];
        long[] paths = new long[n];
        double[] dependency = new double[n];
        int[] stack = new int[n];
        Arrays.fill(distance, -1);
        for (int source : order.subList(0, k)) {
            // the breadth-first queue is the visiting order, so it doubles as Brandes' stack
            int visited = 0;
            stack[visited++] = source;
            distance[source] = 0;
            paths[source] = 1;
            for (int head = 0; head < visited; head++) {
                int v = stack[head];
                for (int j = start[v]; j < start[v + 1]; j++) {
                    int w = neighbours[j];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        stack[visited++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            for (int i = visited - 1; i >= 0; i--) {
                int w = stack[i];
                for (int j = start[w]; j < start[w + 1]; j++) {
                    int v = neighbours[j];
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += (double) paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != source) {
                    centrality[w] += dependency[w];
                }
            }
            for (int i = 0; i < visited; i++) {
                int w = stack[i];
                distance[w] = -1;
                paths[w] = 0;
                dependency[w] = 0;
            }
        }
        // each undirected path is seen from both ends when every vertex is a source, hence the half
        double scale = n == 0 ? 0 : (double) n / k / 2;
        Map<V, Double> scores = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            scores.put(vertices.get(i), centrality[i] * scale);
        }
        return scores;
    }
}
