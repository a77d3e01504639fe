package com.consortiumexplorer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the illustrative demo city ({@code cypher/demo/demo-city.cypher}) into an empty database on first
 * start, in one transaction, and marks the database so that it is loaded once and only once. The script itself
 * is idempotent (it merges on ids), so loading it again would leave the graph unchanged.
 */
@Component
public class DemoCity implements ApplicationRunner {

    /** Classpath location of the demo dataset. */
    public static final String SCRIPT = "cypher/demo/demo-city.cypher";

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);
    private static final String MARKER_ID = "demo-city";
    private static final Pattern UNWIND_LITERAL = Pattern.compile("UNWIND\\s*\\[", Pattern.CASE_INSENSITIVE);

    private final Driver driver;
    private final boolean enabled;

    DemoCity(Driver driver, @Value("${explorer.demo-data:true}") boolean enabled) {
        this.driver = driver;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            log.info("Demo data disabled (explorer.demo-data=false)");
            return;
        }
        if (loadIfEmpty()) {
            log.info("Loaded the illustrative demo city");
        } else {
            log.info("Demo city not loaded: the database already holds data");
        }
    }

    /**
     * Loads the demo city when the database holds no organizations and was never given the demo city.
     *
     * @return whether it was loaded now
     */
    public boolean loadIfEmpty() {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean untouched = tx.run("""
                                OPTIONAL MATCH (m:DemoDataset {id: $id})
                                OPTIONAL MATCH (o:Organization)
                                WITH m, o LIMIT 1
                                RETURN m IS NULL AND o IS NULL AS untouched
                                """, Map.of("id", MARKER_ID))
                        .single()
                        .get("untouched")
                        .asBoolean();
                if (!untouched) {
                    return false;
                }
                statements().forEach(tx::run);
                tx.run("""
                        MERGE (m:DemoDataset {id: $id})
                        SET m.illustrative = true, m.loadedAt = datetime()
                        """, Map.of("id", MARKER_ID));
                return true;
            });
        }
    }

    /**
     * The statements of the demo script, comments removed, in order. A statement that unwinds a literal list
     * ({@code UNWIND [...] AS row ...}) gets the list as the parameter {@code rows} instead: the same rows and
     * the same writes, but Neo4j plans it in milliseconds rather than about half a second.
     */
    public static List<Query> statements() {
        Resource script = new ClassPathResource(SCRIPT);
        try (InputStream in = script.getInputStream()) {
            return splitStatements(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream()
                    .map(DemoCity::parameterised)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo dataset " + SCRIPT, e);
        }
    }

    /** The statement with a leading {@code UNWIND} of a literal list turned into {@code UNWIND $rows}. */
    static Query parameterised(String statement) {
        Matcher unwind = UNWIND_LITERAL.matcher(statement);
        if (!unwind.lookingAt()) {
            return new Query(statement);
        }
        CypherLiteral.Parsed rows = CypherLiteral.read(statement, unwind.end() - 1);
        return new Query("UNWIND $rows" + statement.substring(rows.end()), Map.of("rows", rows.value()));
    }

    /** Splits a script into statements at lines that end with a semicolon, dropping {@code //} comment lines. */
    static List<String> splitStatements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
