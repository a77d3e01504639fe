package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.FundingChannel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records resource flows and sets the education and talent-demand chains (majors offered and demanded). Each
 * method is one transaction that validates first and publishes a graph change on success.
 */
@Service
@Transactional(timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class ResourceEditor {

    /**
     * The write of each flow kind: merged on the properties that identify a flow of that kind, quantities set.
     * Relationship types are fixed text here, never request input.
     */
    private static final Map<FlowKind, String> WRITES = Map.of(
            FlowKind.FUNDING,
            "MERGE (s)-[r:FUNDS {year: $year, channel: $channel}]->(t) SET r.amount = $amount",
            FlowKind.TALENT,
            "MERGE (s)-[r:SUPPLIES_TALENT {year: $year, majorCode: $majorCode}]->(t) SET r.graduates = $graduates",
            FlowKind.TECHNOLOGY,
            "MERGE (s)-[r:TRANSFERS_TECHNOLOGY {title: $title}]->(t) SET r.year = $year, r.value = $value",
            FlowKind.FACILITY,
            "MERGE (s)-[r:SHARES_FACILITY {facility: $facility, year: $year}]->(t) SET r.hours = $hours");

    private final Neo4jClient neo4j;
    private final GraphChanges changes;

    ResourceEditor(Neo4jClient neo4j, GraphChanges changes) {
        this.neo4j = neo4j;
        this.changes = changes;
    }

    /** A flow to record; each kind needs its own quantities. */
    public record FlowInput(
            FlowKind kind,
            String sourceId,
            String targetId,
            Integer year,
            Long amount,
            FundingChannel channel,
            Integer graduates,
            String majorCode,
            String title,
            Long value,
            String facility,
            Integer hours) {}

    /** The annual intake of a major at a college; 0 withdraws the offer. */
    public record OfferInput(String collegeId, String majorCode, Integer annualIntake) {}

    /** An enterprise's demand for a major in one year; 0 withdraws it. */
    public record DemandInput(String enterpriseId, String majorCode, Integer year, Integer headcount) {}

    /** Records a flow; a flow with the same identifying properties gets the new quantities. */
    public Outcome<FlowRecord> recordFlow(FlowInput input) {
        Checks checks = new Checks()
                .required("kind", input.kind())
                .required("year", input.year())
                .range("year", input.year(), Checks.FIRST_YEAR, Checks.yearsAhead(1));
        if (input.kind() != null) {
            switch (input.kind()) {
                case FUNDING ->
                    checks.required("amount", input.amount())
                            .nonNegative("amount", input.amount())
                            .required("channel", input.channel());
                case TALENT ->
                    checks.required("graduates", input.graduates())
                            .nonNegative("graduates", input.graduates())
                            .required("majorCode", input.majorCode());
                case TECHNOLOGY ->
                    checks.required("title", input.title())
                            .text("title", input.title())
                            .nonNegative("value", input.value());
                case FACILITY ->
                    checks.required("facility", input.facility())
                            .text("facility", input.facility())
                            .required("hours", input.hours())
                            .nonNegative("hours", input.hours());
            }
        }
        if (input.sourceId().equals(input.targetId())) {
            checks.fail("targetId", "A flow needs two different parties", UserError.Code.INVALID);
        }
        List<String> sourceLabels = labels(input.sourceId());
        List<String> targetLabels = labels(input.targetId());
        if (!sourceLabels.contains("Organization")) {
            checks.fail("sourceId", "No organization has id " + input.sourceId(), UserError.Code.NOT_FOUND);
        }
        boolean activity = targetLabels.contains("Program") || targetLabels.contains("Project");
        if (!targetLabels.contains("Organization") && !(activity && input.kind() == FlowKind.FUNDING)) {
            checks.fail(
                    "targetId",
                    input.kind() == FlowKind.FUNDING
                            ? "No organization, program or project has id " + input.targetId()
                            : "No organization has id " + input.targetId(),
                    UserError.Code.NOT_FOUND);
        }
        if (input.kind() == FlowKind.TALENT) {
            if (sourceLabels.contains("Organization") && !sourceLabels.contains("College")) {
                checks.fail("sourceId", "Talent flows leave a college", UserError.Code.INVALID);
            }
            if (targetLabels.contains("Organization") && !targetLabels.contains("Enterprise")) {
                checks.fail("targetId", "Talent flows reach an enterprise", UserError.Code.INVALID);
            }
            if (input.majorCode() != null && major(input.majorCode()).isEmpty()) {
                checks.fail("majorCode", "No major has code " + input.majorCode(), UserError.Code.NOT_FOUND);
            }
        }
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("sourceId", input.sourceId());
        parameters.put("targetId", input.targetId());
        parameters.put("year", input.year());
        parameters.put("amount", input.amount());
        parameters.put(
                "channel", input.channel() == null ? null : input.channel().name());
        parameters.put("graduates", input.graduates());
        parameters.put("majorCode", input.majorCode());
        parameters.put("title", input.title());
        parameters.put("value", input.value());
        parameters.put("facility", input.facility());
        parameters.put("hours", input.hours());
        FlowRecord flow = neo4j.query("MATCH (s:Organization {id: $sourceId})\n" + """
                        CALL () {
                          MATCH (t:Organization {id: $targetId}) RETURN t
                          UNION MATCH (t:Program {id: $targetId}) RETURN t
                          UNION MATCH (t:Project {id: $targetId}) RETURN t
                        }
                        WITH s, t LIMIT 1
                        """ + WRITES.get(input.kind())
                        + "\nWITH s, t, r OPTIONAL MATCH (m:Major {code: r.majorCode})\n"
                        + "RETURN " + FlowRecord.COLUMNS)
                .bindAll(parameters)
                .fetchAs(FlowRecord.class)
                .mappedBy((types, row) -> FlowRecord.of(row))
                .one()
                .orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>(parameters);
        after.values().removeIf(java.util.Objects::isNull);
        changes.publish(
                "recordFlow",
                input.kind().relationshipType(),
                input.sourceId() + "->" + input.targetId(),
                Map.of(),
                after);
        return Outcome.done(flow);
    }

    /** Sets the intake of a major at a college; 0 removes the offer and yields no offer. */
    public Outcome<MajorOfferView> setMajorOffer(OfferInput input) {
        Checks checks = new Checks()
                .required("annualIntake", input.annualIntake())
                .range("annualIntake", input.annualIntake(), 0, 100_000);
        party(checks, "collegeId", input.collegeId(), "College");
        if (major(input.majorCode()).isEmpty()) {
            checks.fail("majorCode", "No major has code " + input.majorCode(), UserError.Code.NOT_FOUND);
        }
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        Map<String, Object> parameters =
                Map.of("id", input.collegeId(), "code", input.majorCode(), "intake", input.annualIntake());
        String entityId = input.collegeId() + "->" + input.majorCode();
        if (input.annualIntake() == 0) {
            neo4j.query("MATCH (:College {id: $id})-[r:OFFERS]->(:Major {code: $code}) DELETE r")
                    .bindAll(parameters)
                    .run();
            changes.publish("setMajorOffer", "OFFERS", entityId, Map.of(), Map.of());
            return Outcome.done(null);
        }
        MajorOfferView offer = neo4j.query("""
                        MATCH (c:College {id: $id}), (m:Major {code: $code})
                        MERGE (c)-[r:OFFERS]->(m)
                        SET r.annualIntake = $intake
                        RETURN %s AS college, m {.*} AS major, r.annualIntake AS annualIntake
                        """.formatted(OrganizationSummary.cypher("c")))
                .bindAll(parameters)
                .fetchAs(MajorOfferView.class)
                .mappedBy((types, row) -> MajorOffers.offer(row))
                .one()
                .orElseThrow();
        changes.publish("setMajorOffer", "OFFERS", entityId, Map.of(), Map.of("annualIntake", input.annualIntake()));
        return Outcome.done(offer);
    }

    /** Sets an enterprise's demand for a major in one year; 0 removes it and yields no demand. */
    public Outcome<MajorDemandView> setMajorDemand(DemandInput input) {
        Checks checks = new Checks()
                .required("year", input.year())
                .range("year", input.year(), Checks.FIRST_YEAR, Checks.yearsAhead(10))
                .required("headcount", input.headcount())
                .range("headcount", input.headcount(), 0, 100_000);
        party(checks, "enterpriseId", input.enterpriseId(), "Enterprise");
        if (major(input.majorCode()).isEmpty()) {
            checks.fail("majorCode", "No major has code " + input.majorCode(), UserError.Code.NOT_FOUND);
        }
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        Map<String, Object> parameters = Map.of(
                "id",
                input.enterpriseId(),
                "code",
                input.majorCode(),
                "year",
                input.year(),
                "headcount",
                input.headcount());
        String entityId = input.enterpriseId() + "->" + input.majorCode();
        if (input.headcount() == 0) {
            neo4j.query("MATCH (:Enterprise {id: $id})-[r:DEMANDS {year: $year}]->(:Major {code: $code}) DELETE r")
                    .bindAll(parameters)
                    .run();
            changes.publish("setMajorDemand", "DEMANDS", entityId, Map.of(), Map.of("year", input.year()));
            return Outcome.done(null);
        }
        MajorDemandView demand = neo4j.query("""
                        MATCH (e:Enterprise {id: $id}), (m:Major {code: $code})
                        MERGE (e)-[r:DEMANDS {year: $year}]->(m)
                        SET r.headcount = $headcount
                        RETURN %s AS enterprise, m {.*} AS major, r.headcount AS headcount, r.year AS year
                        """.formatted(OrganizationSummary.cypher("e")))
                .bindAll(parameters)
                .fetchAs(MajorDemandView.class)
                .mappedBy((types, row) -> MajorOffers.demand(row))
                .one()
                .orElseThrow();
        changes.publish(
                "setMajorDemand",
                "DEMANDS",
                entityId,
                Map.of(),
                Map.of("year", input.year(), "headcount", input.headcount()));
        return Outcome.done(demand);
    }

    private void party(Checks checks, String field, String id, String label) {
        List<String> labels = labels(id);
        if (!labels.contains("Organization")) {
            checks.fail(field, "No organization has id " + id, UserError.Code.NOT_FOUND);
        } else if (!labels.contains(label)) {
            checks.fail(field, id + " is not a " + label, UserError.Code.INVALID);
        }
    }

    /** The labels of the organization, program or project with this id; empty when there is none. */
    private List<String> labels(String id) {
        return neo4j.query("""
                        CALL () {
                          MATCH (n:Organization {id: $id}) RETURN n
                          UNION MATCH (n:Program {id: $id}) RETURN n
                          UNION MATCH (n:Project {id: $id}) RETURN n
                        }
                        RETURN labels(n) AS labels LIMIT 1
                        """)
                .bind(id)
                .to("id")
                .fetchAs(Record.class)
                .mappedBy((types, row) -> row)
                .one()
                .map(row -> row.get("labels").asList(org.neo4j.driver.Value::asString))
                .orElse(List.of());
    }

    private Optional<String> major(String code) {
        return neo4j.query("MATCH (m:Major {code: $code}) RETURN m.code")
                .bind(code)
                .to("code")
                .fetchAs(String.class)
                .one();
    }
}
