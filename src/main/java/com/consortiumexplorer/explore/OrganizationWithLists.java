package com.consortiumexplorer.explore;

import java.util.List;
import java.util.Map;

/**
 * An organization with the list fields fetched in the same statement.
 *
 * @param lists the items of each fetched list, by field name
 */
public record OrganizationWithLists(OrganizationSummary organization, Map<String, List<?>> lists) {}
