package com.consortiumexplorer.explore;

import org.neo4j.driver.Record;

/** Maps rows of offers and demands that carry both ends, shared by reads and writes. */
final class MajorOffers {

    private MajorOffers() {}

    static MajorOfferView offer(Record row) {
        return new MajorOfferView(
                OrganizationSummary.of(row.get("college")),
                MajorSummary.of(row.get("major")),
                row.get("annualIntake").isNull()
                        ? null
                        : row.get("annualIntake").asInt());
    }

    static MajorDemandView demand(Record row) {
        return new MajorDemandView(
                OrganizationSummary.of(row.get("enterprise")),
                MajorSummary.of(row.get("major")),
                row.get("headcount").isNull() ? null : row.get("headcount").asInt(),
                row.get("year").isNull() ? null : row.get("year").asInt());
    }
}
