package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.GraphReads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nested fields of organizations (participations, ties, flows, industries, majors), each loaded for a
 * whole batch of organizations with one Cypher statement.
 */
@Service
public class OrganizationRelations {

    private static final String FLOW_TYPES = "FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY";

    private static final org.neo4j.graphdb.RelationshipType[] FLOWS = Arrays.stream(FLOW_TYPES.split("\\|"))
            .map(org.neo4j.graphdb.RelationshipType::withName)
            .toArray(org.neo4j.graphdb.RelationshipType[]::new);

    private static final org.neo4j.graphdb.RelationshipType COLLABORATES_WITH =
            org.neo4j.graphdb.RelationshipType.withName("COLLABORATES_WITH");

    /** Programs the organization takes part in, by program id. */
    static final OrganizationList<Participation> PROGRAMS = participations("programs", "Program");

    /** Projects the organization takes part in, by project id. */
    static final OrganizationList<Participation> PROJECTS = participations("projects", "Project");

    /** Cooperation ties in either direction, by year and partner id. */
    static final OrganizationList<CollaborationTie> COLLABORATIONS = new OrganizationList<CollaborationTie>(
                    "collaborations",
                    selection -> """
                    MATCH (o)-[r:COLLABORATES_WITH]-(p:Organization)
                    WITH r, p ORDER BY r.since, p.id
                    RETURN {kind: r.kind, since: r.since, partner: %s}
                    """.formatted(OrganizationSummary.cypher(
                            "p", selection.at("partner").among(OrganizationSummary.PROPERTIES))),
                    (row, organization) -> new CollaborationTie(
                            OrganizationSummary.of(row.get("partner")),
                            row.get("kind").asString(null),
                            row.get("since").isNull() ? null : row.get("since").asInt()),
                    null)
            .readInProcess((tx, o, selection) -> {
                List<String> partner = selection.at("partner").among(OrganizationSummary.PROPERTIES);
                List<CoreProjection.Sortable> ties = new ArrayList<>();
                try (ResourceIterable<Relationship> relationships =
                        o.getRelationships(Direction.BOTH, COLLABORATES_WITH)) {
                    for (Relationship r : relationships) {
                        Map<String, Object> p = CoreProjection.organization(r.getOtherNode(o), partner);
                        if (CoreProjection.isOrganization(p)) {
                            Map<String, Object> properties = r.getAllProperties();
                            Map<String, Object> tie = new HashMap<>();
                            tie.put("kind", properties.get("kind"));
                            tie.put("since", properties.get("since"));
                            tie.put("partner", p);
                            ties.add(new CoreProjection.Sortable(tie, properties.get("since"), p.get("id")));
                        }
                    }
                }
                return CoreProjection.ordered(ties);
            });

    /** Flows that leave the organization, by year, kind and target. */
    static final OrganizationList<FlowRecord> OUTGOING_FLOWS =
            flows("outgoingFlows", "(o)-[r:%s]->(t) WITH o AS s, r, t", "t.id", "source", Direction.OUTGOING);

    /** Flows that reach the organization, by year, kind and source. */
    static final OrganizationList<FlowRecord> INCOMING_FLOWS = flows(
            "incomingFlows", "(s:Organization)-[r:%s]->(o) WITH s, r, o AS t", "s.id", "target", Direction.INCOMING);

    /** Industries the organization operates in, by code. */
    static final OrganizationList<IndustrySummary> INDUSTRIES =
            new OrganizationList<>("industries", """
            MATCH (o)-[:OPERATES_IN]->(i:Industry)
            WITH i ORDER BY i.code
            RETURN i {.*}
            """, IndustrySummary::of);

    private final GraphReads reads;
    private final Neo4jClient neo4j;

    OrganizationRelations(GraphReads reads, Neo4jClient neo4j) {
        this.reads = reads;
        this.neo4j = neo4j;
    }

