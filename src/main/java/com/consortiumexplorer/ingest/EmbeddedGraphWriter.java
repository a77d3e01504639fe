package com.consortiumexplorer.ingest;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Writes rows of the import format into the embedded engine through its Java API, one transaction per batch,
 * with the same meaning as the Cypher of {@link GraphWriter}: nodes merged on their key, relationships on their
 * endpoints plus their key properties (without direction for undirected types), absent values left alone, and
 * every batch recording the checkpoint of its input in the same transaction. In-process there is no Bolt
 * round trip, no parameter maps and no query to plan per batch, which makes bulk imports many times faster.
 */
final class EmbeddedGraphWriter implements GraphSink {

    private static final Label CHECKPOINT = Label.label(GraphWriter.CHECKPOINT_LABEL);

    private final GraphDatabaseService database;
    private final int batchSize;
    private final BatchLog log;
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, RelationshipType> types = new HashMap<>();
    private Transaction tx;
    private long position;
    private int pending;

    EmbeddedGraphWriter(GraphDatabaseService database, int batchSize, BatchLog log) {
        this.database = database;
        this.batchSize = batchSize;
        this.log = log;
        this.position = log.startPosition();
    }

    @Override
    public void node(NodeFile file, Object[] values) {
        try {
            writeNode(transaction(), file, values);
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        }
        written();
    }

    @Override
    public void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        try {
            writeRelationship(transaction(), file, fromLabel, toLabel, values);
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        }
        written();
    }

    private void writeNode(Transaction tx, NodeFile file, Object[] values) {
        List<Column> columns = file.columns();
        Label keyLabel = label(file.keyLabel());
        Node node = tx.findNode(keyLabel, file.key().name(), values[0]);
        if (node == null) {
            node = tx.createNode(keyLabel);
            node.setProperty(file.key().name(), values[0]);
        }
        if (!file.keyLabel().equals(file.label())) {
            node.addLabel(label(file.label()));
        }
        for (int i = 1; i < columns.size(); i++) {
            if (values[i] != null) {
                node.setProperty(columns.get(i).name(), values[i]);
            }
        }
        if (file.versioned() && !node.hasProperty("version")) {
            node.setProperty("version", 0L);
        }
    }

    private void writeRelationship(
            Transaction tx, RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        Node from = find(tx, fromLabel, values[0]);
        Node to = find(tx, toLabel, values[1]);
        RelationshipType type = types.computeIfAbsent(file.type(), RelationshipType::withName);
        Relationship relationship = existing(file, type, from, to, values);
        int i = 2;
        if (relationship == null) {
            relationship = from.createRelationshipTo(to, type);
            for (Column key : file.keys()) {
                relationship.setProperty(key.name(), values[i++]);
            }
        } else {
            i += file.keys().size();
        }
        for (Column property : file.properties()) {
            if (values[i] != null) {
                relationship.setProperty(property.name(), values[i]);
            }
            i++;
        }
    }

    /**
     * The relationship with these endpoints and key properties, found by walking the relationships of the type
     * from whichever endpoint has fewer of them.
     */
    private static Relationship existing(
            RelationshipFile file, RelationshipType type, Node from, Node to, Object[] values) {
        Direction fromSide = file.undirected() ? Direction.BOTH : Direction.OUTGOING;
        Direction toSide = file.undirected() ? Direction.BOTH : Direction.INCOMING;
        boolean walkFrom = from.getDegree(type, fromSide) <= to.getDegree(type, toSide);
        Node start = walkFrom ? from : to;
        Node other = walkFrom ? to : from;
        try (var relationships = start.getRelationships(walkFrom ? fromSide : toSide, type)) {
            for (Relationship candidate : relationships) {
                if (candidate.getOtherNode(start).equals(other) && sameKeys(file, candidate, values)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean sameKeys(RelationshipFile file, Relationship relationship, Object[] values) {
        int i = 2;
        for (Column key : file.keys()) {
            if (!Objects.equals(relationship.getProperty(key.name(), null), values[i++])) {
                return false;
            }
        }
        return true;
    }

    private Node find(Transaction tx, String label, Object key) {
        String keyLabel = DataFormat.keyLabel(label);
        Node node = tx.findNode(label(keyLabel), DataFormat.keyProperty(keyLabel), key);
        if (node == null) {
            // Validation checked every endpoint against the input and the database before anything was written.
            throw new IllegalStateException("No " + label + " '" + key + "' to connect");
        }
        return node;
    }

    private Label label(String name) {
        return labels.computeIfAbsent(name, Label::label);
    }

    private Transaction transaction() {
        if (tx == null) {
            tx = database.beginTx();
        }
        return tx;
    }

    private void written() {
        if (++pending >= batchSize) {
            flush();
        }
    }

    /** Commits the rows written since the last commit as one transaction (with the checkpoint, if any). */
    void flush() {
        if (pending == 0) {
            return;
        }
        long newPosition = position + pending;
        try (Transaction batch = tx) {
            tx = null;
            if (log.checkpointKey() != null) {
                Node checkpoint = batch.findNode(CHECKPOINT, "id", log.checkpointKey());
                if (checkpoint == null) {
                    checkpoint = batch.createNode(CHECKPOINT);
                    checkpoint.setProperty("id", log.checkpointKey());
                }
                checkpoint.setProperty("position", newPosition);
                checkpoint.setProperty("updatedAt", ZonedDateTime.now(ZoneOffset.UTC));
            }
            log.publish(position, newPosition);
            batch.commit();
        }
        pending = 0;
        position = newPosition;
        log.onCommit().accept(position);
    }

    /** Drops the rows of the current batch: a row that failed half-way must not be committed. */
    private void rollBack() {
        if (tx != null) {
            tx.close();
            tx = null;
        }
        pending = 0;
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            rollBack();
        }
    }
}
