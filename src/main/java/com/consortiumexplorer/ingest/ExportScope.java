package com.consortiumexplorer.ingest;

/**
 * Which part of the graph to export: all of it, the neighbourhood of one node, or one consortium.
 *
 * @param kind the kind of scope
 * @param id the centre node's id or the consortium's id (empty for {@link Kind#ALL})
 * @param depth hops around the centre node for {@link Kind#NEIGHBOURHOOD}, 1 to {@value #MAX_DEPTH}
 */
public record ExportScope(Kind kind, String id, int depth) {

    /** The largest neighbourhood radius, which keeps a subgraph export bounded. */
    public static final int MAX_DEPTH = 3;

    /** The kinds of scope. */
    public enum Kind {
        /** The whole graph. */
        ALL,
        /** A node and everything within a few hops of it. */
        NEIGHBOURHOOD,
        /** A consortium, its members past and present, their programs and projects, and its policies. */
        CONSORTIUM
    }

    public ExportScope {
        if (kind != Kind.ALL && (id == null || id.isBlank())) {
            throw new IllegalArgumentException("a " + kind + " export needs an id");
        }
        if (kind == Kind.NEIGHBOURHOOD && (depth < 1 || depth > MAX_DEPTH)) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
        }
    }

    /** The whole graph. */
    public static ExportScope all() {
        return new ExportScope(Kind.ALL, "", 0);
    }

    /** The node with this id or code and everything within {@code depth} hops. */
    public static ExportScope neighbourhood(String id, int depth) {
        return new ExportScope(Kind.NEIGHBOURHOOD, id, depth);
    }

    /** One consortium. */
    public static ExportScope consortium(String id) {
        return new ExportScope(Kind.CONSORTIUM, id, 0);
    }
}
