package com.consortiumexplorer.ingest;

/**
 * Where an import submitted over HTTP stands.
 *
 * @param id the import's id
 * @param state QUEUED, VALIDATING, WRITING, COMPLETED, REJECTED or FAILED
 * @param done rows validated or written so far in the current phase
 * @param total rows in the input (-1 while unknown)
 * @param report the report once the import has ended (COMPLETED or REJECTED)
 * @param error what went wrong (FAILED)
 */
public record ImportStatus(String id, String state, long done, long total, ImportReport report, String error) {}
