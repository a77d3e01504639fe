package com.consortiumexplorer.explore;

/**
 * One search result.
 *
 * @param entity the matched node
 * @param score relevance, higher is better; name matches that the full-text index missed score 0
 */
public record SearchHit(GraphNode entity, double score) {}
