package com.consortiumexplorer.graph;

/**
 * The few properties of an organization that analytics results carry so that a caller can show and link it
 * without another query.
 *
 * @param id stable id
 * @param name Chinese name
 * @param nameEn English name, when known
 * @param type kind of organization
 */
public record OrganizationBrief(String id, String name, String nameEn, OrganizationType type) {}
