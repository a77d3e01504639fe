package com.consortiumexplorer.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import.
 *
 * @param status whether the data was written
 * @param rows rows read (nodes and relationships)
 * @param nodes node rows written by this run
 * @param relationships relationship rows written by this run
 * @param resumedFrom rows skipped because an earlier, interrupted run of the same input had written them
 * @param problems every problem found (at most {@value GraphImporter#MAX_PROBLEMS} listed)
 * @param problemCount number of problems found, listed or not
 * @param took wall-clock time
 */
public record ImportReport(
        Status status,
        long rows,
        long nodes,
        long relationships,
        long resumedFrom,
        List<ImportProblem> problems,
        long problemCount,
        Duration took) {

    /** Whether an import wrote its data. */
    public enum Status {
        /** Every row was valid and is written. */
        COMPLETED,
        /** The input has problems; nothing was written. */
        REJECTED
    }
}
