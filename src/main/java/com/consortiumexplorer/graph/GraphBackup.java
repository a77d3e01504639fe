package com.consortiumexplorer.graph;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore of the whole graph while the application runs: every node and relationship with its
 * labels, type and typed properties, as gzip-compressed JSON lines. The migration history is left alone, since
 * the schema it describes is not part of a backup. Restoring replaces the whole graph with the backup's.
 */
@Service
public class GraphBackup {

    /** First line of every backup, so a wrong file is refused before anything is deleted. */
    static final String FORMAT = "consortium-explorer-backup/1";

    private static final Logger log = LoggerFactory.getLogger(GraphBackup.class);
    private static final int BATCH = 5_000;
    private static final String MIGRATIONS = "WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')";

    private final Driver driver;
    private final JsonMapper json = JsonMapper.builder().build();

    GraphBackup(Driver driver) {
        this.driver = driver;
    }

    /** What a backup or restore moved. */
    public record Counts(long nodes, long relationships) {}

    /** Writes the whole graph to the stream, read in one read transaction. */
    @PreAuthorize("hasRole('ADMIN')")
    public Counts backup(OutputStream target) {
        try (Session session = driver.session();
                BufferedWriter out = new BufferedWriter(
                        new OutputStreamWriter(new GZIPOutputStream(target), StandardCharsets.UTF_8))) {
            return session.executeRead(tx -> {
                try {
                    out.write(json.writeValueAsString(Map.of("format", FORMAT)));
                    out.newLine();
                    long nodes = 0;
                    var nodeResult = tx.run("MATCH (n) " + MIGRATIONS + " RETURN n");
                    while (nodeResult.hasNext()) {
                        Node node = nodeResult.next().get("n").asNode();
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("k", node.elementId());
                        line.put("labels", node.labels());
                        line.put("props", encode(node.asMap(Value::asObject)));
                        out.write(json.writeValueAsString(line));
                        out.newLine();
                        nodes++;
                    }
                    long relationships = 0;
                    var relResult = tx.run("MATCH (n)-[r]->(m) " + MIGRATIONS
                            + " AND none(l IN labels(m) WHERE l STARTS WITH '__Neo4jMigration') RETURN r");
                    while (relResult.hasNext()) {
                        Relationship r = relResult.next().get("r").asRelationship();
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("type", r.type());
                        line.put("s", r.startNodeElementId());
                        line.put("e", r.endNodeElementId());
                        line.put("props", encode(r.asMap(Value::asObject)));
                        out.write(json.writeValueAsString(line));
                        out.newLine();
                        relationships++;
                    }
                    return new Counts(nodes, relationships);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup", e);
        }
    }

    /**
     * Replaces the graph with the one in the backup. The file is checked first; then the graph is emptied and
     * rebuilt in batches, so a graph of any size fits in memory. Should a restore be interrupted, running it
     * again starts over from an empty graph and ends in the same state.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Counts restore(InputStream source) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(source), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null
                    || !FORMAT.equals(json.readTree(header).path("format").asString())) {
                throw new IllegalArgumentException("Not a Consortium Explorer backup");
            }
            try (Session session = driver.session()) {
                session.run("CREATE INDEX restore_key IF NOT EXISTS FOR (n:`__Restore`) ON (n.`__key`)")
                        .consume();
                session.run("CALL db.awaitIndexes(300)").consume();
                session.run("MATCH (n) " + MIGRATIONS + " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                        .consume();
                Counts counts = load(in, session);
                session.run("MATCH (n:`__Restore`) CALL (n) { REMOVE n:`__Restore`, n.`__key` }"
                                + " IN TRANSACTIONS OF 10000 ROWS")
                        .consume();
                session.run("DROP INDEX restore_key IF EXISTS").consume();
                log.info("Restored {} nodes and {} relationships", counts.nodes(), counts.relationships());
                return counts;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup", e);
        }
    }

    private Counts load(BufferedReader in, Session session) throws IOException {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<String, List<Map<String, Object>>> relationships = new LinkedHashMap<>();
        long nodeCount = 0;
        long relationshipCount = 0;
        String text;
        while ((text = in.readLine()) != null) {
            JsonNode line = json.readTree(text);
            if (line.has("labels")) {
                nodes.add(Map.of(
                        "key", line.path("k").asString(),
                        "labels", json.convertValue(line.path("labels"), List.class),
                        "props", decode(line.path("props"))));
                nodeCount++;
                if (nodes.size() == BATCH) {
                    writeNodes(session, nodes);
                }
            } else {
                if (!nodes.isEmpty()) {
                    writeNodes(session, nodes);
                }
                List<Map<String, Object>> batch =
                        relationships.computeIfAbsent(line.path("type").asString(), t -> new ArrayList<>());
                batch.add(Map.of(
                        "s", line.path("s").asString(),
                        "e", line.path("e").asString(),
                        "props", decode(line.path("props"))));
                relationshipCount++;
                if (batch.size() == BATCH) {
                    writeRelationships(session, line.path("type").asString(), batch);
                }
            }
        }
        if (!nodes.isEmpty()) {
            writeNodes(session, nodes);
        }
        for (Map.Entry<String, List<Map<String, Object>>> batch : relationships.entrySet()) {
            if (!batch.getValue().isEmpty()) {
                writeRelationships(session, batch.getKey(), batch.getValue());
            }
        }
        return new Counts(nodeCount, relationshipCount);
    }

    private static void writeNodes(Session session, List<Map<String, Object>> rows) {
        session.executeWriteWithoutResult(tx -> tx.run("""
                UNWIND $rows AS row
                CREATE (n:`__Restore` {`__key`: row.key})
                SET n += row.props, n:$(row.labels)
                """, Map.of("rows", rows)));
        rows.clear();
    }

    private static void writeRelationships(Session session, String type, List<Map<String, Object>> rows) {
        session.executeWriteWithoutResult(tx -> tx.run("""
                UNWIND $rows AS row
                MATCH (s:`__Restore` {`__key`: row.s})
                MATCH (e:`__Restore` {`__key`: row.e})
                CREATE (s)-[r:$($type)]->(e)
                SET r += row.props
                """, Map.of("rows", rows, "type", type)));
        rows.clear();
    }

    /** Properties with their Neo4j types kept: temporal values are tagged, everything else is plain JSON. */
    private static Map<String, Object> encode(Map<String, Object> properties) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        properties.forEach((key, value) -> encoded.put(key, encodeValue(value)));
        return encoded;
    }

    private static Object encodeValue(Object value) {
        return switch (value) {
            case LocalDate date -> Map.of("$date", date.toString());
            case ZonedDateTime dateTime -> Map.of("$datetime", dateTime.toString());
            case OffsetDateTime dateTime ->
                Map.of("$datetime", dateTime.toZonedDateTime().toString());
            case LocalDateTime dateTime -> Map.of("$localdatetime", dateTime.toString());
            case IsoDuration d -> Map.of("$duration", List.of(d.months(), d.days(), d.seconds(), d.nanoseconds()));
            case List<?> list -> list.stream().map(GraphBackup::encodeValue).toList();
            default -> value;
        };
    }

    private Map<String, Object> decode(JsonNode properties) {
        Map<String, Object> decoded = new LinkedHashMap<>();
        properties.properties().forEach(entry -> decoded.put(entry.getKey(), decodeValue(entry.getValue())));
        return decoded;
    }

    private Object decodeValue(JsonNode value) {
        if (value.isObject()) {
            if (value.has("$date")) {
                return LocalDate.parse(value.path("$date").asString());
            }
            if (value.has("$datetime")) {
                return ZonedDateTime.parse(value.path("$datetime").asString());
            }
            if (value.has("$localdatetime")) {
                return LocalDateTime.parse(value.path("$localdatetime").asString());
            }
            if (value.has("$duration")) {
                JsonNode d = value.path("$duration");
                return Values.isoDuration(
                                d.path(0).asLong(),
                                d.path(1).asLong(),
                                d.path(2).asLong(),
                                d.path(3).asInt())
                        .asIsoDuration();
            }
            throw new IllegalArgumentException("Unknown value in backup: " + value);
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(decodeValue(item)));
            return list;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isFloatingPointNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.isNull() ? null : value.asString();
    }
}
