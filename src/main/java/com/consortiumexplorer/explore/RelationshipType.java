package com.consortiumexplorer.explore;

/** The relationship types of the graph model; only these may appear in a traversal. */
public enum RelationshipType {
    /** Organization is (or was) a member of a consortium. */
    MEMBER_OF,
    /** Organization takes part in a program or project. */
    PARTICIPATES_IN,
    /** A signed bilateral collaboration. */
    COLLABORATES_WITH,
    /** A funding flow. */
    FUNDS,
    /** Graduates hired from a college by an enterprise. */
    SUPPLIES_TALENT,
    /** A technology transfer. */
    TRANSFERS_TECHNOLOGY,
    /** A shared facility. */
    SHARES_FACILITY,
    /** A college offers a major. */
    OFFERS,
    /** An enterprise demands graduates of a major. */
    DEMANDS,
    /** A major serves an industry. */
    SERVES,
    /** An organization operates in an industry. */
    OPERATES_IN,
    /** A government issues a policy. */
    ISSUES,
    /** A policy supports a consortium, program or project. */
    SUPPORTS
}
