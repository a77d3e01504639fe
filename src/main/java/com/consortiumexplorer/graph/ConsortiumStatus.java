package com.consortiumexplorer.graph;

/** Whether a consortium is still running. */
public enum ConsortiumStatus {
    ACTIVE,
    DISSOLVED
}
