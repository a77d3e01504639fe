package com.consortiumexplorer.graph;

/** What a service agency provides. */
public enum AgencyService {
    FINANCE,
    INTERMEDIARY,
    CERTIFICATION,
    OTHER
}
