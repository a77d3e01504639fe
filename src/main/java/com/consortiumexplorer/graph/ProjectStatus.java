package com.consortiumexplorer.graph;

/** Lifecycle state of a project. */
public enum ProjectStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    SUSPENDED
}
