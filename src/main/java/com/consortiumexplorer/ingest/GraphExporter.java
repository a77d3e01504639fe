package com.consortiumexplorer.ingest;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Exports the graph, or a neighbourhood or consortium of it, as JSON, CSV or GraphML. Everything is read in one
 * read transaction (a consistent snapshot) and streamed out: nodes file by file ordered by key, then
 * relationships type by type ordered by endpoints and keys, so that the same graph always gives the same
 * document. Only the properties of the data format are written.
 */
@Service
public class GraphExporter {

    private final Driver driver;

    public GraphExporter(Driver driver) {
        this.driver = driver;
    }

    /** Writes the scope in the format to the stream (CSV as a ZIP of files); closes the stream. */
    public ExportSummary export(ExportFormat format, ExportScope scope, OutputStream out) {
        return export(
                switch (format) {
                    case JSON -> new JsonExport(out);
                    case CSV -> new CsvZip(out);
                    case GRAPHML -> new GraphMlExport(out);
                },
                scope);
    }

    /** Checks that the scope's centre node or consortium exists; a clear error before anything is streamed. */
    public void requireScope(ExportScope scope) {
        if (scope.kind() == ExportScope.Kind.ALL) {
            return;
        }
        try (Session session = driver.session(SessionConfig.builder()
                        .withDefaultAccessMode(AccessMode.READ)
                        .build());
                Transaction tx = session.beginTransaction()) {
            scopeIds(tx, scope);
        }
    }

    /** Writes the scope as a folder of import-format CSV files. */
    public ExportSummary exportCsvFolder(ExportScope scope, Path folder) {
        return export(new CsvFolder(folder), scope);
    }

    private ExportSummary export(GraphSink sink, ExportScope scope) {
        long started = System.nanoTime();
        long nodes = 0;
        long relationships = 0;
        try (Session session = driver.session(SessionConfig.builder()
                        .withDefaultAccessMode(AccessMode.READ)
                        .build());
                Transaction tx = session.beginTransaction();
                sink) {
            List<String> ids = scope.kind() == ExportScope.Kind.ALL ? List.of() : scopeIds(tx, scope);
            Map<String, Object> parameters = Map.of("all", scope.kind() == ExportScope.Kind.ALL, "ids", ids);
            for (NodeFile file : DataFormat.NODE_FILES) {
                Result result = tx.run(
                        "MATCH (n:`" + file.label() + "`) WHERE $all OR elementId(n) IN $ids\n"
                                + "RETURN n AS node ORDER BY n.`" + file.key().name() + "`",
                        parameters);
                while (result.hasNext()) {
                    Value node = result.next().get("node");
                    List<Column> columns = file.columns();
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = node.get(columns.get(i).name()).asObject();
                    }
                    sink.node(file, values);
                    nodes++;
                }
            }
            for (RelationshipFile file : DataFormat.RELATIONSHIP_FILES) {
                relationships += exportRelationships(tx, file, parameters, sink);
            }
        }
        return new ExportSummary(nodes, relationships, Duration.ofNanos(System.nanoTime() - started));
    }

    private static long exportRelationships(
            Transaction tx, RelationshipFile file, Map<String, Object> parameters, GraphSink sink) {
        StringBuilder order = new StringBuilder("from, to");
        for (Column key : file.keys()) {
            order.append(", r.`").append(key.name()).append('`');
        }
        Result result = tx.run(
                "MATCH (a)-[r:`" + file.type() + "`]->(b)\n"
                        + "WHERE $all OR (elementId(a) IN $ids AND elementId(b) IN $ids)\n"
                        + "RETURN coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to,\n"
                        + "  [l IN labels(a) WHERE l <> 'Organization'][0] AS fromLabel,\n"
                        + "  [l IN labels(b) WHERE l <> 'Organization'][0] AS toLabel, r AS rel\n"
                        + "ORDER BY " + order,
                parameters);
        List<Column> columns = file.columns();
        long count = 0;
        while (result.hasNext()) {
            Record row = result.next();
            String fromLabel = row.get("fromLabel").asString(null);
            String toLabel = row.get("toLabel").asString(null);
            if (!file.fromLabels().contains(fromLabel) || !file.toLabels().contains(toLabel)) {
                continue;
            }
            Value rel = row.get("rel");
            Object[] values = new Object[columns.size()];
            values[0] = row.get("from").asString();
            values[1] = row.get("to").asString();
            for (int i = 2; i < values.length; i++) {
                values[i] = rel.get(columns.get(i).name()).asObject();
            }
            sink.relationship(file, fromLabel, toLabel, values);
            count++;
        }
        return count;
    }

    /** Element ids of the nodes in a neighbourhood or consortium scope. */
    private static List<String> scopeIds(Transaction tx, ExportScope scope) {
        if (scope.kind() == ExportScope.Kind.CONSORTIUM) {
            List<Record> found = tx.run("""
                            MATCH (c:Consortium {id: $id})
                            CALL (c) {
                              RETURN c AS n
                              UNION MATCH (n)-[:MEMBER_OF]->(c) RETURN n
                              UNION MATCH (o)-[:MEMBER_OF]->(c), (o)-[:PARTICIPATES_IN]->(n) RETURN n
                              UNION MATCH (n:Policy)-[:SUPPORTS]->(c) RETURN n
                            }
                            RETURN collect(DISTINCT elementId(n)) AS ids
                            """, Map.of("id", scope.id())).list();
            List<String> ids = found.getFirst().get("ids").asList(Value::asString);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("no consortium with id '" + scope.id() + "'");
            }
            return ids;
        }
        List<String> centre =
                tx.run("""
                        CALL () {
                          MATCH (n:Organization {id: $id}) RETURN n
                          UNION MATCH (n:Consortium {id: $id}) RETURN n
                          UNION MATCH (n:Program {id: $id}) RETURN n
                          UNION MATCH (n:Project {id: $id}) RETURN n
                          UNION MATCH (n:Policy {id: $id}) RETURN n
                          UNION MATCH (n:Industry {code: $id}) RETURN n
                          UNION MATCH (n:Major {code: $id}) RETURN n
                        }
                        RETURN elementId(n) AS id
                        """, Map.of("id", scope.id())).list(r -> r.get("id").asString());
        if (centre.isEmpty()) {
            throw new IllegalArgumentException("no node with id or code '" + scope.id() + "'");
        }
        Set<String> seen = new HashSet<>(centre);
        List<String> frontier = centre;
        for (int hop = 0; hop < scope.depth() && !frontier.isEmpty(); hop++) {
            List<String> next = new ArrayList<>();
            for (String id : tx.run("""
                            MATCH (n)--(m) WHERE elementId(n) IN $frontier
                            RETURN DISTINCT elementId(m) AS id
                            """, Map.of("frontier", frontier))
                    .list(r -> r.get("id").asString())) {
                if (seen.add(id)) {
                    next.add(id);
                }
            }
            frontier = next;
        }
        return List.copyOf(seen);
    }
}
