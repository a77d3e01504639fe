package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.OrganizationBrief;
import java.util.List;

/**
 * An organization that bridges organizations of different types that have no tie of their own.
 *
 * @param organization the broker
 * @param brokeredPairs pairs of its partners of different types with no tie between them
 * @param bridges the type pairs it bridges, e.g. {@code COLLEGE–ENTERPRISE}, with their counts, largest first
 */
public record Broker(OrganizationBrief organization, long brokeredPairs, List<Bridge> bridges) {

    /**
     * The partners of two types a broker bridges.
     *
     * @param types the two types joined by an en dash, in enum order
     * @param pairs how many such pairs
     */
    public record Bridge(String types, long pairs) {}
}
