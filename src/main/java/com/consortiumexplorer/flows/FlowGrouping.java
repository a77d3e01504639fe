package com.consortiumexplorer.flows;

/** How flows are grouped into the nodes of a Sankey diagram. */
public enum FlowGrouping {
    /** One node per organization (or funded program or project). */
    ORGANIZATION,
    /** One node per organization type (programs and projects as their own types). */
    TYPE
}
