package com.consortiumexplorer.ingest;

import java.time.Duration;

/**
 * What an export wrote.
 *
 * @param nodes nodes written
 * @param relationships relationships written
 * @param took wall-clock time
 */
public record ExportSummary(long nodes, long relationships, Duration took) {}
