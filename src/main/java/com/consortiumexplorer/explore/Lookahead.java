package com.consortiumexplorer.explore;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a GraphQL request reads below one of its fields, so that a statement projects only that; {@link #EVERYTHING}
 * stands for a caller that is not a GraphQL selection (a view, a batch loader) and gets every property.
 *
 * @param selection the selection set of the field being fetched, or null for everything
 * @param path the path below that field, {@code ""} or ending in {@code /}, e.g. {@code "edges/node/"}
 */
public record Lookahead(DataFetchingFieldSelectionSet selection, String path) {

    /** Everything, for callers that show or compare whole read models. */
    public static final Lookahead EVERYTHING = new Lookahead(null, "");

    /** Whether this stands for everything rather than a request's selection. */
    public boolean everything() {
        return selection == null;
    }

    /** Whether the field (a schema field name written in code) is selected at this path. */
    public boolean selects(String field) {
        return everything() || selection.contains(path + field);
    }

    /** The selection one field further down. */
    public Lookahead at(String field) {
        return everything() ? this : new Lookahead(selection, path + field + "/");
    }

    /**
     * The names among {@code known} selected directly at this path, in the order of {@code known}: the names put
     * into Cypher are those constants, never text of the request.
     */
    public List<String> among(List<String> known) {
        if (everything()) {
            return known;
        }
        // the glob's * does not cross a /, so these are the fields directly at the path
        Set<String> selected = selection.getFields(path + "*").stream()
                .map(SelectedField::getName)
                .collect(Collectors.toSet());
        return known.stream().filter(selected::contains).toList();
    }
}
