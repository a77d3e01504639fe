package com.consortiumexplorer.gaps;

import com.consortiumexplorer.graph.OrganizationBrief;
import java.util.List;

/**
 * An unconnected pair inside a consortium, with its score and reasons.
 *
 * @param first one organization (the smaller id)
 * @param second the other organization
 * @param score how strongly the pair should collaborate, in [0, 1]
 * @param reasons the reasons, strongest first
 */
public record PairGap(OrganizationBrief first, OrganizationBrief second, double score, List<GapReason> reasons) {}
