package com.consortiumexplorer.explore;

import org.neo4j.driver.Record;

/** Maps participation rows that carry the organization, the activity (with its labels) and the role. */
final class Participations {

    private Participations() {}

    static Participation of(Record row) {
        Object activity = FlowRecord.party(row.get("activity"));
        return new Participation(
                OrganizationSummary.of(row.get("organization")),
                activity instanceof ProgramSummary program ? program : null,
                activity instanceof ProjectSummary project ? project : null,
                row.get("role").asString(null));
    }
}
