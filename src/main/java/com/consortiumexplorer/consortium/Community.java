package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.OrganizationBrief;
import java.util.List;

/**
 * A cluster of organizations more connected among themselves than with the rest.
 *
 * @param id number of the community, 0 for the largest
 * @param members its organizations, by id
 * @param dominantIndustries codes of the industries most of its members operate in, up to three, most common first
 */
public record Community(int id, List<OrganizationBrief> members, List<String> dominantIndustries) {}
