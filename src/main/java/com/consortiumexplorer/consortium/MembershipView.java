package com.consortiumexplorer.consortium;

import com.consortiumexplorer.explore.CoreProjection;
import com.consortiumexplorer.explore.CypherProjection;
import com.consortiumexplorer.explore.Lookahead;
import com.consortiumexplorer.explore.OrganizationSummary;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;

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
    static final String COLUMNS = projection().columns();

    /**
     * The same as {@link #COLUMNS} in one map, for a {@code COLLECT} subquery of the memberships of {@code o},
     * with only what a selection reads: for a selection the organization is left out, for {@link #of} to take
     * from the organization the list belongs to, and the consortium holds only its selected properties.
     */
    static String map(Lookahead selection) {
        if (selection.everything()) {
            return projection().map();
        }
        return new CypherProjection(
                        "consortium",
                                CypherProjection.properties(
                                        "c", "id", selection.at("consortium").among(ConsortiumSummary.PROPERTIES)),
                        "role", "m.role",
                        "since", "m.since",
                        "until", "m.until",
                        "exitReason", "m.exitReason")
                .map();
    }

    /**
     * The map {@link #map} makes of membership {@code m} of organization {@code o} in consortium {@code c}, made
     * through the embedded engine's core API: the same keys and values.
     *
     * @param consortium the properties of the consortium a selection reads ({@link #consortium}), null for all
     */
    static Map<String, Object> item(Node o, Relationship m, Node c, List<String> consortium) {
        Map<String, Object> item = new HashMap<>();
        if (consortium == null) {
            item.put("organization", CoreProjection.organization(o));
            item.put("consortium", CoreProjection.all(c));
        } else {
            item.put("consortium", CoreProjection.properties(c, "id", consortium));
        }
        item.putAll(CoreProjection.pick(m.getAllProperties(), "role", List.of("since", "until", "exitReason")));
        return item;
    }

    /** The properties of the consortium a selection reads, worked out once for a list; null for everything. */
    static List<String> consortium(Lookahead selection) {
        return selection.everything() ? null : selection.at("consortium").among(ConsortiumSummary.PROPERTIES);
    }

    /** Whether it runs today. */
    public boolean active() {
        LocalDate today = LocalDate.now();
        return (since == null || !since.isAfter(today)) && (until == null || until.isAfter(today));
    }

    private static CypherProjection projection() {
        return new CypherProjection(
                "organization", OrganizationSummary.cypher("o"),
                "consortium", "c {.*}",
                "role", "m.role",
                "since", "m.since",
                "until", "m.until",
                "exitReason", "m.exitReason");
    }

    static MembershipView of(MapAccessor row) {
        return of(row, null);
    }

    /** @param organization the member, for a map of {@link #map} that leaves it out */
    static MembershipView of(MapAccessor row, OrganizationSummary organization) {
        Value member = row.get("organization");
        return new MembershipView(
                member.isNull() ? organization : OrganizationSummary.of(member),
                ConsortiumSummary.of(row.get("consortium")),
                row.get("role").asString("MEMBER"),
                row.get("since").isNull() ? null : row.get("since").asLocalDate(),
                row.get("until").isNull() ? null : row.get("until").asLocalDate(),
                row.get("exitReason").asString(null));
    }
}
