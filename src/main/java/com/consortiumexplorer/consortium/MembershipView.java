package com.consortiumexplorer.consortium;

import com.consortiumexplorer.explore.OrganizationSummary;
import java.time.LocalDate;
import org.neo4j.driver.Record;

/**
 * A membership of an organization in a consortium, past or present.
 *
 * @param until the day it ended, null while it runs
 * @param exitReason why it ended, null while it runs
 */
public record MembershipView(
        OrganizationSummary organization,
        ConsortiumSummary consortium,
        String role,
        LocalDate since,
        LocalDate until,
        String exitReason) {

    /** Cypher columns read by {@link #of}: membership {@code m} of organization {@code o} in consortium {@code c}. */
    static final String COLUMNS = OrganizationSummary.cypher("o")
            + " AS organization, c {.*} AS consortium, m.role AS role, m.since AS since, m.until AS until,"
            + " m.exitReason AS exitReason";

    /** Whether it runs today. */
    public boolean active() {
        LocalDate today = LocalDate.now();
        return (since == null || !since.isAfter(today)) && (until == null || until.isAfter(today));
    }

    static MembershipView of(Record row) {
        return new MembershipView(
                OrganizationSummary.of(row.get("organization")),
                ConsortiumSummary.of(row.get("consortium")),
                row.get("role").asString("MEMBER"),
                row.get("since").isNull() ? null : row.get("since").asLocalDate(),
                row.get("until").isNull() ? null : row.get("until").asLocalDate(),
                row.get("exitReason").asString(null));
    }
}
