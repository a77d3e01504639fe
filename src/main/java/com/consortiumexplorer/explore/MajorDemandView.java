package com.consortiumexplorer.explore;

/** An enterprise's demand for graduates of a major in one year. */
public record MajorDemandView(OrganizationSummary enterprise, MajorSummary major, Integer headcount, Integer year) {}
