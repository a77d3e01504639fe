package com.consortiumexplorer.ingest;

import java.util.List;

/**
 * The import file of one node label ({@code <label>.csv}): the labels a row's node carries, the label and
 * property it is merged on, and its columns (the key column first).
 *
 * @param label the type label, also the file name without {@code .csv}
 * @param keyLabel the label that carries the uniqueness constraint the node is merged on
 * @param columns the columns; the first is the key ({@code id} or {@code code})
 * @param versioned whether the node carries the optimistic-locking {@code version} property
 */
public record NodeFile(String label, String keyLabel, List<Column> columns, boolean versioned) {

    /** The key column, {@code id} or {@code code}. */
    public Column key() {
        return columns.getFirst();
    }

    /** The file name in a CSV folder. */
    public String fileName() {
        return label + ".csv";
    }
}
