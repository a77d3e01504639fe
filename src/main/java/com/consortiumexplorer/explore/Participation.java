package com.consortiumexplorer.explore;

/**
 * An organization's part in a program or in a project (exactly one of them is set).
 *
 * @param role LEAD, PARTNER, FUNDER or HOST
 */
public record Participation(
        OrganizationSummary organization, ProgramSummary program, ProjectSummary project, String role) {}
