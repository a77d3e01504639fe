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
 * Lookups that cannot find anything are skipped: keys of a label that was empty when the writer began, and
 * relationships at a node the writer created (unless an earlier row had the same fingerprint).
 */
final class EmbeddedGraphWriter implements GraphSink {

    private static final Label CHECKPOINT = Label.label(GraphWriter.CHECKPOINT_LABEL);

    private final GraphDatabaseService database;
    private final int batchSize;
    private final BatchLog log;
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, RelationshipType> types = new HashMap<>();
    private final Map<String, Map<String, String>> created = new HashMap<>();
    private final Map<String, Boolean> emptyAtStart = new HashMap<>();
    private final LongSet written = new LongSet();
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
        String key = (String) values[0];
        Map<String, String> mine = created(file.keyLabel());
        String elementId = mine.get(key);
        Node node;
        if (elementId != null) {
            node = tx.getNodeByElementId(elementId);
        } else {
            node = emptyAtStart(tx, file.keyLabel())
                    ? null
                    : tx.findNode(keyLabel, file.key().name(), key);
        }
        if (node == null) {
            node = file.keyLabel().equals(file.label())
                    ? tx.createNode(keyLabel)
                    : tx.createNode(keyLabel, label(file.label()));
            node.setProperty(file.key().name(), key);
            if (file.versioned()) {
                node.setProperty("version", 0L);
            }
            mine.put(key, node.getElementId());
        } else {
            if (!file.keyLabel().equals(file.label())) {
                node.addLabel(label(file.label()));
            }
            if (file.versioned() && !node.hasProperty("version")) {
                node.setProperty("version", 0L);
            }
        }
        for (int i = 1; i < columns.size(); i++) {
            if (values[i] != null) {
                node.setProperty(columns.get(i).name(), values[i]);
            }
        }
    }

    private void writeRelationship(
            Transaction tx, RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        String fromCreated = created(DataFormat.keyLabel(fromLabel)).get((String) values[0]);
        String toCreated = created(DataFormat.keyLabel(toLabel)).get((String) values[1]);
        Node from = fromCreated != null ? tx.getNodeByElementId(fromCreated) : find(tx, fromLabel, values[0]);
        Node to = toCreated != null ? tx.getNodeByElementId(toCreated) : find(tx, toLabel, values[1]);
        RelationshipType type = types.computeIfAbsent(file.type(), RelationshipType::withName);
        // A relationship to a node this writer created cannot predate the import; it exists only if an earlier
        // row wrote it, and those rows are remembered by fingerprint. Only a fingerprint seen before (a repeated
        // row, or a rare collision) and a relationship between two older nodes need the walk over the graph.
        boolean mayExist = fromCreated == null && toCreated == null || !written.add(fingerprint(file, values));
        Relationship relationship = mayExist ? existing(file, type, from, to, values) : null;
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

    /** A 64-bit hash of a relationship's type, endpoints (unordered when undirected) and key properties. */
    static long fingerprint(RelationshipFile file, Object[] values) {
        String from = (String) values[0];
        String to = (String) values[1];
        if (file.undirected() && from.compareTo(to) > 0) {
            String swap = from;
            from = to;
            to = swap;
        }
        long hash = file.type().hashCode();
        hash = hash * 0x9E3779B97F4A7C15L + from.hashCode();
        hash = (hash << 32 | hash >>> 32) ^ to.hashCode();
        for (int i = 2; i < 2 + file.keys().size(); i++) {
            hash = hash * 0x9E3779B97F4A7C15L + Objects.hashCode(values[i]);
        }
        return hash;
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

    /** Key → element id of the nodes of a key label that this writer created and committed or is committing. */
    private Map<String, String> created(String keyLabel) {
        return created.computeIfAbsent(keyLabel, k -> new HashMap<>());
    }

    /**
     * Whether no node carried the key label when this writer first wrote one: then a key it has not created
     * itself is new, and the index lookup of a merge can be skipped.
     */
    private boolean emptyAtStart(Transaction tx, String keyLabel) {
        return emptyAtStart.computeIfAbsent(keyLabel, k -> {
            try (var nodes = tx.findNodes(label(k))) {
                return !nodes.hasNext();
            }
        });
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
        try {
            commit(newPosition);
        } catch (RuntimeException e) {
            pending = 0;
            forget();
            throw e;
        }
        pending = 0;
        position = newPosition;
        log.onCommit().accept(position);
    }

    private void commit(long newPosition) {
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
    }

    /** Drops the rows of the current batch: a row that failed half-way must not be committed. */
    private void rollBack() {
        if (tx != null) {
            tx.close();
            tx = null;
        }
        pending = 0;
        forget();
    }

    /** What this writer remembers may name nodes of a dropped batch: from now on it looks everything up. */
    private void forget() {
        created.clear();
        emptyAtStart.clear();
        written.clear();
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            rollBack();
        }
    }

    /**
     * The fingerprints of the relationships written so far: an open-addressing set of longs, 16 bytes or less
     * per relationship, where a boxed set would take about five times as much.
     */
    static final class LongSet {
        private long[] slots = new long[1 << 12];
        private int size;
        private boolean zero;

        /** Adds the value; {@code false} when it was already there. */
        boolean add(long v) {
            if (v == 0) {
                // Zero marks a free slot, so it is kept apart.
                boolean added = !zero;
                zero = true;
                return added;
            }
            int mask = slots.length - 1;
            for (int i = spread(v) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return false;
                }
                if (slots[i] == 0) {
                    slots[i] = v;
                    if (++size * 2 > slots.length) {
                        grow();
                    }
                    return true;
                }
            }
        }

        void clear() {
            slots = new long[1 << 12];
            size = 0;
            zero = false;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long v : old) {
                if (v != 0) {
                    int i = spread(v) & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = v;
                }
            }
        }

        private static int spread(long v) {
            long h = v * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32);
        }
    }
}
