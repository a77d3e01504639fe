package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.CommittedState;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection of the whole city's network between requests: centrality, brokers and communities all read
 * it, and at 100,000 organizations projecting it costs seconds. The projection is kept for the committed state of
 * the database it was read from ({@link CommittedState}), so any write makes the next request project anew. A
 * consortium's network is small and never kept.
 */
@Component
class NetworkCache {

    private final Neo4jClient neo4j;
    private final CommittedState.Kept<OrganizationNetwork> city;

    NetworkCache(Neo4jClient neo4j, CommittedState state) {
        this.neo4j = neo4j;
        this.city = state.keep(() -> OrganizationNetwork.load(neo4j, null));
    }

    /** The network of the consortium's current members, or of the whole city when the id is null. */
    OrganizationNetwork network(String consortiumId) {
        return consortiumId == null ? city.get() : OrganizationNetwork.load(neo4j, consortiumId);
    }
}
