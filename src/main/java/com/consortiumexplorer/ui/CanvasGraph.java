package com.consortiumexplorer.ui;

import java.util.List;

/**
 * What a {@link GraphCanvas} draws: nodes with a type and a label, edges with a type and the years they span.
 *
 * @param nodes the nodes
 * @param edges the edges between them
 */
public record CanvasGraph(List<Node> nodes, List<Edge> edges) {

    /**
     * One node.
     *
     * @param id unique id on the canvas
     * @param type the node type, which picks its colour and shape
     * @param label the text under the node
     */
    public record Node(String id, String type, String label) {}

    /**
     * One edge.
     *
     * @param id unique id on the canvas
     * @param type the relationship type, which picks its style
     * @param source id of the node it starts at
     * @param target id of the node it ends at
     * @param fromYear first year it exists in (null: always)
     * @param toYear last year it exists in (null: still)
     */
    public record Edge(String id, String type, String source, String target, Integer fromYear, Integer toYear) {}
}
