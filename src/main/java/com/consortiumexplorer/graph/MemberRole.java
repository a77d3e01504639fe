package com.consortiumexplorer.graph;

/** Role of a member in a consortium's governance; CHAIR, VICE_CHAIR and COUNCIL sit on the council. */
public enum MemberRole {
    CHAIR,
    VICE_CHAIR,
    COUNCIL,
    MEMBER
}
