package com.consortiumexplorer.consortium;

/** Centrality measures of the organization network. */
public enum CentralityMeasure {
    /** Number of connected organizations. */
    DEGREE,
    /** Share of shortest paths between other organizations that pass through the organization. */
    BETWEENNESS,
    /** PageRank with damping 0.85. */
    PAGERANK
}
