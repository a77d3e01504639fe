package com.consortiumexplorer.graph;

/** Why a member left a consortium. */
public enum ExitReason {
    TERM_EXPIRED,
    GOAL_REACHED,
    OTHER
}
