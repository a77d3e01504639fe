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
 * @param selected the qualified names ({@code "edges/node/name"}) of every field selected below the field being
 *     fetched, or null for everything
 * @param path the path below that field, {@code ""} or ending in {@code /}, e.g. {@code "edges/node/"}
 */
public record Lookahead(Set<String> selected, String path) {

    /** Everything, for callers that show or compare whole read models. */
    public static final Lookahead EVERYTHING = new Lookahead(null, "");

    /**
     * The selection of the field being fetched. The names are read once: GraphQL
     * Java answers each {@code contains} or {@code getFields} with a glob compiled into a regular expression and
     * matched against every selected field, which cost a tenth of the CPU of one organization with its lists.
     */
    public static Lookahead of(DataFetchingFieldSelectionSet selection) {
        return new Lookahead(
                selection.getFields().stream()
                        .map(SelectedField::getQualifiedName)
                        .collect(Collectors.toUnmodifiableSet()),
                "");
    }

    /** Whether this stands for everything rather than a request's selection. */
    public boolean everything() {
        return selected == null;
    }

    /** Whether the field (a schema field name written in code) is selected at this path. */
    public boolean selects(String field) {
        return everything() || selected.contains(path + field);
    }

    /** The selection one field further down. */
    public Lookahead at(String field) {
        return everything() ? this : new Lookahead(selected, path + field + "/");
    }

    /**
     * The names among {@code known} selected directly at this path, in the order of {@code known}: the names put
     * into Cypher are those constants, never text of the request.
     */
    public List<String> among(List<String> known) {
        return everything() ? known : known.stream().filter(this::selects).toList();
    }
}
