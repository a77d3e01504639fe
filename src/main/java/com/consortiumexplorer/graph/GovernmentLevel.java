package com.consortiumexplorer.graph;

/** Administrative level of a government body. */
public enum GovernmentLevel {
    PROVINCE,
    CITY,
    DISTRICT,
    PARK
}
