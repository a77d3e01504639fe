package com.consortiumexplorer.ingest;

import com.consortiumexplorer.graph.EmbeddedNeo4j;
import java.util.function.LongConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Opens the writer that puts rows into the graph: through the Java API of the embedded engine when the
 * application runs one (much faster for bulk writes), through the driver and Cypher otherwise (an external
 * Neo4j). Both merge the same way and checkpoint every batch.
 *
 * @param driver the driver, used when there is no embedded engine
 * @param database the embedded engine's database, or {@code null}
 * @param events publishes one graph change per committed batch, or {@code null}
 */
record GraphWriters(Driver driver, GraphDatabaseService database, ApplicationEventPublisher events) {

    /** Writers for the application's database: the embedded engine if there is one, else the driver. */
    static GraphWriters of(Driver driver, EmbeddedNeo4j embedded, ApplicationEventPublisher events) {
        return new GraphWriters(driver, embedded == null ? null : embedded.database(), events);
    }

    /**
     * @param checkpointKey identifies the input for checkpoints, or {@code null} for none
     * @param startPosition rows of the input already written (skipped by the caller)
     * @param onCommit told the number of rows written after every committed batch
     */
    GraphSink open(int batchSize, String checkpointKey, long startPosition, String actor, LongConsumer onCommit) {
        BatchLog log = new BatchLog(checkpointKey, startPosition, events, actor, onCommit);
        return database != null
                ? new EmbeddedGraphWriter(database, batchSize, log)
                : new GraphWriter(driver, batchSize, log);
    }
}
