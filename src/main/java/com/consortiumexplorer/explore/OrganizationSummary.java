package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.OrganizationType;

/**
 * Read model of one organization: the shared properties plus the properties of its kind (null for other
 * kinds).
 */
public record OrganizationSummary(
        String id,
        OrganizationType type,
        String name,
        String nameEn,
        String city,
        String regionCode,
        Integer founded,
        String description,
        long version,
        String level,
        String kind,
        String size,
        Boolean leading,
        String ownership,
        String field,
        String service) {

    /** The name to show for a language: the English name when asked for and present, else the Chinese one. */
    public String displayName(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
