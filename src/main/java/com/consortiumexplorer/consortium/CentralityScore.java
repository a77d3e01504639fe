package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.OrganizationBrief;

/**
 * An organization's centrality.
 *
 * @param organization the organization
 * @param score its centrality under the measure asked for
 */
public record CentralityScore(OrganizationBrief organization, double score) {}
