package com.consortiumexplorer.explore;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;

/**
 * Complexity of a field for the complexity limit: 1 for the field itself plus what is selected below it,
 * counted once per requested item when the field takes a page size ({@code first}) or a result limit.
 */
final class ConnectionComplexity implements FieldComplexityCalculator {

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        Object size = environment.getArguments().get("first");
        if (size == null) {
            size = environment.getArguments().get("limit");
        }
        // Capped at the page limit so an oversized page gets the clearer page-size error instead.
        long items = size instanceof Number number ? Math.clamp(number.longValue(), 1, ApiLimits.MAX_PAGE_SIZE) : 1;
        long complexity = 1 + childComplexity * items;
        return (int) Math.min(Integer.MAX_VALUE, complexity);
    }
}
