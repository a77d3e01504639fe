package com.consortiumexplorer.explore;

import java.time.Duration;

/**
 * The limits every GraphQL request is held to, shared by all features so that clients meet one set of
 * numbers. A request over a limit gets a BAD_REQUEST error that names the limit, never a server error.
 */
public final class ApiLimits {

    /** Largest page a connection returns. */
    public static final int MAX_PAGE_SIZE = 500;

    /** Page size when a client asks for none. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    /** Deepest nesting of fields a query may have. */
    public static final int MAX_QUERY_DEPTH = 15;

    /**
     * Largest complexity a query may have: every field costs 1, and fields below a connection count once per
     * requested item ({@code first}), so a page of 500 organizations with twenty fields each still passes.
     */
    public static final int MAX_QUERY_COMPLEXITY = 25_000;

    /** Most nodes a neighbourhood or other subgraph result may hold. */
    public static final int MAX_NEIGHBORHOOD_SIZE = 2_000;

    /** Longest a request may run, in seconds; database transactions of the API share it. */
    public static final int QUERY_TIMEOUT_SECONDS = 10;

    /** {@link #QUERY_TIMEOUT_SECONDS} as a duration. */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(QUERY_TIMEOUT_SECONDS);

    private ApiLimits() {}

    /**
     * The page size to use for a requested {@code first}.
     *
     * @throws IllegalArgumentException when it is outside 1 to {@link #MAX_PAGE_SIZE}
     */
    public static int pageSize(Integer first) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return size;
    }
}
