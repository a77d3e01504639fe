package com.consortiumexplorer.ingest;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A second, empty embedded Neo4j for tests that need a database of their own (an empty target for a round trip,
 * the data folder a killed import left behind), without a second Spring context.
 */
public final class ScratchNeo4j implements AutoCloseable {

    private final DatabaseManagementService service;
    private final Driver driver;

    ScratchNeo4j(Path home) {
        this(home, 32L * 1024 * 1024);
    }

    /** An engine in {@code home} with Bolt on a free loopback port, no authentication, this much page cache. */
    public ScratchNeo4j(Path home, long pageCacheBytes) {
        service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                // no 5 s quiet period per Bolt event loop on shutdown (as in EmbeddedNeo4j)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
                .build();
        int port = ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
    }

    public Driver driver() {
        return driver;
    }

    GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    long count(String query) {
        return driver.executableQuery(query)
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }

    @Override
    public void close() {
        driver.close();
        service.shutdown();
    }
}
