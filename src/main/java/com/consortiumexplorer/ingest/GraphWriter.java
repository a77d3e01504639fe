package com.consortiumexplorer.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes rows of the import format into Neo4j with batched {@code UNWIND … MERGE} statements, one transaction
 * per batch. Nodes are merged on their key, relationships on their endpoints plus their key properties, so
 * writing the same rows twice changes nothing. When given a checkpoint key, every batch also records in the
 * same transaction how many rows of the input are now written, so a crash leaves whole batches only and an
 * import can resume exactly after the last one.
 */
final class GraphWriter implements GraphSink {

    /** Label of the node that records the progress of an unfinished import. */
    static final String CHECKPOINT_LABEL = "ImportCheckpoint";

    private final Driver driver;
    private final int batchSize;
    private final BatchLog log;
    private final Map<String, List<Map<String, Object>>> buffers = new LinkedHashMap<>();
    private final Map<String, String> queries = new HashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> relationshipRows = new HashMap<>();
    private long position;
    private int buffered;

    GraphWriter(Driver driver, int batchSize, BatchLog log) {
        this.driver = driver;
        this.batchSize = batchSize;
        this.log = log;
        this.position = log.startPosition();
    }

    @Override
    public void node(NodeFile file, Object[] values) {
        Map<String, Object> props = new HashMap<>();
        List<Column> columns = file.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null) {
                props.put(columns.get(i).name(), values[i]);
            }
        }
        add(file.label(), () -> nodeQuery(file), Map.of("key", values[0], "props", props));
    }

    @Override
    public void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        Map<String, Object> keys = new HashMap<>();
        int i = 2;
        for (Column key : file.keys()) {
            keys.put(key.name(), values[i++]);
        }
        Map<String, Object> props = new HashMap<>();
        for (Column property : file.properties()) {
            if (values[i] != null) {
                props.put(property.name(), values[i]);
            }
            i++;
        }
        String from = DataFormat.keyLabel(fromLabel);
        String to = DataFormat.keyLabel(toLabel);
        // Within one statement a relationship created by one row is not seen by the next, so a batch holds
        // each relationship once (the last row wins, as with repeated imports).
        String identity = file.undirected() && ((String) values[0]).compareTo((String) values[1]) > 0
                ? values[1] + "\u0000" + values[0]
                : values[0] + "\u0000" + values[1];
        String bufferKey = file.type() + ':' + from + ':' + to;
        Map<String, Object> row = Map.of("from", values[0], "to", values[1], "k", keys, "props", props);
        if (relationshipRows.computeIfAbsent(bufferKey, k -> new HashMap<>()).put(identity + keys, row) != null) {
            List<Map<String, Object>> buffer = buffers.get(bufferKey);
            buffer.removeIf(r -> r.get("k").equals(keys)
                    && ((r.get("from").equals(values[0]) && r.get("to").equals(values[1]))
                            || (file.undirected()
                                    && r.get("from").equals(values[1])
                                    && r.get("to").equals(values[0]))));
            buffered--;
        }
        add(bufferKey, () -> relationshipQuery(file, from, to), row);
    }

    private void add(String bufferKey, Supplier<String> query, Map<String, Object> row) {
        queries.computeIfAbsent(bufferKey, k -> query.get());
        buffers.computeIfAbsent(bufferKey, k -> new ArrayList<>()).add(row);
        if (++buffered >= batchSize) {
            flush();
        }
    }

    /** Commits the buffered rows as one transaction (with the checkpoint, if any). */
    void flush() {
        if (buffered == 0) {
            return;
        }
        long newPosition = position + buffered;
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                // Nodes before relationships, so that a relationship finds endpoints created in the same batch.
                for (boolean nodes : new boolean[] {true, false}) {
                    buffers.forEach((key, batch) -> {
                        if (!batch.isEmpty() && nodes == (key.indexOf(':') < 0)) {
                            tx.run(queries.get(key), Map.of("rows", batch)).consume();
                        }
                    });
                }
                if (log.checkpointKey() != null) {
                    tx.run("""
                                    MERGE (c:ImportCheckpoint {id: $key})
                                    SET c.position = $position, c.updatedAt = datetime()
                                    """, Map.of("key", log.checkpointKey(), "position", newPosition))
                            .consume();
                }
                log.publish(position, newPosition);
            });
        }
        buffers.values().forEach(List::clear);
        relationshipRows.clear();
        buffered = 0;
        position = newPosition;
        log.onCommit().accept(position);
    }

    @Override
    public void close() {
        flush();
    }

    private static String nodeQuery(NodeFile file) {
        String key = file.key().name();
        StringBuilder query = new StringBuilder("UNWIND $rows AS row\nMERGE (n:`")
                .append(file.keyLabel())
                .append("` {`")
                .append(key)
                .append("`: row.key})\n");
        if (!file.keyLabel().equals(file.label())) {
            query.append("SET n:`").append(file.label()).append("`\n");
        }
        query.append("SET n += row.props\n");
        if (file.versioned()) {
            query.append("SET n.version = coalesce(n.version, 0)\n");
        }
        return query.toString();
    }

    /**
     * Finds an existing relationship by expanding from its endpoints and creates it when there is none. A
     * {@code MERGE} with key properties would do the same, but the planner then prefers the relationship
     * property indexes on {@code year}, scanning every relationship of a year for each row; so the key
     * properties are compared after the expansion, where no index can take over.
     */
    private static String relationshipQuery(RelationshipFile file, String fromKeyLabel, String toKeyLabel) {
        StringBuilder where = new StringBuilder();
        for (Column key : file.keys()) {
            where.append(where.isEmpty() ? " WHERE " : " AND ")
                    .append("x.`")
                    .append(key.name())
                    .append("` = row.k.`")
                    .append(key.name())
                    .append('`');
        }
        String type = "`" + file.type() + "`";
        return "UNWIND $rows AS row\n"
                + "MATCH (a:`" + fromKeyLabel + "` {`" + DataFormat.keyProperty(fromKeyLabel) + "`: row.from})\n"
                + "MATCH (b:`" + toKeyLabel + "` {`" + DataFormat.keyProperty(toKeyLabel) + "`: row.to})\n"
                + "WITH a, b, row, head([x IN [(a)-[y:" + type + "]-" + (file.undirected() ? "" : ">") + "(b) | y]"
                + where + " | x]) AS found\n"
                + "CALL (a, b, row, found) {\n"
                + "  WITH * WHERE found IS NULL\n"
                + "  CREATE (a)-[r:" + type + "]->(b) SET r = row.k\n"
                + "  RETURN r\n"
                + "  UNION\n"
                + "  WITH * WHERE found IS NOT NULL\n"
                + "  RETURN found AS r\n"
                + "}\n"
                + "SET r += row.props\n";
    }
}
