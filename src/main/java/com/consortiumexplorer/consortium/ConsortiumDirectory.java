package com.consortiumexplorer.consortium;

import com.consortiumexplorer.explore.ApiLimits;
import com.consortiumexplorer.explore.BatchQuery;
import com.consortiumexplorer.explore.CoreProjection;
import com.consortiumexplorer.explore.KeysetPaging;
import com.consortiumexplorer.explore.NodeLookup;
import com.consortiumexplorer.explore.OrganizationList;
import com.consortiumexplorer.explore.OrganizationSummary;
import com.consortiumexplorer.explore.Page;
import com.consortiumexplorer.graph.ConsortiumStatus;
import com.consortiumexplorer.graph.GraphReads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks consortia up, lists them, and reads membership histories in batches. */
@Service
@Transactional(readOnly = true, timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
public class ConsortiumDirectory implements NodeLookup {

    private static final RelationshipType MEMBER_OF = RelationshipType.withName("MEMBER_OF");

    private static final Label CONSORTIUM = Label.label("Consortium");

    private static final KeysetPaging CONSORTIA = new KeysetPaging("""
            MATCH (n:Consortium)
            WHERE ($status IS NULL OR n.status = $status) AND ($city IS NULL OR n.city = $city)
            """, "id", "RETURN n {.*} AS item");

    /** The memberships of an organization, past and present, by since and consortium id. */
    static final OrganizationList<MembershipView> MEMBERSHIPS = new OrganizationList<MembershipView>(
                    "memberships",
                    selection -> """
                            MATCH (o)-[m:MEMBER_OF]->(c:Consortium)
                            WITH o, m, c ORDER BY m.since, c.id
                            RETURN %s
                            """.formatted(MembershipView.map(selection)),
                    MembershipView::of,
                    "organization")
            .readInProcess((tx, o, selection) -> {
                List<String> consortium = MembershipView.consortium(selection);
                List<CoreProjection.Sortable> memberships = new ArrayList<>();
                try (ResourceIterable<Relationship> relationships = o.getRelationships(Direction.OUTGOING, MEMBER_OF)) {
                    for (Relationship m : relationships) {
                        Node c = m.getEndNode();
                        if (c.hasLabel(CONSORTIUM)) {
                            Map<String, Object> membership = MembershipView.item(o, m, c, consortium);
                            memberships.add(new CoreProjection.Sortable(
                                    membership,
                                    membership.get("since"),
                                    ((Map<?, ?>) membership.get("consortium")).get("id")));
                        }
                    }
                }
                return CoreProjection.ordered(memberships);
            });

    private final Neo4jClient neo4j;
    private final GraphReads reads;

    ConsortiumDirectory(Neo4jClient neo4j, GraphReads reads) {
        this.neo4j = neo4j;
        this.reads = reads;
    }

    @Override
    public String kind() {
        return "Consortium";
    }

    @Override
    public Optional<ConsortiumSummary> find(String id) {
        return neo4j.query("MATCH (n:Consortium {id: $id}) RETURN n {.*} AS item")
                .bind(id)
                .to("id")
                .fetchAs(ConsortiumSummary.class)
                .mappedBy((types, row) -> ConsortiumSummary.of(row.get("item")))
                .one();
    }

    /** A page of consortia in id order, optionally only of one status or city. */
    public Page<ConsortiumSummary> page(ConsortiumStatus status, String city, int first, String after) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("status", status == null ? null : status.name());
        parameters.put("city", city);
        return CONSORTIA.page(
                neo4j, parameters, ApiLimits.pageSize(first), after, row -> ConsortiumSummary.of(row.get("item")));
    }

    /** The memberships of each organization, past and present, by since. */
    public Map<OrganizationSummary, List<MembershipView>> membershipsOf(Collection<OrganizationSummary> organizations) {
        return MEMBERSHIPS.load(reads, organizations);
    }

    /** The memberships of each consortium, past and present, by since and member id. */
    public Map<ConsortiumSummary, List<MembershipView>> membersOf(Collection<ConsortiumSummary> consortia) {
        return BatchQuery.load(
                neo4j, """
                UNWIND $ids AS id
                MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium {id: id})
                WITH id, o, m, c ORDER BY m.since, o.id
                RETURN id, %s
                """.formatted(MembershipView.COLUMNS), consortia, ConsortiumSummary::id, MembershipView::of);
    }
}
