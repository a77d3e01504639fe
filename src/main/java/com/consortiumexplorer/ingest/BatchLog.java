package com.consortiumexplorer.ingest;

import com.consortiumexplorer.graph.GraphChange;
import java.time.Instant;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What a writer records about each batch it commits: the checkpoint of its input (written in the batch's own
 * transaction by the writer), one {@link GraphChange} event, and the progress told to the caller.
 *
 * @param checkpointKey identifies the input for checkpoints, or {@code null} for none
 * @param startPosition rows of the input already written before this writer (skipped by the caller)
 * @param events publishes one {@link GraphChange} per batch, or {@code null}
 * @param actor who writes, recorded in the events
 * @param onCommit told the number of rows written after every committed batch
 */
record BatchLog(
        String checkpointKey,
        long startPosition,
        ApplicationEventPublisher events,
        String actor,
        LongConsumer onCommit) {

    /** Publishes the event of a batch that moves the input from one position to the next. */
    void publish(long from, long to) {
        if (events != null) {
            events.publishEvent(new GraphChange(
                    "import",
                    "Batch",
                    checkpointKey == null ? "generated" : checkpointKey,
                    Map.of("position", from),
                    Map.of("position", to, "rows", to - from),
                    actor,
                    Instant.now()));
        }
    }
}
