package com.consortiumexplorer.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.DefaultIndexProvidersAccess;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.LogTailMetadataFactoryImpl;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Writes validated rows into a new store with Neo4j's offline batch importer (the engine of
 * {@code neo4j-admin database import}), for a database that has no store yet: no transactions, no index
 * maintenance per row; the schema of the migrations is built when the engine first starts on the store. Rows
 * mean what they mean to {@link EmbeddedGraphWriter} on an empty database, with one exception the builder
 * refuses instead: two rows of the same relationship (there they merge into one), which the importer cannot
 * merge, so such input is left to the transactional writers ({@link RepeatedRelationship}).
 *
 * <p>The importer pulls rows from its own threads while the caller pushes them, so rows travel in chunks
 * through a small bounded queue: memory stays flat however large the input, beyond the store id kept per node
 * key (as the validation keeps every key).
 */
final class StoreBuilder implements GraphSink {

    private static final int CHUNK = 10_000;
    private static final Chunk END = new Chunk(List.of());
    /** Marks an entity as a node: a relationship starts with its type instead. */
    private static final Object NODE = new Object();

    private final Map<String, Map<Object, Long>> nodeIds = new HashMap<>();
    private final Map<NodeFile, String[]> labelsOf = new HashMap<>();
    private final Map<RelationshipFile, List<Column>> columnsOf = new HashMap<>();
    private final EmbeddedGraphWriter.LongSet written = new EmbeddedGraphWriter.LongSet();
    private final BlockingQueue<Chunk> nodes = new ArrayBlockingQueue<>(4);
    private final BlockingQueue<Chunk> relationships = new ArrayBlockingQueue<>(4);
    private final Thread importer;
    private final Milestones milestones = new Milestones();
    private volatile Throwable failure;
    private long nextNodeId;
    private List<Object[]> pending = new ArrayList<>(CHUNK);
    private boolean inRelationships;
    private boolean closed;

    /** A row repeats a relationship of an earlier row, which only the transactional writers can merge. */
    static final class RepeatedRelationship extends RuntimeException {
        RepeatedRelationship(RelationshipFile file, Object from, Object to) {
            super("repeated " + file.type() + " from '" + from + "' to '" + to + "'");
        }
    }

    /**
     * Starts the importer on an empty Neo4j home folder of its own.
     *
     * @param home the folder; the store ends up in its {@code data/databases/neo4j} and {@code data/transactions/neo4j}
     * @param rows rows of the input (an estimate of nodes and relationships for the importer's memory)
     */
    StoreBuilder(Path home, long rows) {
        importer = Thread.ofPlatform().name("offline-import").unstarted(() -> {
            try {
                run(home, rows);
            } catch (Throwable e) {
                failure = e;
                // The producer may be waiting for room in a queue nobody reads any more.
                nodes.clear();
                relationships.clear();
            }
        });
        importer.start();
    }

    /** Where the store of the default database is built below a Neo4j home folder. */
    static DatabaseLayout layout(Path home) {
        return DatabaseLayout.of(config(home));
    }

