package com.consortiumexplorer.explore;

/**
 * A signed cooperation tie seen from one of its organizations.
 *
 * @param partner the other organization
 * @param kind the kind of cooperation
 * @param since the year it was signed
 */
public record CollaborationTie(OrganizationSummary partner, String kind, Integer since) {}
