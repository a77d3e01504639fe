package com.consortiumexplorer.bench;

import com.consortiumexplorer.ingest.CityGenerator;
import com.consortiumexplorer.ingest.DemoCity;
import com.consortiumexplorer.ingest.GeneratorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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
import org.neo4j.driver.Session;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A throw-away embedded Neo4j holding one city to evaluate the gap finder on: the demo city or a generated one.
 * It lets the evaluation run from a test or from the benchmark harness without the application; the folder is
 * wiped first and deleted on close.
 */
public final class EvaluationDatabase implements AutoCloseable {

    private final Path folder;
    private final DatabaseManagementService service;
    private final Driver driver;

    private EvaluationDatabase(Path folder) {
        this.folder = folder;
        delete(folder);
        this.service = new DatabaseManagementServiceBuilder(folder)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
                .build();
        GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = database.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        this.driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
    }

    /** A database in the folder holding the demo city. */
    public static EvaluationDatabase demo(Path folder) {
        EvaluationDatabase db = new EvaluationDatabase(folder);
        try (Session session = db.driver.session()) {
            session.executeWrite(tx -> {
                DemoCity.statements().forEach(tx::run);
                return null;
            });
        }
        return db;
    }

    /** A database in the folder holding a city generated with the ingest generator. */
    public static EvaluationDatabase generated(Path folder, int organizations, long seed) {
        EvaluationDatabase db = new EvaluationDatabase(folder);
        new CityGenerator(db.driver, event -> {}).generate(GeneratorSettings.database(organizations, seed));
        return db;
    }

    /** A client reading the database. */
    public Neo4jClient client() {
        return Neo4jClient.create(driver);
    }

    @Override
    public void close() {
        driver.close();
        service.shutdown();
        delete(folder);
    }

    private static void delete(Path folder) {
        if (Files.notExists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
