package com.consortiumexplorer.ingest;

/**
 * One row of an import input before validation: the file it belongs to and the raw text of every column of
 * that file, each with its place in the input.
 *
 * @param file the file name the row came from
 * @param nodeFile the node file the row belongs to, or {@code null} for a relationship
 * @param relationshipFile the relationship file the row belongs to, or {@code null} for a node
 * @param line the line the row starts on
 * @param cells one cell per column of the file, in column order; a cell's text is {@code null} when absent
 */
record InputRow(String file, NodeFile nodeFile, RelationshipFile relationshipFile, int line, Cell[] cells) {

    /**
     * The raw text of one column and where it stands.
     *
     * @param text the text, or {@code null} when the column is absent
     * @param line 1-based line
     * @param column 1-based column
     */
    record Cell(String text, int line, int column) {}
}
