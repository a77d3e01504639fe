package com.consortiumexplorer.graph;

import static org.neo4j.configuration.GraphDatabaseSettings.SYSTEM_DATABASE_NAME;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Neo4j engine running in-process, reachable only over Bolt on the loopback interface with
 * authentication on. Closing it shuts the database down cleanly, so the next start needs no recovery.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration BOLT_QUIET_PERIOD = Duration.ofMillis(100);

    private final DatabaseManagementService managementService;
    private final EmbeddedCredentials credentials;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService managementService, EmbeddedCredentials credentials, int boltPort) {
        this.managementService = managementService;
        this.credentials = credentials;
        this.boltPort = boltPort;
    }

    /** Starts the engine on the given data folder and makes sure the configured user can sign in. */
    static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, String username, String password) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        createPrivateFolder(dataDir);
        EmbeddedCredentials credentials = EmbeddedCredentials.resolve(dataDir, username, password);
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home(dataDir))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, properties.boltPort()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache() * 1024L * 1024L)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                // Bolt's event loops wait for a quiet period of 5 s each before they stop (about 10 s on every
                // shutdown); the engine is stopping anyway and its clients are the app's own driver and tools
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, BOLT_QUIET_PERIOD)
                .build();
        try {
            ensureUser(service, credentials);
            int port = boundBoltPort(service);
            log.info(
                    "Embedded Neo4j started in {} ms at bolt://{}:{} (data in {})",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    LOOPBACK,
                    port,
                    dataDir);
            return new EmbeddedNeo4j(service, credentials, port);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    /** The engine's home folder inside the data folder: its databases and transaction logs are below it. */
    public static Path home(Path dataDir) {
        return dataDir.resolve("neo4j");
    }

    /** The Bolt URI of the running engine. */
    public String boltUri() {
        return "bolt://" + LOOPBACK + ":" + boltPort;
    }

    /**
     * The default database for in-process bulk writes (the import), which bypass Bolt and its authentication;
     * everything else goes through the driver.
     */
    public GraphDatabaseService database() {
        return managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public String username() {
        return credentials.username();
    }

    public String password() {
        return credentials.password();
    }

    @Override
    public void close() {
        log.info("Shutting down embedded Neo4j");
        managementService.shutdown();
    }

    private static void createPrivateFolder(Path dataDir) {
        try {
            if (Files.notExists(dataDir)) {
                Files.createDirectories(dataDir);
            }
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded Neo4j data folder " + dataDir, e);
        }
    }

    /**
     * Creates the configured user or sets its password, through the system database before any Bolt client
     * connects. When the user is not the built-in {@code neo4j}, that account gets an unguessable password so
     * its well-known default cannot be used to get in.
     */
    private static void ensureUser(DatabaseManagementService service, EmbeddedCredentials credentials) {
        GraphDatabaseService system = service.database(SYSTEM_DATABASE_NAME);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $name RETURN count(*) AS n",
                Map.of("name", credentials.username()),
                result -> ((Number) result.next().get("n")).longValue() > 0);
        if (exists) {
            setPassword(system, credentials.username(), credentials.password());
        } else {
            system.executeTransactionally(
                    "CREATE USER $name SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("name", credentials.username(), "password", credentials.password()));
        }
        if (!"neo4j".equals(credentials.username())) {
            setPassword(system, "neo4j", EmbeddedCredentials.randomPassword());
        }
    }

    private static void setPassword(GraphDatabaseService system, String user, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER $name SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("name", user, "password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to set a password equal to the current one; the user is then already as wanted.
            if (!String.valueOf(e.getMessage()).contains("password cannot be the same")) {
                throw e;
            }
        }
    }

    private static int boundBoltPort(DatabaseManagementService service) {
        GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return database.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
    }
}
