package com.consortiumexplorer.explore;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * The selection of the field being fetched, read from the request's syntax tree with its fragments. GraphQL
     * Java's own selection set first normalizes the whole operation and then answers each question with a glob
     * compiled into a regular expression; together a tenth of the CPU of one organization with its lists. Fields
     * under {@code @skip} or {@code @include} count as selected: a statement may project a property the answer
     * then leaves out, never the other way round.
     */
    public static Lookahead of(DataFetchingEnvironment environment) {
        Set<String> names = new HashSet<>();
        for (Field field : environment.getMergedField().getFields()) {
            collect(field.getSelectionSet(), "", environment.getFragmentsByName(), names);
        }
        return new Lookahead(Set.copyOf(names), "");
    }

    private static void collect(
            SelectionSet selections, String path, Map<String, FragmentDefinition> fragments, Set<String> names) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            switch (selection) {
                case Field field -> {
                    String name = path + field.getName();
                    names.add(name);
                    collect(field.getSelectionSet(), name + "/", fragments, names);
                }
                case InlineFragment inline -> collect(inline.getSelectionSet(), path, fragments, names);
                // validation has refused fragment cycles and unknown fragments before execution
                case FragmentSpread spread ->
                    collect(fragments.get(spread.getName()).getSelectionSet(), path, fragments, names);
                default -> {}
            }
        }
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
