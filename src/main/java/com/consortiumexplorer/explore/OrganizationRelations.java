package com.consortiumexplorer.explore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nested fields of organizations (participations, ties, flows, industries, majors), each loaded for a
 * whole batch of organizations with one Cypher statement.
 */
@Service
@Transactional(readOnly = true, timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
public class OrganizationRelations {

    private static final String FLOW_TYPES = "FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY";

    private final Neo4jClient neo4j;

    OrganizationRelations(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The programs each organization takes part in, by program id. */
    public Map<OrganizationSummary, List<Participation>> programs(Collection<OrganizationSummary> organizations) {
        return participations(organizations, "Program");
    }

    /** The projects each organization takes part in, by project id. */
    public Map<OrganizationSummary, List<Participation>> projects(Collection<OrganizationSummary> organizations) {
        return participations(organizations, "Project");
    }

    private Map<OrganizationSummary, List<Participation>> participations(
            Collection<OrganizationSummary> organizations, String label) {
        // label is one of two constants above, never request input
        return BatchQuery.load(
                neo4j,
                """
                UNWIND $ids AS id
                MATCH (o:Organization {id: id})-[r:PARTICIPATES_IN]->(a:%s)
                RETURN id, r.role AS role, a {.*, labels: labels(a)} AS activity, %s AS organization ORDER BY a.id
                """.formatted(label, OrganizationSummary.cypher("o")),
                organizations,
                OrganizationSummary::id,
                Participations::of);
    }

    /** The cooperation ties of each organization, in either direction, by year and partner id. */
    public Map<OrganizationSummary, List<CollaborationTie>> collaborations(
            Collection<OrganizationSummary> organizations) {
        return BatchQuery.load(
                neo4j,
                """
                UNWIND $ids AS id
                MATCH (o:Organization {id: id})-[r:COLLABORATES_WITH]-(p:Organization)
                WITH id, r, p ORDER BY r.since, p.id
                RETURN id, r.kind AS kind, r.since AS since, %s AS partner
                """.formatted(OrganizationSummary.cypher("p")),
                organizations,
                OrganizationSummary::id,
                row -> new CollaborationTie(
                        OrganizationSummary.of(row.get("partner")),
                        row.get("kind").asString(null),
                        row.get("since").isNull() ? null : row.get("since").asInt()));
    }

    /** The flows that leave each organization, by year. */
    public Map<OrganizationSummary, List<FlowRecord>> outgoingFlows(Collection<OrganizationSummary> organizations) {
        return flows(organizations, "(s:Organization {id: id})-[r:%s]->(t)", "t.id");
    }

    /** The flows that reach each organization, by year. */
    public Map<OrganizationSummary, List<FlowRecord>> incomingFlows(Collection<OrganizationSummary> organizations) {
        return flows(organizations, "(s:Organization)-[r:%s]->(t:Organization {id: id})", "s.id");
    }

    private Map<OrganizationSummary, List<FlowRecord>> flows(
            Collection<OrganizationSummary> organizations, String pattern, String otherEnd) {
        // pattern and otherEnd are the constants of the two callers above
        return BatchQuery.load(
                neo4j,
                """
                UNWIND $ids AS id
                MATCH %s
                OPTIONAL MATCH (m:Major {code: r.majorCode})
                WITH id, r, s, t, m ORDER BY r.year, type(r), %s
                RETURN id, %s
                """.formatted(pattern.formatted(FLOW_TYPES), otherEnd, FlowRecord.COLUMNS),
                organizations,
                OrganizationSummary::id,
                FlowRecord::of);
    }

    /** The industries each organization operates in, by code. */
    public Map<OrganizationSummary, List<IndustrySummary>> industries(Collection<OrganizationSummary> organizations) {
        return BatchQuery.load(
                neo4j, """
                UNWIND $ids AS id
                MATCH (:Organization {id: id})-[:OPERATES_IN]->(i:Industry)
                RETURN id, i {.*} AS industry ORDER BY i.code
                """, organizations, OrganizationSummary::id, row -> IndustrySummary.of(row.get("industry")));
    }

    /** The majors each college offers, by code; empty for other kinds. */
    public Map<OrganizationSummary, List<MajorOfferView>> offeredMajors(Collection<OrganizationSummary> colleges) {
        return BatchQuery.load(
                neo4j,
                """
                UNWIND $ids AS id
                MATCH (c:College {id: id})-[r:OFFERS]->(m:Major)
                RETURN id, %s AS college, m {.*} AS major, r.annualIntake AS annualIntake ORDER BY m.code
                """.formatted(OrganizationSummary.cypher("c")),
                colleges,
                OrganizationSummary::id,
                MajorOffers::offer);
    }

    /** The majors each enterprise demands, by year and code; empty for other kinds. */
    public Map<OrganizationSummary, List<MajorDemandView>> demandedMajors(Collection<OrganizationSummary> enterprises) {
        return BatchQuery.load(
                neo4j,
                """
                UNWIND $ids AS id
                MATCH (e:Enterprise {id: id})-[r:DEMANDS]->(m:Major)
                RETURN id, %s AS enterprise, m {.*} AS major, r.headcount AS headcount, r.year AS year
                ORDER BY r.year, m.code
                """.formatted(OrganizationSummary.cypher("e")),
                enterprises,
                OrganizationSummary::id,
                MajorOffers::demand);
    }
}
