package com.consortiumexplorer.explore;

/** A major a college offers, with its annual intake. */
public record MajorOfferView(OrganizationSummary college, MajorSummary major, Integer annualIntake) {}
