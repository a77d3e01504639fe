package com.consortiumexplorer.graph;

/** Ownership form of an enterprise. */
public enum Ownership {
    STATE_OWNED,
    PRIVATE,
    FOREIGN_INVESTED,
    MIXED
}
