package com.consortiumexplorer.graph;

/** The four kinds of industry-education cooperation. */
public enum CooperationKind {
    JOINT_SCHOOLING,
    JOINT_TRAINING,
    JOINT_EMPLOYMENT,
    JOINT_DEVELOPMENT
}
