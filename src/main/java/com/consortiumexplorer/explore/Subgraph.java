package com.consortiumexplorer.explore;

import java.util.List;

/**
 * A part of the graph around one node.
 *
 * @param centerId id of the node it was taken around
 * @param nodes its nodes, the centre first
 * @param edges the relationships between them that the traversal followed
 * @param truncated whether the node limit left out nodes that the traversal reached
 */
public record Subgraph(String centerId, List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {}
