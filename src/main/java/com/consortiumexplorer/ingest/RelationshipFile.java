package com.consortiumexplorer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The import file of one relationship type ({@code <TYPE>.csv}): the labels its endpoints may carry, the
 * properties that tell two relationships between the same nodes apart (merged on), and the other properties.
 * The file's columns are {@code from}, {@code to}, then the key properties, then the others.
 *
 * @param type the relationship type, also the file name without {@code .csv}
 * @param fromLabels the type labels the start node may carry
 * @param toLabels the type labels the end node may carry
 * @param keys the properties the relationship is merged on, besides its endpoints
 * @param properties the other properties
 * @param undirected whether one tie per unordered pair exists (merged without direction)
 */
public record RelationshipFile(
        String type,
        Set<String> fromLabels,
        Set<String> toLabels,
        List<Column> keys,
        List<Column> properties,
        boolean undirected) {

    /** Column holding the start node's id or code. */
    public static final String FROM = "from";

    /** Column holding the end node's id or code. */
    public static final String TO = "to";

    /** All columns in file order. */
    public List<Column> columns() {
        List<Column> all = new ArrayList<>();
        all.add(Column.text(FROM).asRequired());
        all.add(Column.text(TO).asRequired());
        all.addAll(keys);
        all.addAll(properties);
        return List.copyOf(all);
    }

    /** The file name in a CSV folder. */
    public String fileName() {
        return type + ".csv";
    }
}
