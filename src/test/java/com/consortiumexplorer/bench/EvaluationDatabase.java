package com.consortiumexplorer.bench;

import com.consortiumexplorer.ingest.CityGenerator;
import com.consortiumexplorer.ingest.DemoCity;
import com.consortiumexplorer.ingest.GeneratorSettings;
import com.consortiumexplorer.ingest.ScratchNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A throw-away embedded Neo4j holding one city to evaluate the gap finder on: the demo city or a generated one.
 * It lets the evaluation run from a test or from the benchmark harness without the application; the folder is
 * wiped first and deleted on close.
 */
public final class EvaluationDatabase implements AutoCloseable {

    private final Path folder;
    private final ScratchNeo4j engine;
    private final Driver driver;

    private EvaluationDatabase(Path folder) {
        this.folder = folder;
        delete(folder);
        this.engine = new ScratchNeo4j(folder, 128L * 1024 * 1024);
        this.driver = engine.driver();
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
        engine.close();
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
