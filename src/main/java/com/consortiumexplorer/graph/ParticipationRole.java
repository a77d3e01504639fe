package com.consortiumexplorer.graph;

/** Role of an organization in a program or project. */
public enum ParticipationRole {
    LEAD,
    PARTNER,
    FUNDER,
    HOST
}
