package com.consortiumexplorer.consortium;

import com.consortiumexplorer.explore.ApiLimits;
import com.consortiumexplorer.explore.Checks;
import com.consortiumexplorer.explore.GraphChanges;
import com.consortiumexplorer.explore.OrganizationDirectory;
import com.consortiumexplorer.explore.Outcome;
import com.consortiumexplorer.explore.UserError;
import com.consortiumexplorer.graph.ConsortiumStatus;
import com.consortiumexplorer.graph.ExitReason;
import com.consortiumexplorer.graph.MemberRole;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining and leaving consortia. Leaving records the day and the reason on the membership, which stays in
 * the graph as history; each method is one transaction that publishes a graph change on success.
 */
@Service
@Transactional(timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class MembershipEditor {

    private final Neo4jClient neo4j;
    private final ConsortiumDirectory consortia;
    private final OrganizationDirectory organizations;
    private final GraphChanges changes;

    MembershipEditor(
            Neo4jClient neo4j,
            ConsortiumDirectory consortia,
            OrganizationDirectory organizations,
            GraphChanges changes) {
        this.neo4j = neo4j;
        this.consortia = consortia;
        this.organizations = organizations;
        this.changes = changes;
    }

    /** An organization joining a consortium with a role on a day. */
    public record JoinInput(String organizationId, String consortiumId, MemberRole role, LocalDate since) {}

    /** A member leaving a consortium on a day for a reason. */
    public record LeaveInput(String organizationId, String consortiumId, LocalDate until, ExitReason exitReason) {}

    /** Lets an organization join; refused while it is an active member or when the consortium is dissolved. */
    public Outcome<MembershipView> join(JoinInput input) {
        Checks checks = new Checks().required("since", input.since());
        Optional<ConsortiumSummary> consortium = parties(checks, input.organizationId(), input.consortiumId());
        consortium.ifPresent(c -> {
            if (ConsortiumStatus.DISSOLVED.name().equals(c.status())) {
                checks.fail("consortiumId", "Consortium " + c.id() + " is dissolved", UserError.Code.INVALID);
            }
            if (c.established() != null
                    && input.since() != null
                    && input.since().isBefore(c.established())) {
                checks.fail(
                        "since",
                        "since (" + input.since() + ") is before the consortium was established (" + c.established()
                                + ")",
                        UserError.Code.OUT_OF_RANGE);
            }
        });
        if (checks.ok() && active(input.organizationId(), input.consortiumId())) {
            checks.fail(
                    "organizationId",
                    input.organizationId() + " is already an active member of " + input.consortiumId(),
                    UserError.Code.DUPLICATE);
        }
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        MemberRole role = input.role() == null ? MemberRole.MEMBER : input.role();
        MembershipView membership = neo4j.query("""
                        MATCH (o:Organization {id: $organization}), (c:Consortium {id: $consortium})
                        CREATE (o)-[m:MEMBER_OF {role: $role, since: $since}]->(c)
                        RETURN %s
                        """.formatted(MembershipView.COLUMNS))
                .bindAll(Map.of(
                        "organization", input.organizationId(),
                        "consortium", input.consortiumId(),
                        "role", role.name(),
                        "since", input.since()))
                .fetchAs(MembershipView.class)
                .mappedBy((types, row) -> MembershipView.of(row))
                .one()
                .orElseThrow();
        changes.publish(
                "joinConsortium",
                "MEMBER_OF",
                input.organizationId() + "->" + input.consortiumId(),
                Map.of(),
                Map.of("role", role.name(), "since", input.since()));
        return Outcome.done(membership);
    }

    /** Records the exit of an active member; the membership stays as history. */
    public Outcome<MembershipView> leave(LeaveInput input) {
        Checks checks = new Checks().required("until", input.until()).required("exitReason", input.exitReason());
        parties(checks, input.organizationId(), input.consortiumId());
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        Optional<LocalDate> since = neo4j.query("""
                        MATCH (:Organization {id: $organization})-[m:MEMBER_OF]->(:Consortium {id: $consortium})
                        WHERE m.until IS NULL
                        RETURN m.since AS since ORDER BY m.since DESC LIMIT 1
                        """)
                .bindAll(Map.of("organization", input.organizationId(), "consortium", input.consortiumId()))
                .fetchAs(LocalDate.class)
                .mappedBy((types, row) -> row.get("since").isNull()
                        ? LocalDate.MIN
                        : row.get("since").asLocalDate())
                .one();
        if (since.isEmpty()) {
            return Outcome.refused(
                    "organizationId",
                    input.organizationId() + " is not an active member of " + input.consortiumId(),
                    UserError.Code.NOT_FOUND);
        }
        if (input.until().isBefore(since.get())) {
            return Outcome.refused(
                    "until",
                    "until (" + input.until() + ") is before the member joined (" + since.get() + ")",
                    UserError.Code.OUT_OF_RANGE);
        }
        MembershipView membership = neo4j.query("""
                        MATCH (o:Organization {id: $organization})-[m:MEMBER_OF]->(c:Consortium {id: $consortium})
                        WHERE m.until IS NULL
                        SET m.until = $until, m.exitReason = $reason
                        RETURN %s
                        """.formatted(MembershipView.COLUMNS))
                .bindAll(Map.of(
                        "organization", input.organizationId(),
                        "consortium", input.consortiumId(),
                        "until", input.until(),
                        "reason", input.exitReason().name()))
                .fetchAs(MembershipView.class)
                .mappedBy((types, row) -> MembershipView.of(row))
                .first()
                .orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("until", input.until());
        after.put("exitReason", input.exitReason().name());
        changes.publish(
                "leaveConsortium", "MEMBER_OF", input.organizationId() + "->" + input.consortiumId(), Map.of(), after);
        return Outcome.done(membership);
    }

    private Optional<ConsortiumSummary> parties(Checks checks, String organizationId, String consortiumId) {
        if (organizations.find(organizationId).isEmpty()) {
            checks.fail("organizationId", "No organization has id " + organizationId, UserError.Code.NOT_FOUND);
        }
        Optional<ConsortiumSummary> consortium = consortia.find(consortiumId);
        if (consortium.isEmpty()) {
            checks.fail("consortiumId", "No consortium has id " + consortiumId, UserError.Code.NOT_FOUND);
        }
        return consortium;
    }

    private boolean active(String organizationId, String consortiumId) {
        return neo4j.query("""
                        RETURN EXISTS {
                          MATCH (:Organization {id: $organization})-[m:MEMBER_OF]->(:Consortium {id: $consortium})
                          WHERE m.until IS NULL
                        } AS found
                        """)
                .bindAll(Map.of("organization", organizationId, "consortium", consortiumId))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }
}
