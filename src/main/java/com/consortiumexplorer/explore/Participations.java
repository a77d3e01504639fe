package com.consortiumexplorer.explore;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Maps participation rows that carry the organization, the activity (with its labels) and the role. */
final class Participations {

    private Participations() {}

    static Participation of(MapAccessor row) {
        return of(row, null);
    }

    /** @param organization the participant, for a row that leaves it out */
    static Participation of(MapAccessor row, OrganizationSummary organization) {
        Object activity = FlowRecord.party(row.get("activity"));
        Value participant = row.get("organization");
        return new Participation(
                participant.isNull() ? organization : OrganizationSummary.of(participant),
                activity instanceof ProgramSummary program ? program : null,
                activity instanceof ProjectSummary project ? project : null,
                row.get("role").asString(null));
    }
}