    private static Config config(Path home) {
        return Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath())
                .build();
    }

    private void run(Path home, long rows) throws Exception {
        Config config = config(home);
        DatabaseLayout layout = DatabaseLayout.of(config);
        StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
        CursorContextFactory contexts = CursorContextFactory.NULL_CONTEXT_FACTORY;
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        Input input = Input.input(
                () -> new Feed(nodes),
                () -> new Feed(relationships),
                IdType.ACTUAL,
                Input.knownEstimates(rows, rows, rows * 4, rows, rows * 64, rows * 16, rows * 2),
                new Groups(),
                false);
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
                JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler();
                DefaultIndexProvidersAccess indexProviders = new DefaultIndexProvidersAccess(
                        engine, fs, config, scheduler, NullLogService.getInstance(), PageCacheTracer.NULL, contexts);
                BatchImporter batchImporter = engine.batchImporter(
                        layout,
                        fs,
                        false,
                        PageCacheTracer.NULL,
                        Configuration.DEFAULT,
                        NullLogService.getInstance(),
                        silent,
                        false,
                        DefaultAdditionalIds.EMPTY,
                        new LogTailMetadataFactoryImpl(fs),
                        config,
                        Monitor.NO_MONITOR,
                        scheduler,
                        Collector.STRICT,
                        TransactionLogInitializer.getLogFilesInitializer(),
                        new IndexImporterFactoryImpl(),
                        EmptyMemoryTracker.INSTANCE,
                        contexts,
                        () -> indexProviders,
                        0,
                        null,
                        DatabaseCreationOptions.EMPTY_CREATION_OPTIONS,
                        BatchImporter.HardwareValidation.NONE)) {
            batchImporter.doImport(input);
        }
        milestones.built = System.nanoTime();
    }

    @Override
    public void node(NodeFile file, Object[] values) {
        List<Column> columns = file.columns();
        long id = nextNodeId++;
        idsOf(file.keyLabel()).put(values[0], id);
        List<Object> entity = new ArrayList<>(2 + 2 * columns.size());
        entity.add(NODE);
        entity.add(id);
        entity.add(labelsOf.computeIfAbsent(
                file,
                f -> f.keyLabel().equals(f.label())
                        ? new String[] {f.label()}
                        : new String[] {f.keyLabel(), f.label()}));
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null) {
                entity.add(columns.get(i).name());
                entity.add(values[i]);
            }
        }
        if (file.versioned()) {
            entity.add("version");
            entity.add(0L);
        }
        add(entity.toArray());
    }

    @Override
    public void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        if (!written.add(EmbeddedGraphWriter.fingerprint(file, values))) {
            throw new RepeatedRelationship(file, values[0], values[1]);
        }
        if (!inRelationships) {
            send(nodes);
            put(nodes, END);
            inRelationships = true;
        }
        List<Column> columns = columnsOf.computeIfAbsent(file, RelationshipFile::columns);
        List<Object> entity = new ArrayList<>(3 + 2 * columns.size());
        entity.add(file.type());
        entity.add(idsOf(DataFormat.keyLabel(fromLabel)).get(values[0]));
        entity.add(idsOf(DataFormat.keyLabel(toLabel)).get(values[1]));
        for (int i = 2; i < columns.size(); i++) {
            if (values[i] != null) {
                entity.add(columns.get(i).name());
                entity.add(values[i]);
            }
        }
        add(entity.toArray());
    }

    /**
     * The store ids of the nodes of a key label (the labels that share one key space, see
     * {@link DataFormat#keyLabel}). Nodes get the ids 0, 1, 2, … in input order, so the importer takes them as
     * they are ({@link IdType#ACTUAL}) and needs neither its string id mapper nor the sorting that prepares it.
     */
    private Map<Object, Long> idsOf(String keyLabel) {
        return nodeIds.computeIfAbsent(keyLabel, k -> new HashMap<>());
    }

    private void add(Object[] entity) {
        pending.add(entity);
        if (pending.size() >= CHUNK) {
            send(inRelationships ? relationships : nodes);
        }
    }

    private void send(BlockingQueue<Chunk> queue) {
        if (!pending.isEmpty()) {
            put(queue, new Chunk(pending));
            pending = new ArrayList<>(CHUNK);
        }
    }

    private void put(BlockingQueue<Chunk> queue, Chunk chunk) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || !importer.isAlive()) {
                    throw failed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }

    private RuntimeException failed() {
        return failure instanceof RuntimeException e
                ? e
                : new IllegalStateException("The offline import failed: " + failure, failure);
    }

    /** When the importer reached each stage; read once {@link #close()} returned. */
    Milestones milestones() {
        return milestones;
    }

    /**
     * Moments ({@link System#nanoTime()}) of the build as the importer pulled the rows: it had taken the last node,
     * it took the first relationship (its node stage, with the node counts and label index, is over), it had taken
     * the last relationship, the store was complete (relationship linking and post-processing are over).
     */
    static final class Milestones {
        volatile long nodesTaken;
        volatile long relationshipsStarted;
        volatile long relationshipsTaken;
        volatile long built;
    }

    /** Ends the input and waits until the store is complete; throws what the importer failed with. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!inRelationships) {
            send(nodes);
            put(nodes, END);
        }
        send(relationships);
        put(relationships, END);
        join();
        if (failure != null) {
            throw failed();
        }
    }

    /** Stops the importer after a failure on the caller's side; the half-built store is to be deleted. */
    void abort() {
        if (closed) {
            return;
        }
        closed = true;
        failure = new IllegalStateException("aborted");
        importer.interrupt();
        nodes.clear();
        relationships.clear();
        nodes.offer(END);
        relationships.offer(END);
        join();
    }

    private void join() {
        try {
            importer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }

    /** The importer's side of a queue: chunks until the end marker, for any number of its threads. */
    private final class Feed implements InputIterator {
        private final BlockingQueue<Chunk> queue;
        private boolean ended;

        Feed(BlockingQueue<Chunk> queue) {
            this.queue = queue;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk(null);
        }

        @Override
        public synchronized boolean next(InputChunk chunk) throws IOException {
            if (ended) {
                return false;
            }
            Chunk next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("The offline import was stopped", e);
            }
            if (failure != null) {
                throw new IOException("The offline import was stopped");
            }
            if (next == END) {
                ended = true;
                if (queue == nodes) {
                    milestones.nodesTaken = System.nanoTime();
                } else {
                    milestones.relationshipsTaken = System.nanoTime();
                }
                return false;
            }
            if (queue == relationships && milestones.relationshipsStarted == 0) {
                milestones.relationshipsStarted = System.nanoTime();
            }
            ((Chunk) chunk).fill(next.entities);
            return true;
        }

        @Override
        public void close() {}
    }

    /**
     * Entities for the importer. A node is {@code [NODE, id, labels, name, value, …]}, a relationship
     * {@code [type, from id, to id, name, value, …]}.
     */
    private static final class Chunk implements InputChunk {
        private List<Object[]> entities;
        private int next;

        Chunk(List<Object[]> entities) {
            this.entities = entities;
        }

        void fill(List<Object[]> rows) {
            entities = rows;
            next = 0;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (entities == null || next >= entities.size()) {
                return false;
            }
            Object[] entity = entities.get(next++);
            boolean node = entity[0] == NODE;
            if (node) {
                visitor.id((Long) entity[1]);
                visitor.labels((String[]) entity[2]);
            } else {
                visitor.type((String) entity[0]);
                visitor.startId((Long) entity[1]);
                visitor.endId((Long) entity[2]);
            }
            for (int i = 3; i < entity.length; i += 2) {
                visitor.property((String) entity[i], entity[i + 1], node && i == 3);
            }
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {}
    }
}
