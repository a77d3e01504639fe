package com.consortiumexplorer.flows;

import java.util.List;

/**
 * Resource flows ready for a Sankey diagram: senders and receivers are separate nodes in two layers, so the links
 * never form a cycle even when A funds B and B funds A.
 *
 * @param nodes the nodes, senders (layer 0) before receivers (layer 1)
 * @param links the aggregated flows from a sender node to a receiver node, per kind
 * @param totals the total volume per kind and year
 * @param topFlows the largest flows between two parties over the whole period, per kind, largest first
 */
public record FlowSummary(List<Node> nodes, List<Link> links, List<Total> totals, List<TopFlow> topFlows) {

    /**
     * One node of the Sankey diagram.
     *
     * @param id unique node id: {@code out:} or {@code in:} followed by the key
     * @param key the organization, program or project id, or the type, the node stands for
     * @param name Chinese label
     * @param nameEn English label, when known
     * @param type the type of what the node stands for (an organization type, PROGRAM or PROJECT)
     * @param layer 0 for senders, 1 for receivers
     */
    public record Node(String id, String key, String name, String nameEn, String type, int layer) {}

    /**
     * The volume of one kind of flow from a sender node to a receiver node.
     *
     * @param source id of the sender node
     * @param target id of the receiver node
     * @param kind kind of flow
     * @param value total volume (CNY, graduates or hours)
     */
    public record Link(String source, String target, FlowKind kind, long value) {}

    /**
     * The total volume of one kind of flow in one year.
     *
     * @param kind kind of flow
     * @param year the year
     * @param value total volume
     */
    public record Total(FlowKind kind, int year, long value) {}

    /**
     * A large flow between two parties.
     *
     * @param kind kind of flow
     * @param source the sender
     * @param target the receiver
     * @param value total volume over the period
     */
    public record TopFlow(FlowKind kind, Node source, Node target, long value) {}
}
