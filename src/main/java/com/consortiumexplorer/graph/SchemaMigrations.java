package com.consortiumexplorer.graph;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations of the top-level {@code cypher/migrations} folder (packaged on the classpath)
 * as soon as the driver exists, before anything reads or writes the graph. Applied migrations are recorded
 * in the database, so applying them again changes nothing.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    /** Classpath location of the migration scripts. */
    public static final String LOCATION = "classpath:cypher/migrations";

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Migrations migrations;
    private volatile Duration took = Duration.ZERO;

    SchemaMigrations(Driver driver) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(folders -> scripts(SchemaMigrations.class.getClassLoader(), folders))
                .build();
        this.migrations = new Migrations(config, driver);
    }

    /**
     * The files below the given class path folders, found by Spring's resolver, which looks only inside the roots
     * that hold those folders; the library's default scanner walks every jar of the class path on each discovery,
     * which cost seconds of every start. As with that scanner, a file found under several roots (the classes folder
     * and a jar of the same build on one class path) counts once, from the first root in class path order.
     */
    static List<URL> scripts(ClassLoader loader, List<String> folders) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
        Map<String, URL> files = new LinkedHashMap<>();
        try {
            for (String folder : folders) {
                String root = folder.endsWith("/") ? folder : folder + "/";
                for (Resource resource : resolver.getResources("classpath*:" + root + "**/*")) {
                    String url = resource.getURL().toString();
                    if (resource.isReadable() && !url.endsWith("/")) {
                        files.putIfAbsent(url.substring(url.lastIndexOf(root)), resource.getURL());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the schema migrations in " + folders, e);
        }
        return List.copyOf(files.values());
    }

    @Override
    public void afterPropertiesSet() {
        apply();
    }

    /** Applies pending migrations and returns the version the schema is at afterwards. */
    public Optional<String> apply() {
        long started = System.nanoTime();
        Optional<String> version = migrations.apply().map(MigrationVersion::getValue);
        took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Graph schema at version {} ({} ms)", version.orElse("(none)"), took.toMillis());
        return version;
    }

    /**
     * How long the last {@link #apply()} took: on a store written without its schema (the offline import) that
     * is where the constraints and indexes are created and, for the constraints, populated.
     */
    public Duration took() {
        return took;
    }

    /** Validates that the database holds exactly the migrations found on the classpath. */
    public boolean isValid() {
        return migrations.validate().isValid();
    }
}