    private static OrganizationList<Participation> participations(String field, String label) {
        // label is one of two constants above, never request input; for a selection, the organization is taken
        // from the row that holds the list rather than projected again in every item
        return new OrganizationList<>(
                field,
                selection -> """
                        MATCH (o)-[r:PARTICIPATES_IN]->(a:%s)
                        WITH o, r, a ORDER BY a.id
                        RETURN {role: r.role, activity: a {.*, labels: labels(a)}%s}
                        """.formatted(
                        label, selection.everything() ? ", organization: " + OrganizationSummary.cypher("o") : ""),
                Participations::of,
                "organization");
    }

    private static OrganizationList<FlowRecord> flows(
            String field, String pattern, String otherEnd, String self, Direction direction) {
        // pattern, otherEnd and self are the constants of the two lists above
        return new OrganizationList<FlowRecord>(
                        field,
                        selection -> {
                            // the major costs a match per flow, so only when selected
                            boolean major = FlowRecord.needsMajor(selection);
                            return "MATCH " + pattern.formatted(FLOW_TYPES) + "\n"
                                    + (major ? "OPTIONAL MATCH (m:Major {code: r.majorCode})\n" : "")
                                    + "WITH s, r, t" + (major ? ", m" : "") + " ORDER BY r.year, type(r), " + otherEnd
                                    + "\n"
                                    + "RETURN " + FlowRecord.map(selection, self);
                        },
                        FlowRecord::of,
                        self)
                .readInProcess((tx, o, selection) -> {
                    FlowRecord.Shape shape = FlowRecord.Shape.of(selection, self);
                    List<CoreProjection.Sortable> flows = new ArrayList<>();
                    try (ResourceIterable<Relationship> relationships = o.getRelationships(direction, FLOWS)) {
                        for (Relationship r : relationships) {
                            Map<String, Object> flow = FlowRecord.item(tx, r, shape);
                            @SuppressWarnings("unchecked")
                            Map<String, Object> other = (Map<String, Object>)
                                    flow.get(direction == Direction.OUTGOING ? "target" : "source");
                            if (direction == Direction.OUTGOING || CoreProjection.isOrganization(other)) {
                                flows.add(new CoreProjection.Sortable(
                                        flow,
                                        ((Map<?, ?>) flow.get("props")).get("year"),
                                        flow.get("type"),
                                        other.get("id")));
                            }
                        }
                    }
                    return CoreProjection.ordered(flows);
                });
    }

    /** The programs each organization takes part in, by program id. */
    public Map<OrganizationSummary, List<Participation>> programs(Collection<OrganizationSummary> organizations) {
        return PROGRAMS.load(reads, organizations);
    }

    /** The projects each organization takes part in, by project id. */
    public Map<OrganizationSummary, List<Participation>> projects(Collection<OrganizationSummary> organizations) {
        return PROJECTS.load(reads, organizations);
    }

    /** The cooperation ties of each organization, in either direction, by year and partner id. */
    public Map<OrganizationSummary, List<CollaborationTie>> collaborations(
            Collection<OrganizationSummary> organizations) {
        return COLLABORATIONS.load(reads, organizations);
    }

    /** The flows that leave each organization, by year. */
    public Map<OrganizationSummary, List<FlowRecord>> outgoingFlows(Collection<OrganizationSummary> organizations) {
        return OUTGOING_FLOWS.load(reads, organizations);
    }

    /** The flows that reach each organization, by year. */
    public Map<OrganizationSummary, List<FlowRecord>> incomingFlows(Collection<OrganizationSummary> organizations) {
        return INCOMING_FLOWS.load(reads, organizations);
    }

    /** The industries each organization operates in, by code. */
    public Map<OrganizationSummary, List<IndustrySummary>> industries(Collection<OrganizationSummary> organizations) {
        return INDUSTRIES.load(reads, organizations);
    }

    /** The majors each college offers, by code; empty for other kinds. */
    @Transactional(readOnly = true, timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
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
    @Transactional(readOnly = true, timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
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
