package com.consortiumexplorer.graph;

/** Level of the government that issued a policy. */
public enum PolicyLevel {
    NATIONAL,
    PROVINCE,
    CITY,
    DISTRICT
}
