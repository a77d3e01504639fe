package com.consortiumexplorer.explore;

import java.util.List;

/**
 * One page of organizations in id order.
 *
 * @param items the organizations of the page
 * @param hasNext whether organizations follow the last one of this page
 * @param hasPrevious whether organizations precede the first one of this page
 * @param totalCount the number of organizations in all pages
 */
public record OrganizationPage(
        List<OrganizationSummary> items, boolean hasNext, boolean hasPrevious, long totalCount) {}
