package com.consortiumexplorer.explore;

import java.util.List;

/**
 * A path between two nodes.
 *
 * @param nodes the nodes from start to end
 * @param edges the relationships in path order
 */
public record GraphPath(List<GraphNode> nodes, List<GraphEdge> edges) {

    /** Number of relationships on the path. */
    public int length() {
        return edges.size();
    }
}
