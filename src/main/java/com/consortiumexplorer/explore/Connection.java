package com.consortiumexplorer.explore;

import java.util.List;

/** A Relay connection: edges with opaque cursors, page information and the total count. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    /** One item with the cursor that points at it. */
    public record Edge<T>(String cursor, T node) {}

    /** Relay page information. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
}
