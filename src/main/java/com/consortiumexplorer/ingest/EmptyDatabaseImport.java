package com.consortiumexplorer.ingest;

import com.consortiumexplorer.graph.EmbeddedNeo4j;
import com.consortiumexplorer.graph.EmbeddedNeo4jProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.io.fs.FileUtils;
import org.neo4j.io.layout.DatabaseLayout;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The {@code import} command's fast path: when the embedded engine has no store for its database yet (a new
 * data folder), the input is validated as always and, in the same pass, written by Neo4j's offline batch
 * importer into a folder aside, which replaces the missing store only once complete; the engine then starts on
 * it and the migrations build the constraints and indexes as on any start. It runs as soon as the command's
 * configuration is known and before the engine starts, because the importer needs the store to itself. A database that
 * already has a store, an external Neo4j and an input that repeats a relationship take the transactional
 * writers instead.
 */
final class EmptyDatabaseImport implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String ASIDE = "offline-import";

    private final Path source;
    private final GraphImporter.Progress progress;
    private final GraphImporter.BuildTimings timings = new GraphImporter.BuildTimings();
    private ImportReport report;

    EmptyDatabaseImport(Path source, GraphImporter.Progress progress) {
        this.source = source;
        this.progress = progress;
    }

    /** The report of the offline import, or {@code null} when it did not apply and the caller imports as usual. */
    ImportReport report() {
        return report;
    }

    /** When the offline import read its input and reached the importer's stages (once it completed). */
    GraphImporter.BuildTimings timings() {
        return timings;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (!environment.getProperty("spring.neo4j.uri", "").isBlank()) {
            return;
        }
        EmbeddedNeo4jProperties properties =
                Binder.get(environment).bindOrCreate("explorer.embedded", EmbeddedNeo4jProperties.class);
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        report = importIfEmpty(source, EmbeddedNeo4j.home(dataDir), dataDir.resolve(ASIDE), progress, timings);
    }

    /**
     * Imports with the offline importer when the engine at {@code home} has no store yet, building in
     * {@code aside} first.
     *
     * @return the report, or {@code null} when the database has a store or the input repeats a relationship
     */
    static ImportReport importIfEmpty(
            Path source, Path home, Path aside, GraphImporter.Progress progress, GraphImporter.BuildTimings timings) {
        DatabaseLayout target = StoreBuilder.layout(home);
        if (Files.exists(target.databaseDirectory())) {
            return null;
        }
        try {
            // A folder left by an import that was killed or failed: it never replaced anything.
            FileUtils.deleteDirectory(aside);
            Files.createDirectories(aside);
            ImportReport report;
            try {
                report = GraphImporter.buildStore(source, aside, progress, timings);
                if (report != null && report.status() == ImportReport.Status.COMPLETED) {
                    moveInto(StoreBuilder.layout(aside), target);
                }
            } finally {
                FileUtils.deleteDirectory(aside);
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the new store in " + aside, e);
        }
    }

    /**
     * Moves a complete store in, transaction logs first: the store folder appears last, in one rename, so until
     * then the database still counts as having no store.
     */
    private static void moveInto(DatabaseLayout built, DatabaseLayout target) throws IOException {
        Path logs = target.getTransactionLogsDirectory();
        FileUtils.deleteDirectory(logs);
        Files.createDirectories(logs.getParent());
        Files.move(built.getTransactionLogsDirectory(), logs);
        Files.createDirectories(target.databaseDirectory().getParent());
        Files.move(built.databaseDirectory(), target.databaseDirectory());
    }
}
