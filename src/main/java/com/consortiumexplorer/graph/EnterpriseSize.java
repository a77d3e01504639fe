package com.consortiumexplorer.graph;

/** Size class of an enterprise. */
public enum EnterpriseSize {
    LARGE,
    MEDIUM,
    SMALL,
    MICRO
}
