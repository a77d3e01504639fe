package com.consortiumexplorer.ingest;

/**
 * Where rows of the import format go: the database (in-process through {@link EmbeddedGraphWriter}, or through
 * the driver with {@link GraphWriter}) or a CSV folder ({@link CsvFolder}).
 * Values are aligned with the columns of their file and already parsed ({@link Column#parse(String)}).
 */
interface GraphSink extends AutoCloseable {

    void node(NodeFile file, Object[] values);

    /**
     * One relationship; {@code values} starts with the ids (or codes) of its endpoints.
     *
     * @param fromLabel the type label of the start node
     * @param toLabel the type label of the end node
     */
    void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values);

    /** Writes what is still buffered. */
    @Override
    void close();
}
