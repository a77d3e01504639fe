package com.consortiumexplorer.explore;

import java.util.List;

/** A Relay connection over organizations. */
record OrganizationConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

    /** One organization with the cursor that points at it. */
    record Edge(String cursor, OrganizationSummary node) {}

    /** Relay page information. */
    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    static OrganizationConnection of(OrganizationPage page) {
        List<Edge> edges = page.items().stream()
                .map(o -> new Edge(Cursors.encode(o.id()), o))
                .toList();
        PageInfo info = new PageInfo(
                page.hasNext(),
                page.hasPrevious(),
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new OrganizationConnection(edges, info, page.totalCount());
    }
}
