package com.consortiumexplorer.explore;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list.
 *
 * @param items the items of the page
 * @param cursors the opaque cursor of each item, in the same order
 * @param hasNext whether items follow the last one of this page
 * @param hasPrevious whether items precede the first one of this page
 * @param totalCount the number of items in all pages
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNext, boolean hasPrevious, long totalCount) {

    /** This page as a Relay connection. */
    public Connection<T> toConnection() {
        List<Connection.Edge<T>> edges = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Connection.Edge<>(cursors.get(i), items.get(i)));
        }
        Connection.PageInfo info = new Connection.PageInfo(
                hasNext,
                hasPrevious,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(List.copyOf(edges), info, totalCount);
    }

    /** The same page with every item mapped. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), cursors, hasNext, hasPrevious, totalCount);
    }
}
