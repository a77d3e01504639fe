package com.consortiumexplorer.gaps;

import com.consortiumexplorer.graph.OrganizationBrief;
import java.util.List;

/**
 * A suggested partner: an organization not connected to the one asked about, with its score and reasons.
 *
 * @param organization the suggested partner
 * @param score how strongly the pair should collaborate, in [0, 1]
 * @param reasons the reasons, strongest first
 */
public record CollaborationGap(OrganizationBrief organization, double score, List<GapReason> reasons) {}
