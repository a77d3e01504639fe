package com.consortiumexplorer.graph;

/** Kind of joint project. */
public enum ProjectKind {
    RESEARCH,
    TECH_TRANSFER,
    TRAINING_BASE,
    INCUBATION,
    SHARED_PLATFORM
}
