package com.consortiumexplorer.gaps;

/** The signals behind a collaboration gap; each becomes one reason when it is present. */
public enum GapReasonKind {
    /** One offers majors the other demands. */
    TALENT,
    /** A research institute's technology fits an enterprise's industry. */
    TECHNOLOGY,
    /** A training base near an enterprise that needs trained staff. */
    FACILITY,
    /** Common collaboration partners, weighing more between organizations with many collaborations. */
    STRUCTURE,
    /** Members of the same consortium. */
    CONSORTIUM,
    /** Operating in the same industries. */
    INDUSTRY,
    /** Same district or city. */
    REGION
}
