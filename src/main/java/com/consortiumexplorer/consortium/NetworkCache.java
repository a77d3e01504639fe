package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.EmbeddedNeo4j;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection of the whole city's network between requests: centrality, brokers and communities all read
 * it, and at 100,000 organizations projecting it costs seconds. The projection is kept for the database state it
 * was read from (the last committed transaction of the embedded engine), so any write, through the API, an import
 * or plain Cypher, makes the next request project anew. Against a database other than the embedded one there is
 * no such state to compare, and every request projects. A consortium's network is small and never kept.
 */
@Component
class NetworkCache {

    private final Neo4jClient neo4j;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private volatile Kept city;

    private record Kept(long version, OrganizationNetwork network) {}

    NetworkCache(Neo4jClient neo4j, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.neo4j = neo4j;
        this.embedded = embedded;
    }

    /** The network of the consortium's current members, or of the whole city when the id is null. */
    OrganizationNetwork network(String consortiumId) {
        long version = consortiumId == null ? version() : -1;
        if (version < 0) {
            return OrganizationNetwork.load(neo4j, consortiumId);
        }
        Kept kept = city;
        if (kept != null && kept.version() == version) {
            return kept.network();
        }
        synchronized (this) {
            kept = city;
            if (kept == null || kept.version() != version) {
                // read after the version: a write in between only makes the next request project again
                kept = new Kept(version, OrganizationNetwork.load(neo4j, null));
                city = kept;
            }
            return kept.network();
        }
    }

    private long version() {
        EmbeddedNeo4j engine = embedded.getIfAvailable();
        if (engine == null || !(engine.database() instanceof GraphDatabaseAPI api)) {
            return -1;
        }
        return api.getDependencyResolver()
                .resolveDependency(TransactionIdStore.class)
                .getLastCommittedTransactionId();
    }
}
