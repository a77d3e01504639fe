package com.consortiumexplorer.graph;

/** Kind of college or school. */
public enum CollegeKind {
    HIGHER_VOCATIONAL,
    SECONDARY_VOCATIONAL,
    UNDERGRADUATE,
    TECHNICIAN
}
